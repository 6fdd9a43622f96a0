package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class UpliftMetricsTest {

    // Ranked perfectly: treated responders, then non-responders, then the control responder last.
    private static final double[] SCORE = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
    private static final boolean[] TREATED = {true, true, false, true, false, false};
    private static final double[] OUTCOME = {1, 1, 0, 0, 0, 1};

    @Test
    void perfectRankingGivesTheHandComputedCurves() {
        UpliftMetrics m = UpliftMetrics.of(SCORE, TREATED, OUTCOME);
        Curve qini = m.qiniCurve(7);
        assertArrayEquals(new double[] {0, 1 / 6.0, 2 / 6.0, 3 / 6.0, 4 / 6.0, 5 / 6.0, 1}, qini.fraction(), 1e-12);
        // Q(k) = R_t − R_c·N_t/N_c: k=6 is 2 − 1·3/3.
        assertArrayEquals(new double[] {0, 1, 2, 2, 2, 2, 1}, qini.value(), 1e-12);
        // Area (1/6)(0.5 + 1.5 + 2 + 2 + 2 + 1.5) = 9.5/6, random line 1/2, per customer / 6.
        assertEquals((9.5 / 6 - 0.5) / 6, m.qiniCoefficient(), 1e-12);
        assertEquals(1.0, m.normalisedQini(), 1e-12);
        // U(k) = (R_t/N_t − R_c/N_c)·k.
        assertArrayEquals(new double[] {0, 1, 2, 3, 8 / 3.0, 10 / 3.0, 2}, m.upliftCurve(7).value(), 1e-12);
        assertEquals(13.0 / 36, m.auuc(), 1e-12);
        assertEquals(1.0, m.upliftAtK(0.5), 1e-12);
        assertEquals(2 / 3.0 - 1 / 3.0, m.upliftAtK(1.0), 1e-12);
        assertEquals(101, m.qiniCurve().size());
    }

    @Test
    void tiedScoresCarryNoOrder() {
        double[] tied = new double[SCORE.length];
        UpliftMetrics m = UpliftMetrics.of(tied, TREATED, OUTCOME);
        assertEquals(0.0, m.qiniCoefficient(), 1e-12);
        assertArrayEquals(m.randomQiniCurve(11).value(), m.qiniCurve(11).value(), 1e-12);
        // Order of the input does not matter for tied units: reversing gives the same numbers.
        boolean[] treated = TREATED.clone();
        double[] outcome = OUTCOME.clone();
        reverse(treated);
        reverse(outcome);
        assertEquals(m.upliftAtK(0.5), UpliftMetrics.of(tied, treated, outcome).upliftAtK(0.5), 1e-12);
    }

    @Test
    void trueRankingBeatsRandomAndRandomIsNearZero() {
        int n = 20_000;
        UniformRandomProvider rng = Simulate.rng(31L);
        double[] trueUplift = new double[n];
        double[] randomScore = new double[n];
        boolean[] treated = new boolean[n];
        double[] outcome = new double[n];
        for (int i = 0; i < n; i++) {
            trueUplift[i] = -0.05 + 0.3 * rng.nextDouble();
            randomScore[i] = rng.nextDouble();
            treated[i] = rng.nextBoolean();
            double p = 0.1 + (treated[i] ? trueUplift[i] : 0);
            outcome[i] = rng.nextDouble() < p ? 1 : 0;
        }
        double byTruth = UpliftMetrics.of(trueUplift, treated, outcome).qiniCoefficient();
        double byChance = UpliftMetrics.of(randomScore, treated, outcome).qiniCoefficient();
        assertTrue(byTruth >= byChance, byTruth + " vs " + byChance);

        // Under a random order Q(k) − (k/n)Q(n) is a bridge of sums of x_i = y_i (treated) or
        // −y_i·N_t/N_c (control); the integral of a Brownian bridge with variance rate σ² has
        // variance σ²/12, so the per-customer coefficient has sd sqrt(σ²/(12 n)) with σ² ≤ mean x².
        double treatedCount = 0;
        for (boolean t : treated) {
            treatedCount += t ? 1 : 0;
        }
        double ratio = treatedCount / (n - treatedCount);
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double x = treated[i] ? outcome[i] : -outcome[i] * ratio;
            sumSquares += x * x;
        }
        double sd = Math.sqrt(sumSquares / n / (12.0 * n));
        assertEquals(0.0, byChance, 4 * sd);
        assertTrue(byTruth > 4 * sd, "the true ranking is clearly above random: " + byTruth);
    }

    private static void reverse(boolean[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            boolean t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
