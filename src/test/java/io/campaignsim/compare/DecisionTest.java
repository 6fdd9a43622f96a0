package io.campaignsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.stats.SampleSize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final double[] B = {100, 110, 120, 130, 140};

    private static double[] plus(double[] x, double... d) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += d[i];
        }
        return out;
    }

    private static Map<String, double[]> objective(Object... nameValues) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            m.put((String) nameValues[i], (double[]) nameValues[i + 1]);
        }
        return m;
    }

    @Test
    void aClearWinnerBeatsEveryOtherStrategyAfterCorrection() {
        double[] a = plus(B, 100, 101, 99, 103, 101);
        double[] b = plus(B, 50, 52, 49, 53, 50);
        Decision d = Decisions.decide(List.of("a", "b", "control"), objective("a", a, "b", b, "control", B), Map.of(),
                0.95);
        assertEquals(Decision.Kind.WINNER, d.kind());
        assertEquals("a", d.winner());
        assertEquals(List.of("a"), d.contenders());
        assertEquals(3, d.pairwise().size(), "every pair of the three candidates");
        assertTrue(d.reason().startsWith("a beats every other strategy (3 paired tests over 5 replications"), d.reason());
        Decision.Pairwise ab = d.test("a", "b").orElseThrow();
        assertEquals("a", ab.first());
        assertEquals(new TTest().pairedTTest(a, b), ab.pValue(), 1e-12);
    }

    /**
     * a − b = {2, 3, 1, 4, 2} and a − c = {1.5, 3.5, 0.5, 4.5, 1.5}: raw paired t-test p-values 0.00926
     * and 0.0352, c − b p = 0.704 (scipy.stats.ttest_rel). Holm over the 3 pairs: 3·0.00926 = 0.0278,
     * max(2·0.0352, 0.0278) = 0.0704, max(0.704, 0.0704) = 0.704. So a beats b, but not c: c's raw
     * p of 0.035 alone would have named a the winner.
     */
    @Test
    void twoStrategiesTiedAfterCorrectionAreInconclusiveBetweenThem() {
        double[] a = plus(B, 2, 3, 1, 4, 2);
        double[] c = plus(B, 0.5, -0.5, 0.5, -0.5, 0.5);
        Decision d = Decisions.decide(List.of("a", "c", "b"), objective("a", a, "c", c, "b", B), Map.of(), 0.95);
        assertEquals(Decision.Kind.INCONCLUSIVE, d.kind());
        assertNull(d.winner());
        assertEquals("a", d.best());
        assertEquals(List.of("a", "c"), d.contenders());
        Decision.Pairwise ac = d.test("a", "c").orElseThrow();
        Decision.Pairwise ab = d.test("a", "b").orElseThrow();
        Decision.Pairwise cb = d.test("c", "b").orElseThrow();
        assertEquals(0.035188529559006164, ac.pValue(), 1e-12);
        assertEquals(0.009261696759514423, ab.pValue(), 1e-12);
        assertEquals(0.7040000000000001, cb.pValue(), 1e-12);
        assertEquals(3 * 0.009261696759514423, ab.pAdjusted(), 1e-12);
        assertEquals(2 * 0.035188529559006164, ac.pAdjusted(), 1e-12);
        assertEquals(0.7040000000000001, cb.pAdjusted(), 1e-12);
        assertTrue(ac.pValue() < 0.05 && !ac.significant(d.alpha()), "significant raw, not after correction");
        assertTrue(ab.significant(d.alpha()));
        assertEquals("1 strategy is not significantly worse than a (3 paired tests over 5 replications, "
                + "Holm-adjusted, family-wise error 0.05)", d.reason());
    }

    /** Identical results are no evidence either way (p is NaN): both stay contenders. */
    @Test
    void identicalStrategiesAreBothContenders() {
        Decision d = Decisions.decide(List.of("a", "b"), objective("a", B, "b", B.clone()), Map.of(), 0.95);
        assertEquals(Decision.Kind.INCONCLUSIVE, d.kind());
        assertEquals(List.of("a", "b"), d.contenders());
    }

    /**
     * A test at baseline 1 % with a true difference of 0.2 points and 1,000 customers per arm has
     * power about 0.04 (SampleSize.power, checked against the normal approximation in SampleSizeTest),
     * so even a strategy ahead of every other is called underpowered; with 200,000 per arm it is not.
     */
    @Test
    void aBestStrategyWhoseOwnTestLackedPowerIsUnderpowered() {
        double[] ab = plus(B, 100, 101, 99, 103, 101);
        Map<String, double[]> objective = objective("ab", ab, "control", B);
        Decision d = Decisions.decide(List.of("ab", "control"), objective, Map.of("ab", experiment(1000)), 0.95);
        assertEquals(Decision.Kind.UNDERPOWERED, d.kind());
        assertNull(d.winner());
        Decision.TestPower p = d.power().get(0);
        assertEquals(SampleSize.power(0.01, 0.002, 0.05, 1000), p.power(), 1e-12);
        assertTrue(p.power() < 0.8 && p.underpowered(), "power " + p.power());
        assertFalse(p.effectIsMde());
        assertTrue(d.reason().startsWith("ab ranks first, but its own test reached power 0."), d.reason());

        Decision powered = Decisions.decide(List.of("ab", "control"), objective, Map.of("ab", experiment(200_000)), 0.95);
        assertEquals(Decision.Kind.WINNER, powered.kind());
        assertTrue(powered.underpoweredTests().isEmpty());
    }

    @Test
    void oneReplicationDecidesNothing() {
        Decision d = Decisions.decide(List.of("a", "b"), objective("a", new double[] {5}, "b", new double[] {1}),
                Map.of(), 0.95);
        assertEquals(Decision.Kind.INCONCLUSIVE, d.kind());
        assertEquals(List.of("a", "b"), d.contenders());
    }

    private static ExperimentSummary experiment(double perArm) {
        return new ExperimentSummary(List.of("none", "ten_off"), 0.05, Double.NaN, 5, new double[1][2], new double[] {1},
                new double[] {perArm, perArm}, 0.01, 0.002);
    }
}
