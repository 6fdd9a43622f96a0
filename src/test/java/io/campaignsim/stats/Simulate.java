package io.campaignsim.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Small simulation helpers for the stats tests; every generator is seeded explicitly. */
final class Simulate {

    private Simulate() {}

    static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /** Successes among {@code n} Bernoulli(p) draws. */
    static long successes(UniformRandomProvider rng, long n, double p) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                s++;
            }
        }
        return s;
    }

    /** Allowed deviation of an observed proportion from p over {@code trials}: 4 binomial standard errors. */
    static double binomialSlack(double p, int trials) {
        return 4 * Math.sqrt(p * (1 - p) / trials);
    }
}
