package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class MeanVarianceTest {

    @Test
    void matchesTwoPassFormulasEvenWithALargeOffset() {
        UniformRandomProvider rng = Simulate.rng(3L);
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1e6 + rng.nextDouble(); // the naive sum of squares, ~1e15, loses every digit of 0.08
        }
        MeanVariance mv = MeanVariance.of(values);
        assertEquals(1000, mv.n());
        assertEquals(StatUtils.mean(values), mv.mean(), 1e-8);
        assertEquals(StatUtils.variance(values), mv.variance(), 1e-10);
    }

    @Test
    void mergingPartialsEqualsOnePass() {
        UniformRandomProvider rng = Simulate.rng(4L);
        double[] values = new double[999];
        for (int i = 0; i < values.length; i++) {
            values[i] = 5 + 3 * rng.nextDouble();
        }
        MeanVariance.Accumulator left = new MeanVariance.Accumulator();
        MeanVariance.Accumulator middle = new MeanVariance.Accumulator();
        MeanVariance.Accumulator right = new MeanVariance.Accumulator();
        for (int i = 0; i < values.length; i++) {
            (i < 100 ? left : i < 700 ? middle : right).add(values[i]);
        }
        MeanVariance merged = left.merge(middle).merge(right).merge(new MeanVariance.Accumulator()).result();
        MeanVariance whole = MeanVariance.of(values);
        assertEquals(whole.n(), merged.n());
        assertEquals(whole.mean(), merged.mean(), 1e-12);
        assertEquals(whole.variance(), merged.variance(), 1e-12);
        MeanVariance fromEmpty = new MeanVariance.Accumulator().merge(right).result();
        assertEquals(right.result(), fromEmpty);
    }

    @Test
    void tooFewValuesGiveNaNRatherThanAnError() {
        assertTrue(Double.isNaN(MeanVariance.of(new double[0]).mean()));
        MeanVariance one = MeanVariance.of(new double[] {2.5});
        assertEquals(2.5, one.mean());
        assertTrue(Double.isNaN(one.variance()));
    }
}
