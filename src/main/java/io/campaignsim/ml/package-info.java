/**
 * Predictive and uplift models fitted on observed customer features: ridge-penalised logistic
 * and linear regression (the outcome and propensity models), the T-learner, X-learner and class
 * transformation uplift models built from them, and k-fold cross-fitting for held-out
 * predictions.
 *
 * <p>Conventions shared by every model here:
 * <ul>
 *   <li>Features come as a {@link io.campaignsim.ml.FeatureMatrix} without an intercept
 *       column: every model fits its own unpenalised intercept.</li>
 *   <li>Outcome, weight and treatment arrays are indexed by the matrix row (length {@code n});
 *       a fit on a subset names its training rows as an {@code int[]} of row indices
 *       ({@code null} means all rows), so nothing is copied to train on a fold or an arm.</li>
 *   <li>Features are standardised internally (weighted mean and standard deviation over the
 *       training rows) and the ridge penalty applies to the standardised slopes, so
 *       {@code l2} does not depend on feature units; coefficients are reported on the original
 *       scale.</li>
 *   <li>Fitted models are immutable and thread-safe; nothing here holds static mutable state.</li>
 * </ul>
 * See {@code docs/models.md} for formulas, defaults and limits.
 */
package io.campaignsim.ml;

