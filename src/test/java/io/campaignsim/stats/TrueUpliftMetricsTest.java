package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class TrueUpliftMetricsTest {

    @Test
    void handComputedCurve() {
        double[] uplift = {0.3, 0.1, 0.0, -0.2};
        TrueUpliftMetrics m = TrueUpliftMetrics.of(new double[] {4, 3, 2, 1}, uplift);
        assertArrayEquals(new double[] {0, 0.3, 0.4, 0.4, 0.2}, m.curve(5).value(), 1e-12);
        assertArrayEquals(m.curve(5).value(), m.idealCurve(5).value(), 1e-12);
        assertArrayEquals(new double[] {0, 0.05, 0.1, 0.15, 0.2}, m.randomCurve(5).value(), 1e-12);
        // Area 0.25·(0.15 + 0.35 + 0.4 + 0.3) = 0.3, minus the random line's 0.1, per customer / 4.
        assertEquals(0.05, m.qiniCoefficient(), 1e-12);
        assertEquals(1.0, m.normalisedQini(), 1e-12);
        assertEquals(0.2, m.upliftAtK(0.5), 1e-12);
    }

    @Test
    void idealIsBestReversedIsWorstRandomIsZero() {
        int n = 50_000;
        UniformRandomProvider rng = Simulate.rng(41L);
        double[] uplift = new double[n];
        double[] noisy = new double[n];
        double[] reversed = new double[n];
        double[] random = new double[n];
        for (int i = 0; i < n; i++) {
            uplift[i] = -0.05 + 0.3 * rng.nextDouble();
            noisy[i] = uplift[i] + 0.1 * (rng.nextDouble() - 0.5);
            reversed[i] = -uplift[i];
            random[i] = rng.nextDouble();
        }
        double ideal = TrueUpliftMetrics.of(uplift, uplift).normalisedQini();
        double model = TrueUpliftMetrics.of(noisy, uplift).normalisedQini();
        double chance = TrueUpliftMetrics.of(random, uplift).qiniCoefficient();
        assertEquals(1.0, ideal, 1e-12);
        assertTrue(model > 0.5 && model < 1, "noisy model " + model);
        assertEquals(-1.0, TrueUpliftMetrics.of(reversed, uplift).normalisedQini(), 1e-9);
        // Random order: a bridge of i.i.d. τ with variance 0.3²/12; its integral has sd sqrt(var/(12 n)).
        double sd = Math.sqrt(0.3 * 0.3 / 12 / (12.0 * n));
        assertEquals(0.0, chance, 4 * sd);
    }
}
