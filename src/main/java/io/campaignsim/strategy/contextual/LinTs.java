package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
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
public final class LinTs extends LinearBandit {

    public static final double DEFAULT_V = 0.5;
    public static final double DEFAULT_L2 = 1.0;

    private final double v;

    /**
     * @param arms number of arms, at least 1
     * @param dimension context length, at least 1
     * @param v posterior scale, finite and non-negative (0 is greedy)
     * @param l2 ridge penalty, positive and finite
     */
    public LinTs(int arms, int dimension, double v, double l2) {
        super(arms, dimension, l2);
        this.v = Arguments.nonNegative("v", v);
    }

    @Override
    double spread(Draws draws) {
        return v * draws.nextGaussian();
    }

    @Override
    boolean spreadsFirst() {
        return v > 0; // with v = 0 every score is a mean, and equal means tie between the spread draws
    }
}
