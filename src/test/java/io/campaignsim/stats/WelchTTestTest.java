package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

class WelchTTestTest {

    private static double[] normal(UniformRandomProvider rng, int n, double mean, double sd) {
        ContinuousSampler sampler = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mean, sd);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sampler.sample();
        }
        return x;
    }

    @Test
    void pValueAndStatisticMatchCommonsMath() {
        UniformRandomProvider rng = Simulate.rng(11L);
        TTest reference = new TTest();
        for (int trial = 0; trial < 50; trial++) {
            double[] a = normal(rng, 5 + trial, 10, 1 + trial % 3);
            double[] b = normal(rng, 40 - trial / 2, 10.3, 2);
            MeanTest result = WelchTTest.test(MeanVariance.of(a), MeanVariance.of(b), 0.05);
            assertEquals(reference.tTest(a, b), result.pValue(), 1e-9);
            // Commons Math's t is a − b; ours is b − a.
            assertEquals(-reference.t(a, b), result.t(), 1e-9);
        }
    }

    @Test
    void intervalCoversTheTrueDifference() {
        UniformRandomProvider rng = Simulate.rng(12L);
        int experiments = 2000;
        int covered = 0;
        for (int e = 0; e < experiments; e++) {
            MeanVariance a = MeanVariance.of(normal(rng, 12, 0, 1));
            MeanVariance b = MeanVariance.of(normal(rng, 30, 0.5, 3));
            MeanTest t = WelchTTest.test(a, b, 0.05);
            if (t.ciLow() <= 0.5 && 0.5 <= t.ciHigh()) {
                covered++;
            }
        }
        double coverage = (double) covered / experiments;
        assertEquals(0.95, coverage, Simulate.binomialSlack(0.95, experiments), "coverage " + coverage);
    }

    @Test
    void constantSamplesAreDecidedByTheDifference() {
        MeanVariance a = new MeanVariance(5, 1.0, 0.0);
        assertEquals(1.0, WelchTTest.test(a, new MeanVariance(5, 1.0, 0.0), 0.05).pValue());
        MeanTest differ = WelchTTest.test(a, new MeanVariance(5, 2.0, 0.0), 0.05);
        assertEquals(0.0, differ.pValue());
        assertTrue(differ.significant());
    }
}
