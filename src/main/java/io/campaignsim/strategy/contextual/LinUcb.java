package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.bandit.Arguments;

/**
 * Disjoint LinUCB (Li, Chu, Langford and Schapire 2010): a ridge regression per arm,
 * {@code A_a = l2 I + sum x x^T}, {@code b_a = sum r x}, {@code theta_a = A_a^-1 b_a}, and the arm
 * maximising the upper confidence bound
 * <pre>
 *   theta_a . x + alpha * sqrt(x^T A_a^-1 x)
 * </pre>
 * Ties (all arms before any data) are broken uniformly at random. alpha scales exploration: the
 * paper's {@code 1 + sqrt(ln(2 / delta) / 2)} gives confidence 1 - delta for rewards in [0, 1];
 * 0 is greedy ridge regression. l2 is the ridge penalty, i.e. a prior theta ~ N(0, I / l2) per
 * unit noise; with features scaled to about unit range, 1 is a sound default.
 *
 * <p>Cost: select is {@code arms * |S|} multiply-adds for the means over the |S| non-zero
 * features, and an exact variance ({@code |S|(|S|+1)/2}) only for the arms the variance intervals
 * cannot separate ({@link LinearBandit}); commit refactorises each arm that received many
 * outcomes ({@code d^3/2} flops) and updates the others by rank one ({@link RidgeArms}).
 *
 * <p>YAML: {@code - { name: linucb, type: linucb, arms: [none, ten_off], alpha: 1.0, l2: 1.0 }}
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link ContextualBandit}).
 */
public final class LinUcb extends LinearBandit {

    public static final double DEFAULT_ALPHA = 1.0;
    public static final double DEFAULT_L2 = 1.0;

    private final double alpha;

    /**
     * @param arms number of arms, at least 1
     * @param dimension context length, at least 1
     * @param alpha exploration scale, finite and non-negative
     * @param l2 ridge penalty, positive and finite
     */
    public LinUcb(int arms, int dimension, double alpha, double l2) {
        super(arms, dimension, l2);
        this.alpha = Arguments.nonNegative("alpha", alpha);
    }

    @Override
    double spread(Draws draws) {
        return alpha;
    }

    @Override
    boolean spreadsFirst() {
        return true; // the spread draws nothing
    }
}
