package io.campaignsim.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Quantiles and tail probabilities from Commons Math. Distributions are built without a random
 * generator: they are only evaluated here, never sampled, and so are immutable and thread-safe.
 */
final class Distributions {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Distributions() {}

    static double normalCdf(double x) {
        return STANDARD_NORMAL.cumulativeProbability(x);
    }

    /** z with Φ(z) = p. */
    static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a standard normal statistic; 2Φ(−|z|) keeps precision far in the tail. */
    static double normalTwoSided(double z) {
        return Math.min(1.0, 2.0 * normalCdf(-Math.abs(z)));
    }

    static double tQuantile(double df, double p) {
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    /** P(T ≤ t) for T with {@code df} degrees of freedom. */
    static double tCdf(double t, double df) {
        return new TDistribution(null, df).cumulativeProbability(t);
    }

    /** Two-sided p-value of a t statistic with {@code df} degrees of freedom (as Commons Math's TTest). */
    static double tTwoSided(double t, double df) {
        return Math.min(1.0, 2.0 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t)));
    }
}
