package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class TwoProportionZTestTest {

    @Test
    void handComputedExample() {
        // 100/1000 vs 130/1000: pooled p = 0.115, se = sqrt(.115*.885*.002) = 0.0142671
        ProportionTest t = TwoProportionZTest.test(100, 1000, 130, 1000, 0.05);
        assertEquals(0.03, t.difference(), 1e-12);
        assertEquals(0.03 / Math.sqrt(0.115 * 0.885 * 0.002), t.z(), 1e-9);
        assertEquals(0.035485, t.pValue(), 1e-5);
        double wald = Math.sqrt(0.1 * 0.9 / 1000 + 0.13 * 0.87 / 1000);
        assertEquals(0.03 - 1.959964 * wald, t.ciLow(), 1e-6);
        assertEquals(0.03 + 1.959964 * wald, t.ciHigh(), 1e-6);
        assertTrue(t.significant());
    }

    @Test
    void zeroCountsGiveNoEvidence() {
        ProportionTest none = TwoProportionZTest.test(0, 500, 0, 700, 0.05);
        assertEquals(1.0, none.pValue());
        assertEquals(0.0, none.z());
        assertFalse(none.significant());
        ProportionTest all = TwoProportionZTest.test(500, 500, 700, 700, 0.05);
        assertEquals(1.0, all.pValue());
        ProportionTest oneSided = TwoProportionZTest.test(0, 500, 20, 500, 0.05);
        assertTrue(oneSided.significant());
    }

    @Test
    void anEmptyArmIsNoEvidence() {
        ProportionTest t = TwoProportionZTest.test(0, 0, 30, 100, 0.05);
        assertTrue(Double.isNaN(t.rateA()) && Double.isNaN(t.difference()));
        assertEquals(0.3, t.rateB());
        assertEquals(1.0, t.pValue());
        assertEquals(-1.0, t.ciLow());
        assertEquals(1.0, t.ciHigh());
        assertFalse(t.significant());
    }

    @Test
    void rejectsInvalidCounts() {
        assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.test(1, 0, 1, 10, 0.05));
        assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.test(11, 10, 1, 10, 0.05));
        assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.test(1, 10, 1, 10, 1.0));
    }

    @Test
    void falsePositiveRateIsAlphaUnderTheNull() {
        UniformRandomProvider rng = Simulate.rng(20240601L);
        int experiments = 2000;
        int rejections = 0;
        for (int e = 0; e < experiments; e++) {
            long a = Simulate.successes(rng, 2000, 0.05);
            long b = Simulate.successes(rng, 2000, 0.05);
            if (TwoProportionZTest.test(a, 2000, b, 2000, 0.05).significant()) {
                rejections++;
            }
        }
        double rate = (double) rejections / experiments;
        assertEquals(0.05, rate, Simulate.binomialSlack(0.05, experiments), "false positive rate " + rate);
    }

    @Test
    void powerAtTheComputedSampleSizeIsAsPlanned() {
        double baseline = 0.05;
        double mde = 0.01;
        long n = SampleSize.twoProportions(baseline, mde, 0.05, 0.8);
        UniformRandomProvider rng = Simulate.rng(777L);
        int experiments = 1000;
        int rejections = 0;
        for (int e = 0; e < experiments; e++) {
            long a = Simulate.successes(rng, n, baseline);
            long b = Simulate.successes(rng, n, baseline + mde);
            if (TwoProportionZTest.test(a, n, b, n, 0.05).significant()) {
                rejections++;
            }
        }
        double power = (double) rejections / experiments;
        assertEquals(0.8, power, Simulate.binomialSlack(0.8, experiments), "empirical power " + power);
    }
}
