package io.campaignsim.strategy.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Both RL learning cores, run on a two-state fatigue MDP whose optimal policy is known by value
 * iteration, learn that optimal policy although the myopic one is the opposite.
 *
 * <p>The MDP (gamma = 0.9): a fresh customer who is contacted earns 10 today but becomes fatigued
 * with probability 0.9; left alone she earns 6 and stays fresh. A fatigued customer earns 2 if
 * contacted (and stays fatigued), 0 if left alone, and recovers with probability 0.25 a step.
 * Every reward carries uniform noise on [-1, 1]. The myopic policy contacts in both states
 * (10 > 6, 2 > 0); value iteration gives Q*(fresh) = (contact 49.05, none 60.00) and
 * Q*(fatigued) = (contact 39.38, none 41.54): the optimal policy never contacts. The smallest
 * action gap is 2.15 (fatigued), so any estimate within gap / 2 = 1.08 of Q* picks the optimal
 * action everywhere; the tests assert exactly that, plus the greedy actions themselves.
 */
class FatigueMdpTest {

    static final double GAMMA = 0.9;
    static final int FRESH = 0;
    static final int FATIGUED = 1;
    static final int CONTACT = 0;
    static final int NONE = 1;
    static final double[][] MEAN_REWARD = {{10, 6}, {2, 0}};
    /** P(fresh next | state, action). */
    static final double[][] P_FRESH = {{0.1, 1.0}, {0.0, 0.25}};

    /** Q* by value iteration, to 1e-12. */
    static double[][] optimalQ() {
        double[] v = new double[2];
        double[][] q = new double[2][2];
        for (int it = 0; it < 10_000; it++) {
            for (int s = 0; s < 2; s++) {
                for (int a = 0; a < 2; a++) {
                    q[s][a] = MEAN_REWARD[s][a] + GAMMA * (P_FRESH[s][a] * v[FRESH] + (1 - P_FRESH[s][a]) * v[FATIGUED]);
                }
            }
            double moved = 0;
            for (int s = 0; s < 2; s++) {
                double nv = Math.max(q[s][0], q[s][1]);
                moved = Math.max(moved, Math.abs(nv - v[s]));
                v[s] = nv;
            }
            if (moved < 1e-12) {
                break;
            }
        }
        return q;
    }

    @Test
    void valueIterationGivesTheOptimumTheDocumentationStates() {
        double[][] q = optimalQ();
        assertEquals(49.046, q[FRESH][CONTACT], 1e-3);
        assertEquals(60.000, q[FRESH][NONE], 1e-3);
        assertEquals(39.385, q[FATIGUED][CONTACT], 1e-3);
        assertEquals(41.538, q[FATIGUED][NONE], 1e-3);
    }

    /** One-hot state features (tabular, exactly representable): [fresh, fatigued]. */
    private static void oneHot(int s, byte[] out) {
        out[0] = (byte) (s == FRESH ? 255 : 0);
        out[1] = (byte) (s == FATIGUED ? 255 : 0);
    }

    /** Intercept plus an indicator: [1, fatigued] (linear, still exactly representable, not orthogonal). */
    private static void interceptAndIndicator(int s, byte[] out) {
        out[0] = (byte) 255;
        out[1] = (byte) (s == FATIGUED ? 255 : 0);
    }

    private interface Encoder {
        void encode(int s, byte[] out);
    }

    /** {@code n} transitions under the uniformly random behaviour policy (off-policy data). */
    private static Transitions randomLog(int n, long seed, Encoder enc) {
        SplittableRandom rng = new SplittableRandom(seed);
        Transitions t = new Transitions(2, n);
        byte[] from = new byte[2];
        byte[] to = new byte[2];
        int s = FRESH;
        for (int k = 0; k < n; k++) {
            int a = rng.nextInt(2);
            int next = rng.nextDouble() < P_FRESH[s][a] ? FRESH : FATIGUED;
            double r = MEAN_REWARD[s][a] + (2 * rng.nextDouble() - 1);
            enc.encode(s, from);
            enc.encode(next, to);
            t.add(from, 0, a, r, GAMMA, to, 0, 0b11);
            s = next;
        }
        return t;
    }

    private static double[][] estimates(LinearQ q, Encoder enc) {
        double[][] out = new double[2][2];
        byte[] phi = new byte[2];
        for (int s = 0; s < 2; s++) {
            enc.encode(s, phi);
            for (int a = 0; a < 2; a++) {
                out[s][a] = q.value(phi, 0, a);
            }
        }
        return out;
    }

