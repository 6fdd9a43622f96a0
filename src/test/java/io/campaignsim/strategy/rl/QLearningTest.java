package io.campaignsim.strategy.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sparse, decode-once Q-learning step is the plain step, to rounding. */
class QLearningTest {

    @Test
    void fastStepEqualsTheReferenceStep() {
        int d = 12;
        int actions = 4;
        SplittableRandom rng = new SplittableRandom(3);
        Transitions t = new Transitions(d, 2_000);
        byte[] s = new byte[d];
        byte[] n = new byte[d];
        for (int k = 0; k < 2_000; k++) {
            for (int j = 0; j < d; j++) {
                // about half the features 0, as with the indicator features of the strategy
                s[j] = (byte) (rng.nextBoolean() ? 0 : rng.nextInt(256));
                n[j] = (byte) (rng.nextBoolean() ? 0 : rng.nextInt(256));
            }
            t.add(s, 0, rng.nextInt(actions), rng.nextDouble() * 10 - 2, 0.99, n, 0, 1 + rng.nextInt(15));
        }
        for (int baseline : new int[] {-1, actions - 1}) {
            LinearQ fast = new LinearQ(actions, d, baseline);
            LinearQ reference = new LinearQ(actions, d, baseline);
            double[] x = new double[d];
            double[] xn = new double[d];
            int[] nz = new int[d];
            int[] nzn = new int[d];
            for (int k = 0; k < t.size(); k++) {
                double a = QLearning.update(fast, t, k, 0.05, x, nz, xn, nzn);
                double b = QLearning.updateReference(reference, t, k, 0.05);
                assertEquals(b, a, 1e-9 * Math.max(1, Math.abs(b)), "TD error of row " + k);
            }
            for (int a = 0; a < actions; a++) {
                for (int j = 0; j < d; j++) {
                    assertEquals(reference.weight(a, j), fast.weight(a, j), 1e-9, "w[" + a + "][" + j + "]");
                }
            }
        }
    }
}
