package io.campaignsim.data;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Quantiles for two-sided 95 % intervals (a null RNG: these distributions are never sampled). */
final class Quantiles {

    private Quantiles() {}

    static double normal(double p) {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(p);
    }

    static double t(double df, double p) {
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }
}
