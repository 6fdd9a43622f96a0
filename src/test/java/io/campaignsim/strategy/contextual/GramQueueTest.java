package io.campaignsim.strategy.contextual;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GramQueueTest {

    /** The reference: one record at a time, as RidgeArms accumulated before the queue. */
    private static void one(double[] g, double[] m, double[] x, double r) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0) {
                continue;
            }
            int row = i * (i + 1) / 2;
            for (int k = 0; k <= i; k++) {
                g[row + k] += x[i] * x[k];
            }
            m[i] += r * x[i];
        }
    }

    @Test
    void queuedSumsAreTheSameBitsAsOneRecordAtATime() {
        // Three arms, records in random arm order, flushed at random points (so every queue length
        // 0..3 is left over), contexts dense or with zeros (one-hot-like rows that four records do
        // not all skip), values over many magnitudes so that the order of additions shows.
        Random random = new Random(5);
        for (int d : new int[] {1, 3, 10, 27}) {
            int arms = 3;
            GramQueue queue = new GramQueue(arms, d);
            double[][] g = new double[arms][d * (d + 1) / 2];
            double[][] m = new double[arms][d];
            double[][] refG = new double[arms][d * (d + 1) / 2];
            double[][] refM = new double[arms][d];
            for (int a = 0; a < arms; a++) {
                for (int j = 0; j < d; j++) {
                    g[a][j * (j + 1) / 2 + j] = refG[a][j * (j + 1) / 2 + j] = 0.5; // the ridge's l2
                }
            }
            double[] x = new double[d];
            for (int n = 0; n < 5_000; n++) {
                int arm = random.nextInt(arms);
                boolean sparse = random.nextBoolean();
                for (int j = 0; j < d; j++) {
                    x[j] = sparse && random.nextInt(3) > 0 ? 0 : random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4);
                }
                double r = random.nextGaussian() * 100;
                queue.add(arm, x, r, g[arm], m[arm]);
                one(refG[arm], refM[arm], x, r);
                if (random.nextInt(50) == 0) {
                    for (int a = 0; a < arms; a++) {
                        queue.flush(a, g[a], m[a]);
                        assertBits(refG[a], g[a], "gram, d " + d + ", arm " + a + ", record " + n);
                        assertBits(refM[a], m[a], "moment, d " + d + ", arm " + a + ", record " + n);
                    }
                }
            }
        }
    }

    @Test
    void clearDropsWhatIsQueued() {
        GramQueue queue = new GramQueue(1, 2);
        double[] g = new double[3];
        double[] m = new double[2];
        queue.add(0, new double[] {1, 2}, 3, g, m);
        queue.clear();
        queue.flush(0, g, m);
        assertBits(new double[3], g, "nothing added");
        for (int n = 0; n < 4; n++) {
            queue.add(0, new double[] {1, 2}, 3, g, m); // a full queue is added at once
        }
        assertBits(new double[] {4, 8, 16}, g, "four records of (1, 2)");
        assertBits(new double[] {12, 24}, m, "four rewards of 3");
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(actual[k]), what + ", entry " + k);
        }
    }
}
