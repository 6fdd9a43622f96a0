package io.campaignsim.strategy.contextual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import io.campaignsim.random.Seeds;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/** The hand-written linear algebra against Commons Math, and LinTs' one-normal sampling. */
class RidgeArmsTest {

    @Test
    void thetaAndVarianceMatchAnExplicitInverse() {
        int d = 7;
        RidgeArms ridge = new RidgeArms(2, d, 0.3);
        RealMatrix a = identity(d, 0.3);
        RealVector b = new ArrayRealVector(d);
        Draws draws = new Draws(4);
        double[] x = new double[d];
        for (int n = 0; n < 500; n++) {
            for (int j = 0; j < d; j++) {
                x[j] = j == 0 ? 1 : draws.nextGaussian() * (j + 1); // unequal scales
            }
            double r = draws.nextGaussian();
            ridge.record(1, x, r);
            RealVector v = new ArrayRealVector(x);
            a = a.add(v.outerProduct(v));
            b = b.add(v.mapMultiply(r));
            if (n % 100 == 99) {
                ridge.commit();
            }
        }
        RealMatrix inverse = new LUDecomposition(a).getSolver().getInverse();
        assertArrayEquals(inverse.operate(b).toArray(), ridge.theta(1), 1e-12);
        for (int k = 0; k < 20; k++) {
            for (int j = 0; j < d; j++) {
                x[j] = draws.nextGaussian();
            }
            RealVector v = new ArrayRealVector(x);
            double expected = v.dotProduct(inverse.operate(v));
            assertEquals(expected, ridge.variance(1, x), 1e-12 * expected);
            assertEquals(inverse.operate(b).dotProduct(v), ridge.mean(1, x), 1e-12);
        }
        // the untouched arm is still the prior: theta 0, A^-1 = I / l2
        assertArrayEquals(new double[d], ridge.theta(0));
        assertEquals(dot(x, x) / 0.3, ridge.variance(0, x), 1e-12);
    }

    @Test
    void rankOneCommitsStayWithinConditioningOfADirectSolve() {
        // One record a commit: MAX_RANK_ONE_RUN Sherman–Morrison updates of M in a row, the longest
        // run before a refit, on correlated, unequally scaled features. Each update's rounding is
        // about d eps relative to M, amplified at most by cond(A) in theta and the variance, so
        // after k updates the error is below k * d * eps * cond(A) (with a factor 10 for the
        // constants of the triangle sums); the tolerance is computed from the actual condition.
        int d = 10;
        RidgeArms ridge = new RidgeArms(1, d, 0.5);
        RealMatrix a = identity(d, 0.5);
        RealVector b = new ArrayRealVector(d);
        Draws draws = new Draws(8);
        double[] x = new double[d];
        for (int n = 0; n < RidgeArms.MAX_RANK_ONE_RUN; n++) {
            double common = draws.nextGaussian();
            x[0] = 1;
            for (int j = 1; j < d; j++) {
                x[j] = (common + 0.5 * draws.nextGaussian()) * (1 + j % 4);
            }
            double r = draws.nextGaussian();
            ridge.record(0, x, r);
            ridge.commit();
            RealVector v = new ArrayRealVector(x);
            a = a.add(v.outerProduct(v));
            b = b.add(v.mapMultiply(r));
        }
        double condition = new org.apache.commons.math3.linear.SingularValueDecomposition(a).getConditionNumber();
        double tolerance = 10 * RidgeArms.MAX_RANK_ONE_RUN * d * Math.ulp(1.0) * condition;
        assertTrue(condition > 10 && tolerance < 1e-6, "a conditioning that tests something: " + condition);
        RealMatrix inverse = new LUDecomposition(a).getSolver().getInverse();
        RealVector theta = inverse.operate(b);
        double[] fast = ridge.theta(0);
        for (int j = 0; j < d; j++) {
            assertEquals(theta.getEntry(j), fast[j], tolerance * theta.getNorm(), "theta[" + j + "]");
        }
        for (int k = 0; k < 50; k++) {
            for (int j = 0; j < d; j++) {
                x[j] = draws.nextGaussian();
            }
            RealVector v = new ArrayRealVector(x);
            double expected = v.dotProduct(inverse.operate(v));
            assertEquals(expected, ridge.variance(0, x), tolerance * expected, "variance");
            double[] bounds = ridge.varianceBounds(0, x);
            double exact = ridge.variance(0, x);
            assertTrue(bounds[0] <= exact && exact <= bounds[1], "the interval holds the variance");
        }
    }

