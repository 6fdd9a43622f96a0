package io.campaignsim.compare;

import io.campaignsim.stats.Estimate;

/**
 * A strategy's change against the holdout, paired by replication.
 *
 * @param absolute mean of (strategy - holdout) with its paired t interval
 * @param relative mean(strategy - holdout) / mean(holdout), with a delta-method interval (NaN when the holdout mean is 0)
 * @param pValue two-sided paired t-test p-value of "no difference" (NaN if n &lt; 2 or all differences are 0)
 */
public record Uplift(Estimate absolute, Estimate relative, double pValue) {}
