package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.bandit.ArgMax;
import io.campaignsim.strategy.bandit.Arguments;

/**
 * What LinUCB and linear Thompson sampling share: one ridge regression per arm and an argmax
 * over arms (ties broken at random) of a score built from the arm's predicted mean and standard
 * deviation for the context; the two differ only in that score.
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link ContextualBandit}).
 */
abstract class LinearBandit implements ContextualBandit {

    private final RidgeArms ridge;

    LinearBandit(int arms, int dimension, double l2) {
        Arguments.atLeast("arms", arms, 1);
        Arguments.atLeast("dimension", dimension, 1);
        this.ridge = new RidgeArms(arms, dimension, l2);
    }

    /** The arm's score from its predicted mean and standard deviation (may draw from {@code draws}). */
    abstract double score(double mean, double sd, Draws draws);

    @Override
    public final int arms() {
        return ridge.arms();
    }

    @Override
    public final int dimension() {
        return ridge.dimension();
    }

    @Override
    public final int select(double[] context, Draws draws) {
        ridge.checkContext(context);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (int a = 0; a < ridge.arms(); a++) {
            double s = score(ridge.mean(a, context), Math.sqrt(ridge.variance(a, context)), draws);
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
    public final void record(int arm, double[] context, double reward) {
        ridge.record(arm, context, reward);
    }

    @Override
    public final void commit() {
        ridge.commit();
    }

    @Override
    public final double[] coefficients(int arm) {
        return ridge.theta(arm);
    }

    /** Committed {@code x^T A_arm^-1 x} (for tests). */
    final double variance(int arm, double[] x) {
        return ridge.variance(arm, x);
    }
}
