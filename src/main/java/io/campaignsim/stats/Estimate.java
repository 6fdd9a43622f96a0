package io.campaignsim.stats;

/**
 * A mean with its t-based confidence interval.
 *
 * @param mean sample mean
 * @param ciLow lower end of the interval, NaN when n &lt; 2 (see {@link #hasInterval()})
 * @param ciHigh upper end of the interval, NaN when n &lt; 2
 * @param standardError s / sqrt(n), NaN when n &lt; 2
 * @param n number of values (replications)
 */
public record Estimate(double mean, double ciLow, double ciHigh, double standardError, int n) {

    /** False when there were too few values (n &lt; 2) to estimate the spread, so no interval exists. */
    public boolean hasInterval() {
        return n >= 2;
    }
}
