package io.campaignsim.strategy.contextual;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.strategy.bandit.GaussianThompson;
import java.util.function.Function;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * LinUCB and linear Thompson sampling on {@link LinearTestbed} (d = 10, 5 arms, daily batches of
 * 50): regret far below a uniformly random policy and below non-contextual Thompson sampling
 * (which can only find the best arm on average), and coefficients within the confidence
 * ellipsoid of Abbasi-Yadkori, Pal and Szepesvari (2011, Theorem 2), which holds under adaptive
 * sampling.
 */
class ContextualRegretTest {

    private static final int ARMS = 5;
    private static final int D = 10;
    private static final int T = 5_000;
    private static final int SEEDS = 4;

    @Test
    void linUcbLearnsTheContext() {
        assertLearns(t -> LinearTestbed.of(new LinUcb(ARMS, D, LinUcb.DEFAULT_ALPHA, LinUcb.DEFAULT_L2)), 50);
        assertLearns(t -> LinearTestbed.of(new LinUcb(ARMS, D, LinUcb.DEFAULT_ALPHA, LinUcb.DEFAULT_L2)), 1);
    }

    @Test
    void linTsLearnsTheContext() {
        assertLearns(t -> LinearTestbed.of(new LinTs(ARMS, D, LinearTestbed.NOISE, LinTs.DEFAULT_L2)), 50);
        assertLearns(t -> LinearTestbed.of(new LinTs(ARMS, D, LinearTestbed.NOISE, LinTs.DEFAULT_L2)), 1);
    }

    @Test
    void coefficientsConvergeWithinTheSelfNormalisedBound() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            LinearTestbed bed = new LinearTestbed(ARMS, D, seed);
            LinUcb ucb = new LinUcb(ARMS, D, 1, 1);
            bed.run(LinearTestbed.of(ucb), T, 50);
            assertWithinEllipsoid(bed, ucb, 1);
            LinearTestbed bed2 = new LinearTestbed(ARMS, D, seed);
            LinTs ts = new LinTs(ARMS, D, LinearTestbed.NOISE, 1);
            bed2.run(LinearTestbed.of(ts), T, 50);
            assertWithinEllipsoid(bed2, ts, 1);
        }
    }

    /**
     * With probability at least 1 - delta, |theta^ - theta|_A <= sigma sqrt(2 ln(det(A)^(1/2)
     * det(l2 I)^(-1/2) / delta)) + sqrt(l2) |theta|, where A = l2 I + sum x x^T over the arm's
     * pulls. delta = 1e-3 per arm. On top, the arm pulled most must be pinned down: its
     * estimation error shrinks like 1 / sqrt(pulls), so with thousands of pulls, error < 0.2.
     */
    private static void assertWithinEllipsoid(LinearTestbed bed, ContextualBandit bandit, double l2) {
        double delta = 1e-3;
        int most = 0;
        for (int a = 0; a < ARMS; a++) {
            RealMatrix a2 = new Array2DRowRealMatrix(bed.gram[a]);
            for (int j = 0; j < D; j++) {
                a2.addToEntry(j, j, l2);
            }
            RealVector err = new ArrayRealVector(bandit.coefficients(a)).subtract(new ArrayRealVector(bed.theta[a]));
            double norm = Math.sqrt(err.dotProduct(a2.operate(err)));
            double logDet = 0;
            RealMatrix l = new CholeskyDecomposition(a2).getL();
            for (int j = 0; j < D; j++) {
                logDet += 2 * Math.log(l.getEntry(j, j));
            }
            double radius = LinearTestbed.NOISE * Math.sqrt(2 * Math.log(1 / delta) + logDet - D * Math.log(l2))
                    + Math.sqrt(l2) * new ArrayRealVector(bed.theta[a]).getNorm();
            assertTrue(norm <= radius, "arm " + a + ": |error|_A = " + norm + " > " + radius);
            if (bed.pulls[a] > bed.pulls[most]) {
                most = a;
            }
        }
        RealVector err = new ArrayRealVector(bandit.coefficients(most)).subtract(new ArrayRealVector(bed.theta[most]));
        assertTrue(err.getNorm() < 0.2, "most-pulled arm " + most + " (" + bed.pulls[most] + " pulls): |error| " + err.getNorm());
    }

    private static void assertLearns(Function<LinearTestbed, LinearTestbed.Policy> policy, int batch) {
        double contextual = 0;
        double random = 0;
        double plain = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            LinearTestbed bed = new LinearTestbed(ARMS, D, seed);
            contextual += bed.run(policy.apply(bed), T, batch);
            random += new LinearTestbed(ARMS, D, seed).run(LinearTestbed.uniform(ARMS), T, batch);
            plain += new LinearTestbed(ARMS, D, seed).run(LinearTestbed.of(new GaussianThompson(ARMS)), T, batch);
        }
        // Linear bandit regret grows like d sqrt(T) per arm set; the uniform policy's like T
        // (about 1.2 a decision: the mean gap to the max of 5 near-standard normals). At T = 5,000
        // d sqrt(T) ~ 700 against ~6,000, so a fifth of uniform leaves a margin of ~2x.
        assertTrue(contextual < 0.2 * random, "contextual " + contextual + " vs uniform " + random);
        assertTrue(contextual < 0.5 * plain, "contextual " + contextual + " vs non-contextual TS " + plain);
    }
}
