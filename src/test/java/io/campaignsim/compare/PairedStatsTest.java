package io.campaignsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.stats.Estimate;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class PairedStatsTest {

    /** t quantile 0.975 with 2 degrees of freedom, from tables: 4.302653 (6 decimals). */
    private static final double T_975_DF2 = 4.302653;

    @Test
    void pairedIntervalIsTheHandComputedTInterval() {
        double[] a = {151, 152, 156};
        double[] b = {150, 150, 150};
        // differences {1, 2, 6}: mean 3, sample variance (4 + 1 + 9) / 2 = 7, se = sqrt(7 / 3)
        Estimate e = PairedStats.difference(a, b, 0.95);
        double se = Math.sqrt(7.0 / 3);
        assertEquals(3, e.mean(), 1e-12);
        assertEquals(se, e.standardError(), 1e-12);
        // the table quantile has 6 decimals: bounds agree to 1e-6 · se
        assertEquals(3 - T_975_DF2 * se, e.ciLow(), 1e-6 * se);
        assertEquals(3 + T_975_DF2 * se, e.ciHigh(), 1e-6 * se);
        assertEquals(3, e.n());
        assertTrue(!e.excludesZero(), "[-3.57, 9.57] contains 0");
    }

    @Test
    void pValueMatchesCommonsMathPairedTTest() {
        double[] a = {151, 152, 156, 149.5, 160};
        double[] b = {150, 150, 150, 151, 152};
        assertEquals(new TTest().pairedTTest(a, b), PairedStats.pValue(a, b), 1e-12);
        double[] c = {10.2, 11.9, 9.7};
        double[] d = {10, 11, 12};
        assertEquals(new TTest().pairedTTest(c, d), PairedStats.pValue(c, d), 1e-12);
    }

    @Test
    void oneReplicationGivesNaNIntervalsNotACrash() {
        Estimate e = PairedStats.difference(new double[] {5}, new double[] {2}, 0.95);
        assertEquals(3, e.mean());
        assertTrue(Double.isNaN(e.ciLow()) && Double.isNaN(e.ciHigh()) && Double.isNaN(e.standardError()));
        assertTrue(!e.excludesZero());
        assertTrue(Double.isNaN(PairedStats.pValue(new double[] {5}, new double[] {2})));
        assertTrue(Double.isNaN(PairedStats.ratio(new double[] {3}, new double[] {2}, 0.95).ciLow()));
    }

    @Test
    void identicalSamplesHaveAZeroWidthIntervalAndNoPValue() {
        double[] a = {4, 7, 9};
        Estimate e = PairedStats.difference(a, a, 0.95);
        assertEquals(0, e.mean());
        assertEquals(0, e.ciLow());
        assertEquals(0, e.ciHigh());
        assertTrue(Double.isNaN(PairedStats.pValue(a, a)));
        assertEquals(0, PairedStats.pValue(new double[] {5, 8}, new double[] {4, 7}), "constant non-zero difference");
    }

    @Test
    void ratioOfProportionalDifferencesHasNoSpread() {
        double[] base = {100, 110, 120};
        double[] diff = {10, 11, 12}; // exactly +10 % in every replication
        Estimate r = PairedStats.ratio(diff, base, 0.95);
        assertEquals(0.1, r.mean(), 1e-12);
        assertEquals(0.1, r.ciLow(), 1e-12);
        assertEquals(0.1, r.ciHigh(), 1e-12);
    }

    @Test
    void ratioIntervalIsFiellersWithTheDeltaMethodSe() {
        double[] base = {100, 110, 120};
        double[] diff = {51, 42, 36};
        Estimate r = PairedStats.ratio(diff, base, 0.95);
        double ratio = 129.0 / 330; // mean diff 43 / mean base 110
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double e = diff[i] - ratio * base[i];
            sum += e * e;
        }
        double se = Math.sqrt(sum / 2 / 3) / 110;
        assertEquals(ratio, r.mean(), 1e-12);
        assertEquals(se, r.standardError(), 1e-12);
        // Fieller's bounds from src/test/resources/stats/fieller_reference.py (scipy): asymmetric, wider
        // above than the delta method's ratio ± t·se because the holdout's noise is in them
        // (tolerance: Commons Math solves the t quantile to an absolute 1e-9, which moves the bounds by about as much)
        assertEquals(0.17998195449853385, r.ciLow(), 1e-8);
        assertEquals(0.7244616629186599, r.ciHigh(), 1e-8);
        assertTrue(Double.isNaN(PairedStats.ratio(diff, new double[] {0, 0, 0}, 0.95).mean()), "relative to 0 is undefined");
    }
}
