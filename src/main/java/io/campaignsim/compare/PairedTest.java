package io.campaignsim.compare;

import io.campaignsim.stats.Estimate;

/**
 * A paired comparison of two strategies, replication by replication.
 *
 * @param first the strategy whose figure comes first in the difference
 * @param second the other strategy
 * @param difference mean of (first - second) with its t interval
 * @param pValue two-sided paired t-test p-value (NaN if n &lt; 2)
 */
public record PairedTest(String first, String second, Estimate difference, double pValue) {

    /** Whether the interval excludes 0 (at the comparison's level); false when undefined (n = 1). */
    public boolean significant() {
        return difference.excludesZero();
    }
}
