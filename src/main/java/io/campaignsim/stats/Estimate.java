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

    /**
     * The chance that the true mean is above zero: with a flat prior on the mean, its posterior given
     * the values is the t distribution centred at the mean with scale se and n − 1 degrees of freedom
     * (the usual "chance to beat control"), so it is P(T ≤ mean / se). With se = 0 (every value the
     * same) it is 1 above zero, 0 below, ½ at zero. NaN when n &lt; 2 or the mean is undefined.
     */
    public double chanceAboveZero() {
        if (n < 2 || !Double.isFinite(mean) || !(standardError >= 0)) {
            return Double.NaN;
        }
        if (standardError == 0) {
            return mean > 0 ? 1.0 : mean < 0 ? 0.0 : 0.5;
        }
        return Distributions.tCdf(mean / standardError, n - 1);
    }

    /** False when there were too few values (n &lt; 2) to estimate the spread, so no interval exists. */
    public boolean hasInterval() {
        return n >= 2;
    }
}
