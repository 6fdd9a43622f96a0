package io.campaignsim.data.ope;

import java.util.List;

/**
 * What {@code ope} found.
 *
 * @param observed the log's own mean reward (the behaviour policy's value) with a Wald 95 % interval
 * @param reference for an {@code empirical:} policy, that log's own mean reward, its on-policy
 *     value to compare the estimates with; null otherwise
 * @param effectiveSampleSize (Σw)² / Σw²: how many rows the weighted estimate is worth
 * @param options folds and penalty of the reward model, τ and λ as given (NaN = chosen by tuning)
 * @param rewardFeatures the reward model's features
 */
public record OpeResult(String file, int rows, int items, int positions, String policy, String policyDescription,
                        Observed observed, Observed reference, double effectiveSampleSize, int bootstrap, long seed,
                        OpeOptions options, List<String> rewardFeatures, List<OpeEstimate> estimates) {

    public OpeResult {
        rewardFeatures = List.copyOf(rewardFeatures);
        estimates = List.copyOf(estimates);
    }

    /** A log's mean reward with its Wald 95 % interval. */
    public record Observed(String file, int rows, double rate, double ciLow, double ciHigh) {}
}
