package io.campaignsim.compare.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.scenario.CheckSpec.Correction;
import io.campaignsim.scenario.CheckSpec.Direction;
import io.campaignsim.scenario.CheckSpec.MetricRule;
import io.campaignsim.stats.Holm;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The paired regression test's error rates, from synthetic replications of known distributions:
 * each replication has a component shared by the baseline and the check (which population was
 * drawn) and a small one of its own (what the change moved).
 */
class RegressionTestTest {

    private static final MetricRule PROFIT_NO_MARGIN = new MetricRule("profit", Direction.HIGHER, 0.0);

    /** Baseline and current values of n paired replications: shared N(mean, sharedSd) plus own N(0, ownSd). */
    private static double[][] pairs(SplittableRandom rng, int n, double mean, double sharedSd, double ownSd,
            double shift) {
        double[] b = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            double shared = mean + sharedSd * rng.nextGaussian();
            b[i] = shared + ownSd * rng.nextGaussian();
            c[i] = shared + shift + ownSd * rng.nextGaussian();
        }
        return new double[][] {b, c};
    }

    private static MetricCheck one(MetricRule rule, double[] b, double[] c, double confidence) {
        return RegressionTest.evaluate(List.of(new RegressionTest.Input("s", rule, b, c)), confidence, Correction.NONE)
                .get(0);
    }

    /** Upper end of a 3-sigma binomial band around n·p. */
    private static double binomialUpper(int n, double p) {
        return n * p + 3 * Math.sqrt(n * p * (1 - p));
    }

    private static double binomialLower(int n, double p) {
        return n * p - 3 * Math.sqrt(n * p * (1 - p));
    }

    @Test
    void aHarmlessChangeIsFlaggedAtTheFalseAlarmRate() {
        // Margin 0 and no true change: the boundary of H0, where a valid test rejects with probability α exactly.
        SplittableRandom rng = new SplittableRandom(6L);
        int trials = 4000;
        int alarms = 0;
        for (int t = 0; t < trials; t++) {
            double[][] p = pairs(rng, 8, 20_000, 1_500, 100, 0);
            alarms += one(PROFIT_NO_MARGIN, p[0], p[1], 0.95).verdict() == Verdict.REGRESSED ? 1 : 0;
        }
        assertTrue(alarms <= binomialUpper(trials, 0.05), alarms + " false alarms in " + trials);
        // The paired t-test is exact for normal differences, so the rate is α, not trivially lower.
        assertTrue(alarms >= binomialLower(trials, 0.05), alarms + " false alarms in " + trials);
    }

    @Test
    void holmKeepsTheFamilyWiseRateOfAScenario() {
        SplittableRandom rng = new SplittableRandom(7L);
        int trials = 2000;
        int failedBuilds = 0;
        for (int t = 0; t < trials; t++) {
            List<RegressionTest.Input> tests = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                double[][] p = pairs(rng, 8, 500, 50, 10, 0);
                tests.add(new RegressionTest.Input("s" + k, PROFIT_NO_MARGIN, p[0], p[1]));
            }
            failedBuilds += RegressionTest.evaluate(tests, 0.95, Correction.HOLM).stream()
                    .anyMatch(c -> c.verdict() == Verdict.REGRESSED) ? 1 : 0;
        }
        // Independent tests: the family-wise rate is 1 − (1 − α/12)^12 ≈ 4.9 % at most under Bonferroni's bound.
        assertTrue(failedBuilds <= binomialUpper(trials, 0.05), failedBuilds + " failed builds in " + trials);
    }

    @Test
    void holmAdjustsAsRsPAdjust() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
        double[] withGap = Holm.adjust(new double[] {0.01, Double.NaN, 0.5});
        assertEquals(0.02, withGap[0], 1e-15);
        assertTrue(Double.isNaN(withGap[1]));
        assertEquals(0.5, withGap[2], 1e-15);
    }

    @Test
    void aTenPercentLossBeyondAThreePercentMarginIsCaught() {
        SplittableRandom rng = new SplittableRandom(9L);
        int trials = 500;
        MetricRule threePercent = new MetricRule("profit", Direction.HIGHER, 0.03);
        int caught = 0;
        for (int t = 0; t < trials; t++) {
            // Shared noise (±1,500) would drown a 2,000 loss in an unpaired test; pairing leaves ±100·√2 per pair.
            double[][] p = pairs(rng, 8, 20_000, 1_500, 100, -2_000);
            caught += one(threePercent, p[0], p[1], 0.95).verdict() == Verdict.REGRESSED ? 1 : 0;
        }
        assertTrue(caught >= 0.99 * trials, caught + " of " + trials + " caught");
    }

    @Test
    void directionDecidesWhatIsWorse() {
        double[] base = {10, 11, 9, 10, 10};
        double[] more = {30, 32, 29, 30, 31};
        MetricRule lower = new MetricRule("unsubscribes", Direction.LOWER, 0.10);
        MetricRule higher = new MetricRule("conversions", Direction.HIGHER, 0.10);
        assertEquals(Verdict.REGRESSED, one(lower, base, more, 0.95).verdict());
        assertEquals(Verdict.IMPROVED, one(lower, more, base, 0.95).verdict());
        assertEquals(Verdict.IMPROVED, one(higher, base, more, 0.95).verdict());
        assertEquals(Verdict.REGRESSED, one(higher, more, base, 0.95).verdict());
    }

    @Test
    void aWorseningWithinTheMarginIsOk() {
        // Current is 5 % lower in every pair, exactly; a 10 % margin tolerates it, a 1 % margin does not.
        double[] base = {100, 120, 80};
        double[] current = {95, 114, 76};
        MetricCheck c = one(new MetricRule("profit", Direction.HIGHER, 0.10), base, current, 0.95);
        assertEquals(Verdict.OK, c.verdict());
        assertEquals(10.0, c.margin(), 1e-12);
        assertEquals(-5.0, c.difference(), 1e-12);
        assertEquals(Verdict.REGRESSED, one(new MetricRule("profit", Direction.HIGHER, 0.01), base, current, 0.95).verdict());
    }

    @Test
    void anUnchangedPolicyReproducesItsBaselineAndPasses() {
        double[] base = {812, 790, 845, 770};
        MetricCheck c = one(PROFIT_NO_MARGIN, base, base.clone(), 0.95);
        assertEquals(Verdict.OK, c.verdict());
        assertTrue(Double.isNaN(c.pValue()), "nothing changed, nothing tested");
        assertEquals(0.0, c.difference());
    }

    @Test
    void unchangedMetricsAreNotTestedNorCounted() {
        double[] zeros = {0, 0, 0, 0};
        MetricRule rule = new MetricRule("unsubscribes", Direction.LOWER, 0.10);
        SplittableRandom rng = new SplittableRandom(3L);
        double[][] p = pairs(rng, 4, 100, 10, 1, -3);
        List<MetricCheck> out = RegressionTest.evaluate(List.of(new RegressionTest.Input("control", rule, zeros, zeros),
                new RegressionTest.Input("control", rule, zeros, zeros),
                new RegressionTest.Input("ts", PROFIT_NO_MARGIN, p[0], p[1])), 0.95, Correction.HOLM);
        assertEquals(Verdict.OK, out.get(0).verdict());
        assertTrue(Double.isNaN(out.get(0).adjustedPValue()));
        // One informative test: Holm leaves its p-value as it is.
        assertEquals(out.get(2).pValue(), out.get(2).adjustedPValue(), 0.0);
        // A constant that changed between the runs is a change, and is tested (se = 0: decided by the margin).
        MetricCheck jump = one(rule, new double[] {2, 2, 2}, new double[] {9, 9, 9}, 0.95);
        assertEquals(Verdict.REGRESSED, jump.verdict());
        assertEquals(0.0, jump.pValue());
    }

    @Test
    void theIntervalIsThePairedTInterval() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 4, 4, 5, 7};
        MetricCheck c = one(PROFIT_NO_MARGIN, a, b, 0.95);
        // d = 1, 2, 1, 1, 2: mean 1.4, sd 0.5477, se 0.2449; t(4, 0.95) = 2.131847
        double half = 2.131847 * Math.sqrt(0.3 / 5);
        assertEquals(1.4 - half, c.ciLow(), 1e-6);
        assertEquals(1.4 + half, c.ciHigh(), 1e-6);
        assertEquals(0.90, c.intervalLevel(), 1e-12);
    }

    @Test
    void rejectsAConfidenceOutsideTheOneSidedRange() {
        double[] a = {1, 2};
        List<RegressionTest.Input> in = List.of(new RegressionTest.Input("s", PROFIT_NO_MARGIN, a, a));
        assertThrows(IllegalArgumentException.class, () -> RegressionTest.evaluate(in, 0.5, Correction.HOLM));
        assertThrows(IllegalArgumentException.class, () -> RegressionTest.evaluate(in, 1.0, Correction.HOLM));
    }
}
