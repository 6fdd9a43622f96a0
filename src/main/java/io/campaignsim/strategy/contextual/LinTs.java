package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.bandit.ArgMax;
import io.campaignsim.strategy.bandit.Arguments;

/**
 * Linear Thompson sampling (Agrawal and Goyal 2013): per arm the ridge regression of
 * {@link LinUcb}, and a decision samples {@code theta~_a ~ N(theta_a, v^2 A_a^-1)} for every arm
 * and picks the largest {@code theta~_a . x}.
 *
 * <p>How it samples without allocating. With {@code A = L L^T}, {@code C = L^-T} is a square root
 * of {@code A^-1} ({@code C C^T = L^-T L^-1 = A^-1}), so {@code theta~ = theta + v C z} with
 * {@code z ~ N(0, I_d)}, and
 * <pre>
 *   theta~ . x = theta . x + v z . (C^T x) = theta . x + v z . (L^-1 x).
 * </pre>
 * {@code z . (L^-1 x)} is Normal with mean 0 and variance {@code |L^-1 x|^2 = x^T A^-1 x}, and
 * the score is all a decision uses of theta~, with the arms sampled independently. So
 * {@code theta . x + v sqrt(x^T A^-1 x) g}, with a single standard normal g an arm, has exactly
 * the law of the d-gaussian construction (the choice's distribution is identical) at 1/d of the
 * normal draws and with no vector stored; {@code x^T A^-1 x} is the same allocation-free
 * quantity LinUCB computes.
 *
 * <p>v is the posterior scale: Bayesian linear regression with noise sd sigma gives
 * {@code v = sigma}. The default 0.5 is the sub-Gaussian constant of any reward in [0, 1]
 * (Hoeffding); for conversions at rate p, {@code sqrt(p (1 - p))} explores less. The paper's
 * {@code v = R sqrt(24 d ln(1/delta) / epsilon)} serves its proof and over-explores in practice.
 * l2 is the ridge penalty, as for LinUCB.
 *
 * <p>YAML: {@code - { name: lints, type: lin_ts, arms: [none, ten_off], v: 0.5, l2: 1.0 }}
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link ContextualBandit}).
 */
public final class LinTs implements ContextualBandit {

    public static final double DEFAULT_V = 0.5;
    public static final double DEFAULT_L2 = 1.0;

    private final double v;
    private final RidgeArms ridge;

    /**
     * @param arms number of arms, at least 1
     * @param dimension context length, at least 1
     * @param v posterior scale, finite and non-negative (0 is greedy)
     * @param l2 ridge penalty, positive and finite
     */
    public LinTs(int arms, int dimension, double v, double l2) {
        Arguments.atLeast("arms", arms, 1);
        Arguments.atLeast("dimension", dimension, 1);
        this.v = Arguments.nonNegative("v", v);
        this.ridge = new RidgeArms(arms, dimension, l2);
    }

    @Override
    public int arms() {
        return ridge.arms();
    }

    @Override
    public int dimension() {
        return ridge.dimension();
    }

    @Override
    public int select(double[] context, Draws draws) {
        ridge.checkContext(context);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (int a = 0; a < ridge.arms(); a++) {
            double s = ridge.mean(a, context) + v * Math.sqrt(ridge.variance(a, context)) * draws.nextGaussian();
            if (Double.isNaN(s)) {
                throw new IllegalArgumentException("context must contain finite numbers");
            }
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

    @Override
    public void record(int arm, double[] context, double reward) {
        ridge.record(arm, context, reward);
    }

    @Override
    public void commit() {
        ridge.commit();
    }

    @Override
    public double[] coefficients(int arm) {
        return ridge.theta(arm);
    }

    /** Committed {@code x^T A_arm^-1 x} (for tests). */
    double variance(int arm, double[] x) {
        return ridge.variance(arm, x);
    }
}