    private static void assertOptimal(double[][] qHat, String who) {
        double[][] q = optimalQ();
        double halfGap = Math.min(Math.abs(q[FRESH][0] - q[FRESH][1]), Math.abs(q[FATIGUED][0] - q[FATIGUED][1])) / 2;
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < 2; a++) {
                assertEquals(q[s][a], qHat[s][a], halfGap, who + " Q(" + s + ", " + a + ")");
            }
            int greedy = qHat[s][CONTACT] > qHat[s][NONE] ? CONTACT : NONE;
            assertEquals(NONE, greedy, who + " greedy action in state " + s);
        }
    }

    /**
     * Fitted-Q on 400,000 random transitions (about 100,000 per state-action pair). Error budget:
     * the estimate is the optimum of the empirical MDP; by the simulation lemma its error is at
     * most (|r_hat - r| + gamma |(P_hat - P) V*|) / (1 - gamma). With reward noise sd 0.58 and
     * the next-state term sd sqrt(0.25 * 0.75) * (V*(fresh) - V*(fatigued)) = 8.0, one standard
     * error is about (0.58 + 0.9 * 8.0) / sqrt(100,000) / 0.1 = 0.25: the tolerance 1.08 is over
     * four standard errors. The ridge bias (l2 = 1e-6 against 1e5 rows) is negligible.
     */
    @Test
    void fittedQFindsTheOptimalPolicy() {
        // Tabular with independent weights per action, and linear with "none" as the baseline
        // (contact learned as an advantage over it, as the strategy does).
        Encoder[] encoders = {FatigueMdpTest::oneHot, FatigueMdpTest::interceptAndIndicator};
        int[] baselines = {-1, NONE};
        for (int v = 0; v < 2; v++) {
            Transitions log = randomLog(400_000, 11, encoders[v]);
            LinearQ q = new LinearQ(2, 2, baselines[v]);
            FittedQIteration.Fit fit = new FittedQIteration(1e-6, 1_000, 1e-9).fit(log, q);
            assertTrue(fit.converged(), "converged: " + fit);
            assertOptimal(estimates(q, encoders[v]), "fitted-Q, baseline " + baselines[v]);
        }
    }

    /**
     * Q-learning along one random-behaviour trajectory of 1,000,000 steps with the
     * Robbins-Monro step 1 / n(s, a)^0.7 per state-action pair (n: that pair's visits), which
     * converges almost surely (Watkins and Dayan 1992; rate: Even-Dar and Mansour 2003). The
     * final iterate's noise is about sqrt(step * var(target) / 2) with step = 250,000^-0.7 =
     * 1.7e-4 and sd(target) below 8: 0.07, far inside the tolerance 1.08; the initial error (60)
     * has decayed by about exp(-(1 - gamma) * sum of steps) = exp(-0.1 * 138) = 1e-6 (the sum of
     * n^-0.7 up to 250,000 is about 250,000^0.3 / 0.3 = 138).
     */
    @Test
    void qLearningFindsTheOptimalPolicy() {
        Transitions log = randomLog(1_000_000, 12, FatigueMdpTest::oneHot);
        for (int baseline : new int[] {-1, NONE}) {
            LinearQ q = new LinearQ(2, 2, baseline);
            int[][] visits = new int[2][2];
            for (int k = 0; k < log.size(); k++) {
                int s = log.states()[log.offset(k)] != 0 ? FRESH : FATIGUED;
                int n = ++visits[s][log.action(k)];
                QLearning.update(q, log, k, Math.pow(n, -0.7));
            }
            assertOptimal(estimates(q, FatigueMdpTest::oneHot), "Q-learning, baseline " + baseline);
        }
    }

    @Test
    void aMyopicLearnerWouldContact() {
        // gamma = 0: the same data and core pick the myopic action, so the tests above can fail.
        Transitions log = randomLog(100_000, 13, FatigueMdpTest::oneHot);
        Transitions myopic = new Transitions(2, log.size());
        for (int k = 0; k < log.size(); k++) {
            myopic.add(log.states(), log.offset(k), log.action(k), log.reward(k), 0.0, log.nextStates(), log.offset(k), 0b11);
        }
        LinearQ q = new LinearQ(2, 2);
        new FittedQIteration(1e-6, 10, 1e-9).fit(myopic, q);
        double[][] qHat = estimates(q, FatigueMdpTest::oneHot);
        assertTrue(qHat[FRESH][CONTACT] > qHat[FRESH][NONE]);
        assertTrue(qHat[FATIGUED][CONTACT] > qHat[FATIGUED][NONE]);
    }
}
