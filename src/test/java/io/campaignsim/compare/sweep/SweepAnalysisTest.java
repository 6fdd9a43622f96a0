package io.campaignsim.compare.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.CompareMetric;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The best configuration and the set not significantly worse, on hand-made data with known answers. */
class SweepAnalysisTest {

    /** One strategy; each point's profit per replication. */
    private static PointResult point(int index, double... profit) {
        double[][][] v = new double[1][profit.length][CompareMetric.values().length];
        for (int r = 0; r < profit.length; r++) {
            v[0][r][CompareMetric.PROFIT.ordinal()] = profit[r];
        }
        return new PointResult(index, v);
    }

    @Test
    void pairedDifferencesDecideNotTheSpreadOfTheMeans() {
        // Replications differ a lot (100, 200, 300, 400) but every point shifts them by a constant-ish amount:
        // point 1 is 1 below point 0 in every replication, exactly what a paired test sees (unpaired, the
        // intervals of the means overlap completely).
        List<PointResult> results = List.of(
                point(0, 100, 200, 300, 400),
                point(1, 99, 199, 299.2, 398.8),
                point(2, 100.1, 199.9, 300.2, 399.9));
        SweepAnalysis.Result a = SweepAnalysis.analyze(results, CompareMetric.PROFIT, Set.of(), 0.05);
        assertEquals(2, a.best().point()); // means 250.0, 249.0, 250.025
        Candidate worse = a.candidates().get(1);
        // Reference values from scipy.stats.ttest_1samp(best - other, 0, alternative='greater'):
        // point 1: shortfall 1.1, 0.9, 1.0, 1.1, mean 1.025, t = 21.41, p = 1.1145e-4;
        // point 0: shortfall 0.1, -0.1, 0.2, -0.1, mean 0.025, t = 0.3333, p = 0.38041.
        assertEquals(1.025, worse.shortfall().mean(), 1e-9);
        assertEquals(1.1145422e-4, worse.pValue(), 1e-9);
        assertEquals(0.3804101877572937, a.candidates().get(0).pValue(), 1e-9);
        // Holm over the 2 comparisons: the smaller p doubled, the larger kept (max with the running value)
        assertEquals(2 * 1.1145422e-4, worse.adjustedP(), 2e-9);
        assertEquals(0.3804101877572937, a.candidates().get(0).adjustedP(), 1e-9);
        assertFalse(worse.notWorse());
        assertTrue(a.candidates().get(0).notWorse(), "point 0 differs from the best by noise");
        assertEquals(List.of(0, 2), a.notWorse().stream().map(Candidate::point).toList());
    }

    @Test
    void holmAdjustsOverAllComparisonsWithTheBest() {
        List<PointResult> results = List.of(point(0, 10, 11, 12, 13), point(1, 9.9, 10.7, 11.8, 12.9),
                point(2, 9, 10, 11, 12.5), point(3, 5, 6, 7, 8));
        SweepAnalysis.Result a = SweepAnalysis.analyze(results, CompareMetric.PROFIT, Set.of(), 0.05);
        double[] raw = a.candidates().stream().filter(c -> c.point() != 0).mapToDouble(Candidate::pValue).toArray();
        double[] expected = io.campaignsim.stats.Holm.adjust(raw);
        double[] adjusted = a.candidates().stream().filter(c -> c.point() != 0).mapToDouble(Candidate::adjustedP).toArray();
        for (int i = 0; i < raw.length; i++) {
            assertEquals(expected[i], adjusted[i], 0);
            assertTrue(adjusted[i] >= raw[i]);
        }
        // a constant difference has zero spread: decided by its sign (point 3 is 5 below in every replication)
        assertEquals(0.0, a.candidates().get(3).pValue(), 0);
        assertTrue(Double.isNaN(a.best().pValue()));
    }

    @Test
    void theOracleIsNeverChosenAndIdenticalResultsAreNotWorse() {
        double[][][] v = new double[2][3][CompareMetric.values().length];
        for (int r = 0; r < 3; r++) {
            v[0][r][CompareMetric.PROFIT.ordinal()] = 10 + r;
            v[1][r][CompareMetric.PROFIT.ordinal()] = 100 + r; // the oracle, far ahead
        }
        PointResult p0 = new PointResult(0, v);
        PointResult p1 = new PointResult(1, v); // a parameter the strategy ignores: identical at both points
        SweepAnalysis.Result a = SweepAnalysis.analyze(List.of(p0, p1), CompareMetric.PROFIT, Set.of(1), 0.05);
        assertEquals(0, a.best().strategy());
        assertEquals(2, a.candidates().size());
        assertEquals(1.0, a.candidates().get(1).pValue(), 0);
        assertTrue(a.candidates().get(1).notWorse());
    }
}
