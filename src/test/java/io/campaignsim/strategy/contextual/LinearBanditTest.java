package io.campaignsim.strategy.contextual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import io.campaignsim.random.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Select decides from variance intervals and skips the exact variance of arms they separate; these
 * check that it still returns exactly the argmax of every arm's full score, and consumes the same
 * draws.
 */
class LinearBanditTest {

    private static final int ARMS = 6;
    private static final int D = 5;

    @Test
    void linUcbChoosesTheArgmaxOfEveryScore() {
        LinUcb ucb = trained(new LinUcb(ARMS, D, 1.3, 1));
        Draws world = new Draws(21);
        double[] x = new double[D];
        for (int i = 0; i < 20_000; i++) {
            context(x, world);
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < ARMS; a++) {
                double s = dot(ucb.coefficients(a), x) + 1.3 * Math.sqrt(ucb.variance(a, x));
                if (s > bestScore) {
                    best = a;
                    bestScore = s;
                }
            }
            assertEquals(best, ucb.select(x, new Draws(i)), "context " + i);
        }
    }

    @Test
    void linTsChoosesTheArgmaxOfEveryScoreWithTheSameDraws() {
        double v = 0.7;
        LinTs ts = trained(new LinTs(ARMS, D, v, 1));
        Draws world = new Draws(22);
        Draws replay = new Draws(0);
        double[] x = new double[D];
        for (int i = 0; i < 20_000; i++) {
            context(x, world);
            long key = Seeds.derive(23, i);
            replay.reset(key);
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < ARMS; a++) {
                double s = dot(ts.coefficients(a), x) + v * replay.nextGaussian() * Math.sqrt(ts.variance(a, x));
                if (s > bestScore) {
                    best = a;
                    bestScore = s;
                }
            }
            Draws draws = new Draws(key);
            assertEquals(best, ts.select(x, draws), "context " + i);
            assertEquals(replay.nextLong(), draws.nextLong(), "same draws consumed");
        }
    }

    @Test
    void theIntervalHoldsAndIsTightForADiagonalInverse() {
        RidgeArms ridge = new RidgeArms(ARMS, D, 0.5);
        Draws world = new Draws(24);
        double[] x = new double[D];
        for (int i = 0; i < 5_000; i++) {
            context(x, world);
            int arm = world.nextInt(ARMS - 1); // the last arm keeps its prior, A^-1 = I / l2
            ridge.record(arm, x, dot(truth(arm), x) + world.nextGaussian());
        }
        ridge.commit();
        for (int i = 0; i < 5_000; i++) {
            context(x, world);
            for (int a = 0; a < ARMS; a++) {
                double variance = ridge.variance(a, x);
                double[] bounds = ridge.varianceBounds(a, x);
                assertTrue(bounds[0] <= variance && variance <= bounds[1],
                        "variance " + variance + " outside [" + bounds[0] + ", " + bounds[1] + "]");
            }
            // a diagonal inverse: the interval is the variance, widened by the rounding allowance (4e-9)
            double prior = ridge.variance(ARMS - 1, x);
            double[] bounds = ridge.varianceBounds(ARMS - 1, x);
            assertEquals(prior, bounds[0], 1e-8 * prior);
            assertEquals(prior, bounds[1], 1e-8 * prior);
        }
    }

    @Test
    void aLooseBoundIsNotTriedButChoicesStayExact() {
        // An intercept plus a full one-hot: A^-1 has large entries that cancel for every valid
        // context, which a diagonal bound cannot see; the prior arm (A = I) stays prunable.
        RidgeArms ridge = new RidgeArms(2, 4, 1e-3);
        Draws world = new Draws(25);
        for (int n = 0; n < 2_000; n++) {
            ridge.record(0, oneHot(world.nextInt(3)), world.nextGaussian());
        }
        ridge.commit();
        double[] x = oneHot(1);
        assertTrue(ridge.varianceBounds(0, x)[1] > 1_000 * ridge.variance(0, x));
        assertTrue(!ridge.bounded(0), "loose interval not used");
        assertTrue(ridge.bounded(1), "prior arm keeps its exact interval");
        LinUcb ucb = new LinUcb(3, 4, 1, 1e-3);
        for (int n = 0; n < 2_000; n++) {
            int group = world.nextInt(3);
            double[] c = oneHot(group);
            int arm = ucb.select(c, world);
            ucb.record(arm, c, 0.1 * arm * group + world.nextGaussian());
            if (n % 50 == 49) {
                ucb.commit();
            }
        }
        ucb.commit();
        for (int group = 0; group < 3; group++) {
            double[] c = oneHot(group);
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < 3; a++) {
                double s = dot(ucb.coefficients(a), c) + Math.sqrt(ucb.variance(a, c));
                if (s > bestScore) {
                    best = a;
                    bestScore = s;
                }
            }
            assertEquals(best, ucb.select(c, new Draws(group)));
        }
    }

    private static double[] oneHot(int group) {
        return new double[] {1, group == 0 ? 1 : 0, group == 1 ? 1 : 0, group == 2 ? 1 : 0};
    }

    /** 3,000 outcomes from a linear truth, committed every 100. */
    private static <B extends ContextualBandit> B trained(B bandit) {
        Draws world = new Draws(20);
        double[] x = new double[D];
        for (int n = 0; n < 3_000; n++) {
            context(x, world);
            int arm = bandit.select(x, world);
            bandit.record(arm, x, dot(truth(arm), x) + 0.5 * world.nextGaussian());
            if (n % 100 == 99) {
                bandit.commit();
            }
        }
        bandit.commit();
        return bandit;
    }

    /** An intercept and unequally scaled, correlated features (off-diagonal A^-1). */
    private static void context(double[] x, Draws world) {
        x[0] = 1;
        double common = world.nextGaussian();
        for (int j = 1; j < D; j++) {
            x[j] = (common + world.nextGaussian()) * j;
        }
    }

    private static double[] truth(int arm) {
        double[] t = new double[D];
        for (int j = 0; j < D; j++) {
            t[j] = Math.sin(1 + arm + 0.9 * j * (arm + 1)) / D;
        }
        return t;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
