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

    /** Not available: every figure NaN, e.g. the uplift of CLV when there is no holdout to pair with. */
    public static Estimate unavailable(int n) {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }

    /** Whether the interval lies wholly on one side of zero; false when the interval is undefined. */
    public boolean excludesZero() {
        return ciLow > 0 || ciHigh < 0;
    }

    /** False when there were too few values (n &lt; 2) to estimate the spread, so no interval exists. */
    public boolean hasInterval() {
        return n >= 2;
    }
}
