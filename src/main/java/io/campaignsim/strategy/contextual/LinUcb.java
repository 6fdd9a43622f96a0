package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.bandit.ArgMax;
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
 * <p>Cost: select is {@code arms * (d + d(d+1)/2)} multiply-adds; commit refactorises each arm
 * that received outcomes ({@code d^3/2} flops).
 *
 * <p>YAML: {@code - { name: linucb, type: linucb, arms: [none, ten_off], alpha: 1.0, l2: 1.0 }}
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link ContextualBandit}).
 */
public final class LinUcb implements ContextualBandit {

    public static final double DEFAULT_ALPHA = 1.0;
    public static final double DEFAULT_L2 = 1.0;

    private final double alpha;
    private final RidgeArms ridge;

    /**
     * @param arms number of arms, at least 1
     * @param dimension context length, at least 1
     * @param alpha exploration scale, finite and non-negative
     * @param l2 ridge penalty, positive and finite
     */
    public LinUcb(int arms, int dimension, double alpha, double l2) {
        Arguments.atLeast("arms", arms, 1);
        Arguments.atLeast("dimension", dimension, 1);
        this.alpha = Arguments.nonNegative("alpha", alpha);
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
            double s = ridge.mean(a, context) + alpha * Math.sqrt(ridge.variance(a, context));
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
