package io.campaignsim.compare;

/**
 * A mean over replications with its confidence interval: {@code mean ± t(level, n-1) · se}, where
 * {@code se = sd / √n}. With a single replication there is no spread to estimate, so the bounds and
 * the standard error are NaN (shown as "n/a"), never zero.
 *
 * @param mean mean over replications
 * @param ciLow lower bound of the confidence interval (NaN if n &lt; 2)
 * @param ciHigh upper bound of the confidence interval (NaN if n &lt; 2)
 * @param se standard error of the mean (NaN if n &lt; 2)
 * @param n number of replications
 */
public record Estimate(double mean, double ciLow, double ciHigh, double se, int n) {

    /** Not available: every figure NaN, e.g. the uplift of CLV when there is no holdout to pair with. */
    public static Estimate unavailable(int n) {
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }

    /** Whether the interval lies wholly on one side of zero; false when the interval is undefined. */
    public boolean excludesZero() {
        return ciLow > 0 || ciHigh < 0;
    }
}