    @Test
    void scoreAllGivesEveryArmsMeanAndVarianceToTheLastBit() {
        // All arms at once (groups of four, five, two and one) must be the per-arm sums in the
        // same order: the same doubles, so the same decisions. 1 to 7 and 9 arms cover every
        // grouping: one, two, two and one, four, five, four and two, four, two and one, four and five.
        for (int arms : new int[] {1, 2, 3, 4, 5, 6, 7, 9}) {
            int d = 27;
            RidgeArms ridge = new RidgeArms(arms, d, 1);
            Draws world = new Draws(60 + arms);
            double[] x = new double[d];
            for (int n = 0; n < 4_000; n++) {
                RidgeArmsEquivalenceTest.context(x, world);
                ridge.record(world.nextInt(arms), x, world.nextGaussian());
                if (n % 500 == 499) {
                    ridge.commit();
                }
            }
            for (int k = 0; k < 200; k++) {
                if (k % 2 == 0) {
                    RidgeArmsEquivalenceTest.context(x, world); // sparse: the gathered path
                } else {
                    for (int j = 0; j < d; j++) {
                        x[j] = world.nextGaussian(); // no zero: the contiguous path
                    }
                }
                RidgeArms.Scratch s = ridge.gather(x);
                ridge.scoreAll(s);
                for (int a = 0; a < arms; a++) {
                    assertEquals(ridge.mean(a, s), s.mean[a], 0.0, "mean of arm " + a + " of " + arms);
                    assertEquals(ridge.variance(a, s), s.variance[a], 0.0, "variance of arm " + a + " of " + arms);
                }
            }
        }
    }

    @Test
    void recordsBeforeABatchAreAddedBeforeIt() {
        // Records are queued four at a time (GramQueue); one recorded directly and then a batch
        // absorbed must be summed in that order, exactly as a batch of that one record followed by
        // the batch: the same bits of theta.
        int d = 27;
        Draws world = new Draws(91);
        double[] x = new double[d];
        // l2 = 0.1, not a short binary fraction: adding the record to the diagonal before or after
        // the batch rounds differently (off the diagonal the two orders are the same commutative sum)
        RidgeArms direct = new RidgeArms(2, d, 0.1);
        RidgeArms batched = new RidgeArms(2, d, 0.1);
        RidgeArms.Outcomes first = batched.newOutcomes();
        RidgeArms.Outcomes later = direct.newOutcomes();
        RidgeArms.Outcomes laterToo = batched.newOutcomes();
        // one record: a batch of it sums to exactly its own terms; dense values of mixed sizes, so
        // that adding it after the batch would round differently
        for (int j = 0; j < d; j++) {
            x[j] = world.nextGaussian() * Math.pow(10, j % 7 - 3);
        }
        double reward = world.nextGaussian();
        direct.record(1, x, reward);
        first.record(1, x, reward);
        for (int n = 0; n < 40; n++) {
            for (int j = 0; j < d; j++) {
                x[j] = world.nextGaussian() * Math.pow(10, (j + n) % 7 - 3);
            }
            double r = world.nextGaussian() * 1e3;
            later.record(1, x, r);
            laterToo.record(1, x, r);
        }
        direct.absorb(later);
        direct.commit();
        batched.absorb(first);
        batched.absorb(laterToo);
        batched.commit();
        for (int j = 0; j < d; j++) {
            assertEquals(Double.doubleToRawLongBits(batched.theta(1)[j]), Double.doubleToRawLongBits(direct.theta(1)[j]), "theta[" + j + "]");
        }
    }

