package io.campaignsim.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Quantiles and tail probabilities from Commons Math, for every package that needs one (statistics,
 * comparisons, log analysis, off-policy evaluation). Distributions are built without a random
 * generator: they are only evaluated here, never sampled, and so are immutable and thread-safe.
 */
public final class Distributions {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Distributions() {}

    public static double normalCdf(double x) {
        return STANDARD_NORMAL.cumulativeProbability(x);
    }

    /** z with Φ(z) = p. */
    public static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a standard normal statistic; 2Φ(−|z|) keeps precision far in the tail. */
    public static double normalTwoSided(double z) {
        return Math.min(1.0, 2.0 * normalCdf(-Math.abs(z)));
    }

    public static double tQuantile(double df, double p) {
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    /** P(T ≤ t) for T with {@code df} degrees of freedom. */
    static double tCdf(double t, double df) {
        return new TDistribution(null, df).cumulativeProbability(t);
    }

    /** Two-sided p-value of a t statistic with {@code df} degrees of freedom (as Commons Math's TTest). */
    public static double tTwoSided(double t, double df) {
        return Math.min(1.0, 2.0 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t)));
    }
}
