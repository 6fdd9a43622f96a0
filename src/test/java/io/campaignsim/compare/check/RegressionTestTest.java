package io.campaignsim.compare.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.scenario.CheckSpec.Direction;
import io.campaignsim.scenario.CheckSpec.MetricRule;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The regression test's error rates, from synthetic replications of known distributions (issue #6). */
class RegressionTestTest {

    private static final MetricRule PROFIT_NO_MARGIN = new MetricRule("profit", Direction.HIGHER, 0.0);

    private static double[] normal(SplittableRandom rng, int n, double mean, double sd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + sd * rng.nextGaussian();
        }
        return x;
    }

    /** Upper end of a 3-sigma binomial band around n·p. */
    private static double binomialUpper(int n, double p) {
        return n * p + 3 * Math.sqrt(n * p * (1 - p));
    }

    /** Lower end of that band. */
    private static double binomialLower(int n, double p) {
        return n * p - 3 * Math.sqrt(n * p * (1 - p));
    }

    @Test
    void unchangedPolicyIsFlaggedAtMostAtTheFalseAlarmRate() {
        // Worst case for false alarms: margin 0, so only the one-sided test's alpha protects the build.
        SplittableRandom rng = new SplittableRandom(6L);
        int trials = 4000;
        double alpha = 0.05;
        int alarms = 0;
        for (int t = 0; t < trials; t++) {
            double[] baseline = normal(rng, 5, 20_000, 1_500);
            double[] current = normal(rng, 5, 20_000, 1_500);
            alarms += RegressionTest.evaluate("s", PROFIT_NO_MARGIN, baseline, current, alpha).verdict()
                    == Verdict.REGRESSED ? 1 : 0;
        }
        assertTrue(alarms <= binomialUpper(trials, alpha), alarms + " false alarms in " + trials);
        // Welch's test is close to exact here, so the rate is alpha, not trivially lower (a two-sided
        // 1 − α interval used by mistake would give α/2 and fail this).
        assertTrue(alarms >= binomialLower(trials, alpha), alarms + " false alarms in " + trials);
    }

    @Test
    void unequalVariancesAndSizesKeepTheFalseAlarmRate() {
        SplittableRandom rng = new SplittableRandom(7L);
        int trials = 4000;
        double alpha = 0.05;
        MetricRule unsubscribes = new MetricRule("unsubscribes", Direction.LOWER, 0.0);
        int alarms = 0;
        for (int t = 0; t < trials; t++) {
            double[] baseline = normal(rng, 8, 50, 2);
            double[] current = normal(rng, 4, 50, 8);
            alarms += RegressionTest.evaluate("s", unsubscribes, baseline, current, alpha).verdict()
                    == Verdict.REGRESSED ? 1 : 0;
        }
        assertTrue(alarms <= binomialUpper(trials, alpha), alarms + " false alarms in " + trials);
    }

    @Test
    void aMarginMakesFalseAlarmsRarerStill() {
        SplittableRandom rng = new SplittableRandom(8L);
        int trials = 2000;
        MetricRule twoPercent = new MetricRule("profit", Direction.HIGHER, 0.02);
        int alarms = 0;
        for (int t = 0; t < trials; t++) {
            alarms += RegressionTest.evaluate("s", twoPercent, normal(rng, 5, 20_000, 500), normal(rng, 5, 20_000, 500),
                    0.05).verdict() == Verdict.REGRESSED ? 1 : 0;
        }
        // δ = 400 is 1.3 standard errors of the difference (316): P(alarm) is far below 5 %.
        assertTrue(alarms <= binomialUpper(trials, 0.01), alarms + " false alarms in " + trials);
    }

    @Test
    void aRealRegressionBeyondTheMarginIsCaught() {
        SplittableRandom rng = new SplittableRandom(9L);
        int trials = 500;
        MetricRule twoPercent = new MetricRule("profit", Direction.HIGHER, 0.02);
        int caught = 0;
        for (int t = 0; t < trials; t++) {
            // A 10 % fall, with se of the difference ≈ 316: (2,000 − 400) / 316 ≈ 5 standard errors.
            caught += RegressionTest.evaluate("s", twoPercent, normal(rng, 5, 20_000, 500), normal(rng, 5, 18_000, 500),
                    0.05).verdict() == Verdict.REGRESSED ? 1 : 0;
        }
        assertTrue(caught >= 0.95 * trials, caught + " of " + trials + " caught");
    }

    @Test
    void directionDecidesWhatIsWorse() {
        double[] base = {10, 11, 9, 10, 10};
        double[] more = {30, 31, 29, 30, 30};
        MetricRule lower = new MetricRule("unsubscribes", Direction.LOWER, 0.10);
        MetricRule higher = new MetricRule("conversions", Direction.HIGHER, 0.10);
        assertEquals(Verdict.REGRESSED, RegressionTest.evaluate("s", lower, base, more, 0.05).verdict());
        assertEquals(Verdict.IMPROVED, RegressionTest.evaluate("s", lower, more, base, 0.05).verdict());
        assertEquals(Verdict.IMPROVED, RegressionTest.evaluate("s", higher, base, more, 0.05).verdict());
        assertEquals(Verdict.REGRESSED, RegressionTest.evaluate("s", higher, more, base, 0.05).verdict());
    }

    @Test
    void aWorseningWithinTheMarginIsOk() {
        // Current is 5 % lower, exactly and without noise; a 10 % margin tolerates it.
        double[] base = {100, 100, 100};
        double[] current = {95, 95, 95};
        MetricRule tenPercent = new MetricRule("profit", Direction.HIGHER, 0.10);
        MetricCheck c = RegressionTest.evaluate("s", tenPercent, base, current, 0.05);
        assertEquals(Verdict.OK, c.verdict());
        assertEquals(10.0, c.margin(), 1e-12);
        assertEquals(-5.0, c.difference(), 1e-12);
        MetricRule onePercent = new MetricRule("profit", Direction.HIGHER, 0.01);
        assertEquals(Verdict.REGRESSED, RegressionTest.evaluate("s", onePercent, base, current, 0.05).verdict());
    }

    @Test
    void identicalConstantSamplesAreOk() {
        double[] zeros = {0, 0, 0, 0};
        MetricRule rule = new MetricRule("unsubscribes", Direction.LOWER, 0.10);
        assertEquals(Verdict.OK, RegressionTest.evaluate("control", rule, zeros, zeros, 0.05).verdict());
    }

    @Test
    void intervalEndsAreOneSidedBounds() {
        // With α = 0.05 the interval shown is the two-sided 90 % Welch interval.
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 3, 4, 5, 6};
        MetricCheck c = RegressionTest.evaluate("s", PROFIT_NO_MARGIN, a, b, 0.05);
        var welch = io.campaignsim.stats.WelchTTest.test(io.campaignsim.stats.MeanVariance.of(a),
                io.campaignsim.stats.MeanVariance.of(b), 0.10);
        assertEquals(welch.ciLow(), c.ciLow(), 1e-12);
        assertEquals(welch.ciHigh(), c.ciHigh(), 1e-12);
        assertEquals(0.90, c.intervalLevel(), 1e-12);
    }

    @Test
    void bonferroniSplitsAlphaOverTheTests() {
        assertEquals(0.05 / 25, RegressionTest.alphaPerTest(0.95, true, 25), 1e-15);
        assertEquals(0.05, RegressionTest.alphaPerTest(0.95, false, 25), 1e-15);
        assertEquals(0.05, RegressionTest.alphaPerTest(0.95, true, 1), 1e-15);
    }

    @Test
    void rejectsAlphaOutsideTheOneSidedRange() {
        double[] a = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> RegressionTest.evaluate("s", PROFIT_NO_MARGIN, a, a, 0.5));
        assertThrows(IllegalArgumentException.class, () -> RegressionTest.evaluate("s", PROFIT_NO_MARGIN, a, a, 0));
    }
}