    @Test
    void absorbedBatchesAgreeWithRecordingOneByOne() {
        // Batches group the sums differently (per batch, then added), so agreement is to rounding:
        // a few ulps of sums of about 10^3 terms of size 1, relative to theta of size 1.
        int d = 27;
        for (int perArm : new int[] {2, 400}) { // 2: rank-one commits; 400: refactorised
            RidgeArms one = new RidgeArms(3, d, 1);
            RidgeArms batched = new RidgeArms(3, d, 1);
            Draws world = new Draws(70 + perArm);
            double[] x = new double[d];
            for (int day = 0; day < 4; day++) {
                for (int shard = 0; shard < 3; shard++) {
                    RidgeArms.Outcomes o = batched.newOutcomes();
                    for (int n = 0; n < perArm; n++) {
                        RidgeArmsEquivalenceTest.context(x, world);
                        int arm = n % 3;
                        double r = 0.2 * arm * x[3] + world.nextGaussian();
                        one.record(arm, x, r);
                        o.record(arm, x, r);
                    }
                    batched.absorb(o);
                }
                one.commit();
                batched.commit();
                for (int a = 0; a < 3; a++) {
                    assertArrayEquals(one.theta(a), batched.theta(a), 1e-12, "theta of arm " + a);
                    RidgeArmsEquivalenceTest.context(x, world);
                    assertEquals(one.variance(a, x), batched.variance(a, x), 1e-12 * one.variance(a, x));
                }
            }
        }
    }

    @Test
    void collinearFeaturesWithATinyPenaltyStayFinite() {
        // An intercept plus a full one-hot (their sum equals the intercept): A is singular but for l2.
        RidgeArms ridge = new RidgeArms(1, 4, 1e-9);
        Draws draws = new Draws(5);
        for (int n = 0; n < 100_000; n++) {
            int hot = draws.nextInt(3);
            double[] x = {1, hot == 0 ? 1 : 0, hot == 1 ? 1 : 0, hot == 2 ? 1 : 0};
            ridge.record(0, x, hot + draws.nextGaussian());
        }
        ridge.commit();
        // The coefficients are not identified, but predictions are: mean of group k is k.
        for (int hot = 0; hot < 3; hot++) {
            double[] x = {1, hot == 0 ? 1 : 0, hot == 1 ? 1 : 0, hot == 2 ? 1 : 0};
            assertEquals(hot, ridge.mean(0, x), 0.05);
            double v = ridge.variance(0, x);
            assertTrue(v > 0 && Double.isFinite(v), "variance " + v);
        }
    }

    @Test
    void linTsChoosesWithThePosteriorProbabilityOfBeingBest() {
        // Sampling theta~ ~ N(theta, v^2 A^-1) and comparing theta~ . x across two arms picks arm 1
        // with probability Phi((m1 - m0) / (v sqrt(s0 + s1))), s_a = x^T A_a^-1 x. Check the
        // one-normal-per-arm formulation reproduces it (5 standard errors, n = 40,000).
        int d = 3;
        double v = 0.8;
        LinTs ts = new LinTs(2, d, v, 1);
        Draws draws = new Draws(6);
        for (int n = 0; n < 30; n++) {
            double[] x = {1, draws.nextGaussian(), draws.nextGaussian()};
            ts.record(n % 2, x, n % 2 == 0 ? 0.3 : 0.2 + x[1] * 0.1);
        }
        ts.commit();
        double[] x = {1, 0.5, -1};
        double m0 = dot(ts.coefficients(0), x);
        double m1 = dot(ts.coefficients(1), x);
        double p = new NormalDistribution().cumulativeProbability(
                (m1 - m0) / (v * Math.sqrt(ts.variance(0, x) + ts.variance(1, x))));
        int n = 40_000;
        int ones = 0;
        for (int i = 0; i < n; i++) {
            ones += ts.select(x, draws.reset(Seeds.derive(7, i)));
        }
        assertEquals(p, ones / (double) n, 5 * Math.sqrt(p * (1 - p) / n));
        assertTrue(p > 0.05 && p < 0.95, "a probability that tests something: " + p);
    }

    private static RealMatrix identity(int d, double scale) {
        RealMatrix m = new Array2DRowRealMatrix(d, d);
        for (int j = 0; j < d; j++) {
            m.setEntry(j, j, scale);
        }
        return m;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
