package io.campaignsim.data.ope;

/**
 * One estimator's estimate of the policy value (expected reward per impression) with its
 * bootstrap percentile 95 % interval (conditional on the fitted reward model, see
 * {@link OffPolicyEvaluation}).
 *
 * @param parameter switch-DR's τ or DR-OS's λ used on the whole log (∞ allowed); NaN for the other estimators
 */
public record OpeEstimate(Estimator estimator, double value, double ciLow, double ciHigh, double parameter) {}
