package io.campaignsim.strategy.contextual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import io.campaignsim.random.Seeds;
import io.campaignsim.strategy.bandit.ArgMax;
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
    void linUcbOnIndependentFeaturesDecidesFromTheBracketsAsTheExactLoop() {
        // An intercept and independent standard normals (the bare bench's contexts): every arm's
        // interval is tight, so select takes byBrackets, and tightens the brackets where more than
        // one arm reaches the highest bottom; choices and draws must be the exact loop's
        decidesAsTheExactLoopOnIndependentFeatures(new LinUcb(ARMS, D, 1.0, 1), replay -> 1.0, 31, 100);
    }

    @Test
    void linTsOnIndependentFeaturesDecidesFromTheBracketsAsTheExactLoop() {
        // LinTS's spreads are v times a normal draw, negative about half the time: the brackets
        // turn over for those arms; choices and draws must still be the exact loop's
        double v = 0.7;
        decidesAsTheExactLoopOnIndependentFeatures(new LinTs(ARMS, D, v, 1), replay -> v * replay.nextGaussian(), 35, 20);
    }

    @Test
    void contextsSmallEnoughToUnderflowTakeTheExactLoop() {
        // Below |x| of about 1e-154 the squares are subnormal: each operation may err by up to
        // 2^-1075 absolutely, which no relative widening covers, so brackets could exclude the
        // exact score; select must still choose as the exact loop does, with the same draws
        double v = 0.7;
        LinUcb ucb = new LinUcb(ARMS, D, 1.0, 1);
        LinTs ts = new LinTs(ARMS, D, v, 1);
        Draws world = new Draws(37);
        double[] x = new double[D];
        for (int n = 0; n < 3_000; n++) {
            independent(x, world);
            int arm = n % ARMS;
            double reward = dot(truth(arm), x) + 0.5 * world.nextGaussian();
            ucb.record(arm, x, reward);
            ts.record(arm, x, reward);
        }
        ucb.commit();
        ts.commit();
        assertTrue(ucb.allBounded() && ts.allBounded(), "every arm's interval is usable");
        double[] scales = {1e-150, 1e-155, 1e-158, 1e-160, 1e-162, 1e-165};
        Draws replay = new Draws(0);
        for (int i = 0; i < 6_000; i++) {
            independent(x, world);
            for (int j = 0; j < D; j++) {
                x[j] *= scales[i % scales.length];
            }
            long key = Seeds.derive(38, i);
            replay.reset(key);
            int expected = exactLoop(ucb, x, a -> 1.0, replay);
            Draws draws = new Draws(key);
            assertEquals(expected, ucb.select(x, draws), "LinUCB, context " + i);
            assertEquals(replay.nextLong(), draws.nextLong(), "same draws consumed, context " + i);
            replay.reset(key);
            expected = exactLoop(ts, x, a -> v * replay.nextGaussian(), replay);
            draws.reset(key);
            assertEquals(expected, ts.select(x, draws), "LinTS, context " + i);
            assertEquals(replay.nextLong(), draws.nextLong(), "same draws consumed, context " + i);
        }
    }

    /**
     * Trains {@code bandit} on independent features (3,000 outcomes, committed every 100), checks
     * that every arm's interval is usable, then compares 20,000 choices and the draws consumed with
     * the exact loop, whose spreads {@code spread} draws from the replayed stream; every arm must be
     * the argmax more than {@code least} times.
     */
    private static void decidesAsTheExactLoopOnIndependentFeatures(LinearBandit bandit,
            java.util.function.ToDoubleFunction<Draws> spread, long seed, int least) {
        Draws world = new Draws(seed);
        double[] x = new double[D];
        for (int n = 0; n < 3_000; n++) {
            independent(x, world);
            int arm = bandit.select(x, world);
            bandit.record(arm, x, dot(truth(arm), x) + 0.5 * world.nextGaussian());
            if (n % 100 == 99) {
                bandit.commit();
            }
        }
        bandit.commit();
        assertTrue(bandit.allBounded(), "every arm's interval is tight enough to decide with");
        Draws replay = new Draws(0);
        int[] chosen = new int[ARMS];
        for (int i = 0; i < 20_000; i++) {
            independent(x, world);
            long key = Seeds.derive(seed + 1, i);
            replay.reset(key);
            int expected = exactLoop(bandit, x, a -> spread.applyAsDouble(replay), replay);
            Draws draws = new Draws(key);
            assertEquals(expected, bandit.select(x, draws), "context " + i);
            assertEquals(replay.nextLong(), draws.nextLong(), "same draws consumed, context " + i);
            chosen[expected]++;
        }
        for (int a = 0; a < ARMS; a++) {
            assertTrue(chosen[a] > least, "every arm is the argmax somewhere: " + java.util.Arrays.toString(chosen));
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
        Draws world = new Draws(24);
        RidgeArms ridge = lastArmKeepsItsPrior(world);
        double[] x = new double[D];
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
    void theScoreBracketsHoldTheExactScoreAtEveryScale() {
        // scoreBrackets takes one square root a decision (sqrt(max u) and sqrt(min l) are kept at
        // commit): the exact score, mean + spread * sqrt(x^T M x) as select computes it, must lie
        // in [low, high] for contexts from 1e-150 to 1e150 and spreads of either sign (LinTS draws
        // negative ones) from 1e-3 to 1e3 in size
        Draws world = new Draws(30);
        RidgeArms ridge = lastArmKeepsItsPrior(world);
        double[] x = new double[D];
        assertTrue(ridge.allBounded(), "every arm's interval is tight enough for select");
        double[] scales = {1e-150, 1e-8, 1, 3.7e5, 1e150};
        int checked = 0;
        for (int i = 0; i < 4_000; i++) {
            context(x, world);
            double scale = scales[i % scales.length];
            for (int j = 0; j < D; j++) {
                x[j] *= scale;
            }
            RidgeArms.Scratch s = ridge.gather(x);
            for (int a = 0; a < ARMS; a++) {
                s.spread[a] = (world.nextDouble() < 0.5 ? -1 : 1) * Math.pow(10, 6 * world.nextDouble() - 3);
            }
            ridge.scoreBrackets(s);
            for (int a = 0; a < ARMS; a++) {
                double mean = ridge.mean(a, x);
                double exact = mean + s.spread[a] * Math.sqrt(ridge.variance(a, x));
                assertEquals(mean, s.mean[a], "the mean's own sums, context " + i);
                assertTrue(s.low[a] <= exact && exact <= s.high[a],
                        "arm " + a + ", context " + i + ": " + exact + " outside [" + s.low[a] + ", " + s.high[a] + "]");
                checked++;
            }
            // the prior arm's inverse is I / l2: both ends are its exact score, but for roundings
            double prior = s.mean[ARMS - 1] + s.spread[ARMS - 1] * Math.sqrt(ridge.variance(ARMS - 1, x));
            assertEquals(prior, s.low[ARMS - 1], 1e-8 * Math.abs(prior));
            assertEquals(prior, s.high[ARMS - 1], 1e-8 * Math.abs(prior));
        }
        assertEquals(4_000 * ARMS, checked);
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

    @Test
    void armsThatTieBreakTiesWithTheExactLoopsDraws() {
        // Arms 2 and 3 never get data: their scores are equal for every context, so the exact loop
        // breaks the tie with a draw whenever they lead (or tie the leader so far). Select must
        // choose the same arm and consume the same draws, whichever path it takes.
        LinUcb ucb = new LinUcb(4, D, 0.1, 1);
        Draws world = new Draws(26);
        double[] x = new double[D];
        for (int n = 0; n < 400; n++) {
            context(x, world);
            int arm = n % 2;
            ucb.record(arm, x, 5 * dot(truth(arm), x) + world.nextGaussian());
        }
        ucb.commit();
        tiesAsTheExactLoop(ucb, (c, i) -> {
            context(c, world);
            if (i % 3 == 0) {
                java.util.Arrays.fill(c, 1, D, 0.0); // the intercept alone: prior arms score highest
            }
        }, 27, arm -> arm < 2);
    }

    @Test
    void armsWithoutDataTieInTheBracketsAsInTheExactLoop() {
        // The same on independent features, where every arm's interval is tight and byBrackets
        // decides: arms 0 and 1 keep their prior, so their brackets are equal and so are their
        // scores; the exact loop breaks their tie with a draw even when a later, trained arm wins
        // (the trained arms' rewards are shifted down so that the prior arms lead often enough)
        LinUcb ucb = new LinUcb(4, D, 0.1, 1);
        Draws world = new Draws(33);
        double[] x = new double[D];
        for (int n = 0; n < 400; n++) {
            independent(x, world);
            int arm = 2 + n % 2;
            ucb.record(arm, x, 5 * dot(truth(arm), x) - 0.5 + world.nextGaussian());
        }
        ucb.commit();
        assertTrue(ucb.allBounded(), "every arm's interval is tight enough to decide with");
        tiesAsTheExactLoop(ucb, (c, i) -> independent(c, world), 34, arm -> arm >= 2);
    }

    /**
     * 5,000 choices of {@code ucb} (spread 0.1) on the contexts {@code next} makes, each against the
     * exact loop with the same draws; more than 200 of them must break a tie with a draw and more
     * than 200 must go to a {@code trained} arm.
     */
    private static void tiesAsTheExactLoop(LinUcb ucb, java.util.function.ObjIntConsumer<double[]> next, long seed,
            java.util.function.IntPredicate trained) {
        double[] x = new double[D];
        int tieDraws = 0;
        int trainedChosen = 0;
        for (int i = 0; i < 5_000; i++) {
            next.accept(x, i);
            long key = Seeds.derive(seed, i);
            Draws replay = new Draws(key);
            int expected = exactLoop(ucb, x, a -> 0.1, replay);
            Draws draws = new Draws(key);
            assertEquals(expected, ucb.select(x, draws), "context " + i);
            long drawn = replay.nextLong();
            assertEquals(drawn, draws.nextLong(), "same draws consumed, context " + i);
            tieDraws += drawn != new Draws(key).nextLong() ? 1 : 0;
            trainedChosen += trained.test(expected) ? 1 : 0;
        }
        assertTrue(tieDraws > 200 && trainedChosen > 200, "ties broken " + tieDraws + ", trained arms chosen " + trainedChosen);
    }

    @Test
    void greedyLinTsAndAContextOfZerosTieAsTheExactLoopDoes() {
        // v = 0: every score is a mean, and the untrained arms' means are all 0, so they tie
        // between the spread draws; a context of zeros makes every arm's score 0.
        LinTs greedy = new LinTs(4, D, 0, 1);
        LinUcb ucb = new LinUcb(4, D, 1, 1);
        Draws world = new Draws(28);
        double[] x = new double[D];
        for (int n = 0; n < 300; n++) {
            context(x, world);
            greedy.record(0, x, 1 + world.nextGaussian());
            ucb.record(0, x, 1 + world.nextGaussian());
        }
        greedy.commit();
        ucb.commit();
        double[] zeros = new double[D];
        for (int i = 0; i < 2_000; i++) {
            context(x, world);
            long key = Seeds.derive(29, i);
            Draws replay = new Draws(key);
            int expected = exactLoop(greedy, x, a -> 0 * replay.nextGaussian(), replay);
            Draws draws = new Draws(key);
            assertEquals(expected, greedy.select(x, draws), "greedy LinTS, context " + i);
            assertEquals(replay.nextLong(), draws.nextLong(), "same draws consumed");
            replay.reset(key);
            expected = exactLoop(ucb, zeros, a -> 1.0, replay);
            draws.reset(key);
            assertEquals(expected, ucb.select(zeros, draws), "zeros, decision " + i);
            assertEquals(replay.nextLong(), draws.nextLong(), "same draws consumed");
        }
    }

    /** v0.1's select: arm by arm its spread, then mean + spread * sd exactly, then ArgMax's reservoir step. */
    private static int exactLoop(LinearBandit bandit, double[] x, java.util.function.IntToDoubleFunction spread,
            Draws draws) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (int a = 0; a < bandit.arms(); a++) {
            double sp = spread.applyAsDouble(a);
            double mean = dot(bandit.coefficients(a), x);
            double s = sp == 0 ? mean : mean + sp * Math.sqrt(bandit.variance(a, x));
            if (s > bestScore || ties == 0) {
                best = a;
                bestScore = s;
                ties = 1;
            } else if (s == bestScore && ArgMax.replacesTie(draws, ++ties)) {
                best = a;
            }
        }
        return best;
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

    /** 5,000 outcomes of a linear truth on correlated contexts, committed, for every arm but the last, which keeps its prior, A^-1 = I / l2. */
    private static RidgeArms lastArmKeepsItsPrior(Draws world) {
        RidgeArms ridge = new RidgeArms(ARMS, D, 0.5);
        double[] x = new double[D];
        for (int i = 0; i < 5_000; i++) {
            context(x, world);
            int arm = world.nextInt(ARMS - 1);
            ridge.record(arm, x, dot(truth(arm), x) + world.nextGaussian());
        }
        ridge.commit();
        return ridge;
    }

    /** An intercept and independent standard normal features. */
    private static void independent(double[] x, Draws world) {
        x[0] = 1;
        for (int j = 1; j < D; j++) {
            x[j] = world.nextGaussian();
        }
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
