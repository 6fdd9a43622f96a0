package io.campaignsim.data.ope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.ml.FeatureMatrix;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
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

    private static int[] all(int n) {
        return IntStream.range(0, n).toArray();
    }

    private static OffPolicyEvaluation ope(BanditLog log, EvaluationPolicy policy) {
        return new OffPolicyEvaluation(log, policy, OpeOptions.DEFAULTS, 7);
    }

    @Test
    void theBehaviourPolicyItselfGetsWeightOneEverywhere() {
        BanditLog log = uniformLog();
        OffPolicyEvaluation ope = ope(log, Policies.uniform(ITEMS));
        double[] v = ope.estimate(all(N));
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
        double[] v = ope(log, Policies.fixed(3)).estimate(all(N));
        assertEquals(ITEMS * clicks / N, v[Estimator.IPS.ordinal()], 1e-12, "IPS weighs item-3 rows by 1/(1/4)");
        assertEquals(clicks / shown, v[Estimator.SNIPS.ordinal()], 1e-12, "SNIPS is item 3's click rate");
        assertEquals(0.08, v[Estimator.SNIPS.ordinal()], 3 * Math.sqrt(0.08 * 0.92 / shown), "true rate 0.08");
    }

    /**
     * With the in-sample cell mean the weighted residuals summed to 0 in every cell, so DR was DM to
     * the last digit. Cross-fitted, a row's q̂ comes from a model that never saw the row: changing
     * one row's click changes no prediction for that row, and DR differs from DM.
     */
    @Test
    void theCrossFittedRewardModelNeverSeesTheRowItPredicts() {
        BanditLog log = uniformLog();
        double[][] pi = OffPolicyEvaluation.table(log, Policies.fixed(3));
        RewardModel.Predictions q = RewardModel.crossFit(log, pi, 5, 7, 1.0);
        double[] flipped = new double[N];
        for (int i = 0; i < N; i++) {
            flipped[i] = i == 17 ? 1 - log.reward(i) : log.reward(i);
        }
        int[] item = new int[N];
        int[] position = new int[N];
        double[] propensity = new double[N];
        for (int i = 0; i < N; i++) {
            item[i] = log.item(i);
            position[i] = log.position(i);
            propensity[i] = log.propensity(i);
        }
        RewardModel.Predictions changed = RewardModel.crossFit(BanditLog.of("flip.csv", item, position, flipped, propensity),
                pi, 5, 7, 1.0);
        assertEquals(q.factual()[17], changed.factual()[17], 0.0, "row 17's own click is not in its model");
        assertEquals(q.onPolicy()[17], changed.onPolicy()[17], 0.0);
        int moved = 0;
        for (int i = 0; i < N; i++) {
            moved += q.factual()[i] != changed.factual()[i] ? 1 : 0;
        }
        assertTrue(moved > N / 2, "the models of the other folds saw row 17: " + moved + " predictions moved");

        double[] v = ope(log, Policies.fixed(3)).estimate(all(N));
        double dr = v[Estimator.DR.ordinal()];
        double dm = v[Estimator.DM.ordinal()];
        assertTrue(Math.abs(dr - dm) > 1e-6, "DR " + dr + " vs DM " + dm);
    }

    /** A policy given as a [position][item] table (positions 1-based, row 0 unused). */
    private static EvaluationPolicy table(double[][] pi) {
        return new EvaluationPolicy() {
            @Override
            public double probability(int item, int position) {
                return pi[position][item];
            }

            @Override
            public String describe() {
                return "test table";
            }
        };
    }

    // The tiny log of src/test/resources/ope/obp_reference.py (positions 1-based here, 0-based there).
    private static final int[] ACTION = {0, 1, 2, 1, 0, 2, 1, 0};
    private static final int[] POSITION = {1, 1, 2, 2, 1, 2, 1, 2};
    private static final double[] REWARD = {1, 0, 0, 1, 0, 1, 1, 0};
    private static final double[] PSCORE = {0.5, 0.25, 0.1, 0.4, 0.5, 0.004, 0.25, 0.3};
    private static final double[][] PI = {{}, {0.2, 0.3, 0.5}, {0.6, 0.3, 0.1}};
    private static final double[][] Q = {{0.30, 0.10, 0.20}, {0.25, 0.15, 0.05}, {0.40, 0.20, 0.10},
        {0.35, 0.45, 0.15}, {0.30, 0.10, 0.20}, {0.20, 0.30, 0.60}, {0.05, 0.50, 0.25}, {0.10, 0.20, 0.30}};

    private static OffPolicyEvaluation tiny(OpeOptions options, boolean zeroModel) {
        int n = ACTION.length;
        double[] factual = new double[n];
        double[] onPolicy = new double[n];
        for (int i = 0; i < n; i++) {
            factual[i] = zeroModel ? 0 : Q[i][ACTION[i]];
            for (int a = 0; a < 3; a++) {
                onPolicy[i] += zeroModel ? 0 : PI[POSITION[i]][a] * Q[i][a];
            }
        }
        BanditLog log = BanditLog.of("tiny.csv", ACTION, POSITION, REWARD, PSCORE);
        return new OffPolicyEvaluation(log, table(PI), options, new RewardModel.Predictions(factual, onPolicy, List.of()));
    }

    /**
     * Agreement with the Open Bandit Pipeline's formulas on a hand-checkable log (weights
     * 0.4, 1.2, 1, 0.75, 0.4, 25, 1.2, 2). The reference numbers are the output of
     * src/test/resources/ope/obp_reference.py (numpy 2.4, not run by the build), which follows
     * obp/ope/estimators.py (IPW, SNIPW, DM, DR, SwitchDoublyRobust, DoublyRobustWithShrinkage),
     * helper.py (estimate_high_probability_upper_bound_bias) and estimators_tuning.py
     * (tuning_method="mse", use_bias_upper_bound=True, delta=0.05) over our grid, printed to 17 digits.
     */
    @Test
    void agreesWithTheOpenBanditPipelineOnATinyLog() {
        int[] rows = all(ACTION.length);
        double[] v = tiny(OpeOptions.DEFAULTS, false).estimate(rows);
        double eps = 1e-12;
        assertEquals(3.4187499999999997, v[Estimator.IPS.ordinal()], eps);
        assertEquals(0.85602503912363059, v[Estimator.SNIPS.ordinal()], eps);
        assertEquals(0.23437500000000006, v[Estimator.DM.ordinal()], eps);
        assertEquals(1.5709375000000001, v[Estimator.DR.ordinal()], eps);
        OffPolicyEvaluation auto = tiny(OpeOptions.DEFAULTS, false);
        // obp's MSE tuning over our grid: every tau >= 25 ties, the first (50) wins; lambda = inf
        assertEquals(50, auto.parameter(Estimator.SWITCH_DR, rows), 0);
        assertEquals(Double.POSITIVE_INFINITY, auto.parameter(Estimator.DR_OS, rows), 0);
        assertEquals(1.5709375000000001, v[Estimator.SWITCH_DR.ordinal()], eps);
        assertEquals(1.5709375000000001, v[Estimator.DR_OS.ordinal()], eps);
        assertEquals(0.29343750000000002, auto.tuned(Estimator.SWITCH_DR, 1, rows), eps);
        assertEquals(0.32093749999999999, auto.tuned(Estimator.SWITCH_DR, 2.5, rows), eps);
        assertEquals(0.29687957786478891, auto.tuned(Estimator.DR_OS, 1, rows), eps);
        assertEquals(0.33923247595832395, auto.tuned(Estimator.DR_OS, 10, rows), eps);
        double[] fixed = tiny(new OpeOptions(5, 1, 2.5, 10), false).estimate(rows);
        assertEquals(0.32093749999999999, fixed[Estimator.SWITCH_DR.ordinal()], eps);
        assertEquals(0.33923247595832395, fixed[Estimator.DR_OS.ordinal()], eps);
    }

    @Test
    void switchDrAndDrOsReachDrAndDmAtTheEndsOfTheirParameter() {
        int[] rows = all(ACTION.length);
        OffPolicyEvaluation e = tiny(OpeOptions.DEFAULTS, false);
        double[] v = e.estimate(rows);
        double dr = v[Estimator.DR.ordinal()];
        double dm = v[Estimator.DM.ordinal()];
        assertNotEquals(dr, dm, 1e-3);
        for (Estimator t : List.of(Estimator.SWITCH_DR, Estimator.DR_OS)) {
            assertEquals(dr, e.tuned(t, Double.POSITIVE_INFINITY, rows), 1e-15, t + " at infinity is DR");
            assertEquals(dm, e.tuned(t, 0, rows), 1e-15, t + " at 0 is DM");
        }
        // Without a reward model (q̂ = 0) DR is IPS, so switch-DR at tau = inf is IPS too; at tau = 0 it is 0 = DM.
        OffPolicyEvaluation none = tiny(OpeOptions.DEFAULTS, true);
        double ips = none.estimate(rows)[Estimator.IPS.ordinal()];
        assertEquals(ips, none.tuned(Estimator.SWITCH_DR, Double.POSITIVE_INFINITY, rows), 1e-15);
        assertEquals(0, none.tuned(Estimator.SWITCH_DR, 0, rows), 0);
    }

    /**
     * Unbiasedness on synthetic logs with a known policy value: a context x in {-1, 0, 1, 2}, a
     * behaviour policy that depends on x (so the plain click rate of an item is biased), clicks
     * with P = sigmoid(-2 + 0.4 a + 0.8 x), and a fixed evaluation policy. Over R independent logs
     * the mean of IPS, SNIPS and DR must lie within 4 standard errors (sd / sqrt(R)) of the true
     * value; SNIPS's O(1/n) bias is far below that. DR with the feature-aware reward model must
     * also have a smaller spread than IPS, which it has only if q̂ captures x.
     */
    @Test
    void ipsSnipsAndDrAreUnbiasedOnLogsWithAKnownValue() {
        int r = 40;
        int n = 2000;
        double[] pi = {0.1, 0.1, 0.2, 0.6};
        double truth = 0;
        for (int x = -1; x <= 2; x++) {
            for (int a = 0; a < 4; a++) {
                truth += 0.25 * pi[a] * sigmoid(-2 + 0.4 * a + 0.8 * x);
            }
        }
        EvaluationPolicy policy = new EvaluationPolicy() {
            @Override
            public double probability(int item, int position) {
                return pi[item];
            }

            @Override
            public String describe() {
                return "fixed shares";
            }
        };
        double[][] est = new double[3][r];
        SplittableRandom rng = new SplittableRandom(2026);
        for (int k = 0; k < r; k++) {
            int[] item = new int[n];
            int[] position = new int[n];
            double[] click = new double[n];
            double[] propensity = new double[n];
            double[] context = new double[n];
            for (int i = 0; i < n; i++) {
                int x = rng.nextInt(4) - 1;
                double[] e = behaviour(x);
                double u = rng.nextDouble();
                int a = 0;
                while (a < 3 && u >= e[a]) {
                    u -= e[a];
                    a++;
                }
                item[i] = a;
                position[i] = 1;
                propensity[i] = e[a];
                click[i] = rng.nextDouble() < sigmoid(-2 + 0.4 * a + 0.8 * x) ? 1 : 0;
                context[i] = x;
            }
            BanditLog log = BanditLog.of("synthetic.csv", item, position, click, propensity,
                    new FeatureMatrix(n, 1, context), List.of("x"));
            double[] v = new OffPolicyEvaluation(log, policy, OpeOptions.DEFAULTS, k).estimate(all(n));
            est[0][k] = v[Estimator.IPS.ordinal()];
            est[1][k] = v[Estimator.SNIPS.ordinal()];
            est[2][k] = v[Estimator.DR.ordinal()];
        }
        String[] names = {"ips", "snips", "dr"};
        for (int j = 0; j < 3; j++) {
            double mean = mean(est[j]);
            double se = sd(est[j]) / Math.sqrt(r);
            assertEquals(truth, mean, 4 * se, names[j] + " mean over " + r + " logs, truth " + truth);
        }
        assertTrue(sd(est[2]) < sd(est[0]), "DR spread " + sd(est[2]) + " vs IPS " + sd(est[0]));
    }

    /** Behaviour shares of items 0..3 given x: favours low items for high x, where clicks are likelier. */
    private static double[] behaviour(int x) {
        double[] s = new double[4];
        double total = 0;
        for (int a = 0; a < 4; a++) {
            s[a] = Math.exp(-0.5 * a * x);
            total += s[a];
        }
        for (int a = 0; a < 4; a++) {
            s[a] /= total;
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    @Test
    void bootstrapIntervalsAreReproducibleAndContainTheEstimate() {
        OffPolicyEvaluation ope = ope(uniformLog(), Policies.fixed(2));
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
