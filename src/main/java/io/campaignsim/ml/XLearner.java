package io.campaignsim.ml;

import java.util.Objects;

/**
 * The X-learner of Künzel, Sekhon, Bickel and Yu (2019).
 * <ol>
 *   <li>Outcome models as in the T-learner: mu_1 on treated rows, mu_0 on control rows
 *       (logistic).</li>
 *   <li>Imputed individual effects: D1_i = y_i - mu_0(x_i) on treated rows and
 *       D0_i = mu_1(x_i) - y_i on control rows; ridge regressions tau_1 on D1 (treated rows) and
 *       tau_0 on D0 (control rows).</li>
 *   <li>uplift(x) = g(x) tau_0(x) + (1 - g(x)) tau_1(x), with g the propensity P(treated | x):
 *       either the known randomisation share or a logistic model of treatment.</li>
 * </ol>
 * Each effect model borrows the other arm's outcome model, so a small arm (a 10 % treated
 * warm-up) is not left to estimate its response on its own; the weighting trusts tau_1 (built
 * from the large control arm's mu_0) where treated rows are rare.
 *
 * @implNote Immutable and thread-safe once fitted.
 */
public final class XLearner implements UpliftModel {

    private final LinearRegression tau1;
    private final LinearRegression tau0;
    private final ProbabilityModel propensity;

    private XLearner(LinearRegression tau1, LinearRegression tau0, ProbabilityModel propensity) {
        this.tau1 = tau1;
        this.tau0 = tau0;
        this.propensity = propensity;
    }

    /** Fits on all rows, estimating the propensity g(x) by logistic regression of treatment on x. */
    public static XLearner fit(FeatureMatrix x, boolean[] treated, double[] y, double l2) {
        return fit(x, null, treated, y, FitOptions.ridge(l2), null);
    }

    /** Fits on all rows with a known, constant treatment probability (the warm-up's randomisation share). */
    public static XLearner fit(FeatureMatrix x, boolean[] treated, double[] y, double l2, double treatmentShare) {
        return fit(x, null, treated, y, FitOptions.ridge(l2), ProbabilityModel.constant(treatmentShare));
    }

    /**
     * Fits on the matrix rows {@code rows} (null = all).
     *
     * @param propensity g(x) = P(treated | x), or null to fit a logistic model of treatment on the
     *     same rows with the same options
     */
    public static XLearner fit(FeatureMatrix x, int[] rows, boolean[] treated, double[] y, FitOptions options,
                               ProbabilityModel propensity) {
        Objects.requireNonNull(options, "options");
        Arms arms = Arms.split(x, rows, treated);
        RowSet.checkLength("y", y.length, x);
        LogisticRegression mu1 = LogisticRegression.fit(x, arms.treated(), y, null, options);
        LogisticRegression mu0 = LogisticRegression.fit(x, arms.control(), y, null, options);
        double[] imputed = new double[x.n()];
        for (int r : arms.treated()) {
            imputed[r] = y[r] - mu0.predict(x, r);
        }
        for (int r : arms.control()) {
            imputed[r] = mu1.predict(x, r) - y[r];
        }
        LinearRegression tau1 = LinearRegression.fit(x, arms.treated(), imputed, null, options);
        LinearRegression tau0 = LinearRegression.fit(x, arms.control(), imputed, null, options);
        ProbabilityModel g = propensity != null ? propensity : fitPropensity(x, rows, treated, options);
        return new XLearner(tau1, tau0, g);
    }

    private static ProbabilityModel fitPropensity(FeatureMatrix x, int[] rows, boolean[] treated, FitOptions options) {
        double[] t = new double[x.n()];
        for (int i = 0; i < t.length; i++) {
            t[i] = treated[i] ? 1 : 0;
        }
        return LogisticRegression.fit(x, rows, t, null, options);
    }

    @Override
    public double uplift(double[] row) {
        double g = propensity.probability(row);
        return g * tau0.predict(row) + (1 - g) * tau1.predict(row);
    }

    @Override
    public double uplift(FeatureMatrix x, int row) {
        double g = propensity.probability(x, row);
        return g * tau0.predict(x, row) + (1 - g) * tau1.predict(x, row);
    }

    /** tau_1: the effect model fitted on treated rows. */
    public LinearRegression treatedEffectModel() {
        return tau1;
    }

    /** tau_0: the effect model fitted on control rows. */
    public LinearRegression controlEffectModel() {
        return tau0;
    }

    /** g(x) = P(treated | x) used to combine the two effect models. */
    public ProbabilityModel propensity() {
        return propensity;
    }
}
