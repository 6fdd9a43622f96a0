package io.campaignsim.data.ope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OffPolicyEvaluationTest {

    private static final int ITEMS = 4;
    private static final int N = 4000;

    /** A uniform-random log over 4 items and 2 positions; item a clicks with probability 0.02 (a + 1). */
    private static BanditLog uniformLog() {
        SplittableRandom rng = new SplittableRandom(11);
        int[] item = new int[N];
        int[] position = new int[N];
        double[] click = new double[N];
        double[] propensity = new double[N];
        for (int i = 0; i < N; i++) {
            item[i] = rng.nextInt(ITEMS);
            position[i] = 1 + rng.nextInt(2);
            click[i] = rng.nextDouble() < 0.02 * (item[i] + 1) ? 1 : 0;
            propensity[i] = 1.0 / ITEMS;
        }
        return BanditLog.of("log.csv", item, position, click, propensity);
    }

    private static int[] all() {
        return java.util.stream.IntStream.range(0, N).toArray();
    }

    @Test
    void theBehaviourPolicyItselfGetsWeightOneEverywhere() {
        BanditLog log = uniformLog();
        OffPolicyEvaluation ope = new OffPolicyEvaluation(log, Policies.uniform(ITEMS));
        double[] v = ope.estimate(all());
        double mean = OffPolicyEvaluation.observed(log).rate();
        assertEquals(mean, v[Estimator.IPS.ordinal()], 1e-12);
        assertEquals(mean, v[Estimator.SNIPS.ordinal()], 1e-12);
        assertEquals(N, ope.effectiveSampleSize(), 1e-6);
    }

    @Test
    void aFixedItemIsValuedFromItsOwnRows() {
        BanditLog log = uniformLog();
        double clicks = 0;
        int shown = 0;
        for (int i = 0; i < N; i++) {
            if (log.item(i) == 3) {
                clicks += log.reward(i);
                shown++;
            }
        }
        double[] v = new OffPolicyEvaluation(log, Policies.fixed(3)).estimate(all());
        assertEquals(ITEMS * clicks / N, v[Estimator.IPS.ordinal()], 1e-12, "IPS weighs item-3 rows by 1/(1/4)");
        assertEquals(clicks / shown, v[Estimator.SNIPS.ordinal()], 1e-12, "SNIPS is item 3's click rate");
        // q̂ is the in-sample cell mean, so every weighted residual sums to 0 per cell: DR = DM.
        assertEquals(v[Estimator.DM.ordinal()], v[Estimator.DR.ordinal()], 1e-12);
        assertEquals(0.08, v[Estimator.SNIPS.ordinal()], 3 * Math.sqrt(0.08 * 0.92 / shown), "true rate 0.08");
    }

    @Test
    void bootstrapIntervalsAreReproducibleAndContainTheEstimate() {
        OffPolicyEvaluation ope = new OffPolicyEvaluation(uniformLog(), Policies.fixed(2));
        List<OpeEstimate> a = ope.run(List.of(Estimator.values()), 100, 5);
        List<OpeEstimate> b = ope.run(List.of(Estimator.values()), 100, 5);
        assertEquals(a, b);
        for (OpeEstimate e : a) {
            assertTrue(e.ciLow() <= e.value() && e.value() <= e.ciHigh(), e.toString());
            assertTrue(e.ciHigh() > e.ciLow(), e.toString());
        }
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(1, OffPolicyEvaluation.quantile(sorted, 0), 0);
        assertEquals(3, OffPolicyEvaluation.quantile(sorted, 0.5), 0);
        assertEquals(4.5, OffPolicyEvaluation.quantile(sorted, 0.875), 1e-12);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, sorted);
    }
}
