package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.bandit.ArgMax;
import io.campaignsim.strategy.bandit.Arguments;

/**
 * What LinUCB and linear Thompson sampling share: one ridge regression per arm and an argmax
 * over arms (ties broken at random) of the score {@code mean + spread * sd}, the arm's predicted
 * mean and standard deviation for the context; the two differ only in the spread.
 *
 * <p>Select skips the exact variance (the bulk of its cost) of an arm whose score cannot reach
 * the best so far: with {@code spread >= 0} the score is at most {@code mean + spread *
 * sqrt(bound)} for the cheap {@link RidgeArms#varianceBound}, and with {@code spread < 0} at most
 * the mean. Such an arm would neither win nor tie, so the choice and the draws consumed are
 * exactly those of scoring every arm. An arm whose bound commit found loose (strongly correlated
 * or collinear features) is scored exactly without trying.
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link ContextualBandit}).
 */
abstract class LinearBandit implements ContextualBandit {

    private final RidgeArms ridge;
    /** The per-instance scorer; needs this bandit's state and the decision's gathered context. */
    private final ArgMax.Scores<RidgeArms.Scratch> scores = (a, s, best, draws) -> score(a, s, best, draws);
    /** The same for a context without zeros, read directly (no per-thread scratch to look up). */
    private final ArgMax.Scores<double[]> denseScores = (a, x, best, draws) -> denseScore(a, x, best, draws);

    LinearBandit(int arms, int dimension, double l2) {
        Arguments.atLeast("arms", arms, 1);
        Arguments.atLeast("dimension", dimension, 1);
        this.ridge = new RidgeArms(arms, dimension, l2);
    }

    /** The multiplier of the arm's standard deviation in its score (may draw from {@code draws}). */
    abstract double spread(Draws draws);

    @Override
    public final int arms() {
        return ridge.arms();
    }

    @Override
    public final int dimension() {
        return ridge.dimension();
    }

    /**
     * Gathers the context's non-zero features once, then runs the argmax over them; only arms
     * the bound cannot rule out pay for the exact variance (see {@link RidgeArms}).
     */
    @Override
    public final int select(double[] context, Draws draws) {
        ridge.checkContext(context);
        if (!ridge.anyPrunable()) {
            // No bound to prune with: every arm's variance is needed, computed for all arms at once.
            // (Through the same scorer as the pruning path: a third scorer type at ArgMax's call
            // site would make it megamorphic and cost every bandit in the JVM its inlining.)
            RidgeArms.Scratch s = ridge.gather(context);
            ridge.scoreAll(s);
            return ArgMax.of(ridge.arms(), scores, s, draws);
        }
        if (ridge.dense(context)) {
            return ArgMax.of(ridge.arms(), denseScores, context, draws);
        }
        return ArgMax.of(ridge.arms(), scores, ridge.gather(context), draws);
    }

    /** Arm {@code a}'s score from the mean and variance {@link RidgeArms#scoreAll} put in {@code s}. */
    private double scoreOf(int a, RidgeArms.Scratch s, Draws draws) {
        double spread = spread(draws);
        double mean = s.mean[a];
        double score = spread == 0 ? mean : mean + spread * Math.sqrt(s.variance[a]);
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("context must contain finite numbers");
        }
        return score;
    }

    /** Arm {@code a}'s score for the context, or -Infinity when its bound shows it cannot reach {@code best}. */
    private double score(int a, RidgeArms.Scratch s, double best, Draws draws) {
        if (s.scored) {
            return scoreOf(a, s, draws);
        }
        double spread = spread(draws);
        double mean = ridge.mean(a, s);
        if (a > 0 && ridge.prunable(a)) {
            double ceiling = spread > 0 ? mean + spread * Math.sqrt(ridge.varianceBound(a, s)) : mean;
            if (ceiling < best) {
                return Double.NEGATIVE_INFINITY; // below the best: the exact score would change nothing
            }
        }
        double score = spread == 0 ? mean : mean + spread * Math.sqrt(ridge.variance(a, s));
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("context must contain finite numbers");
        }
        return score;
    }

    /** {@link #score} for a context without zeros: the same arithmetic without the gather. */
    private double denseScore(int a, double[] x, double best, Draws draws) {
        double spread = spread(draws);
        double mean = ridge.denseMean(a, x);
        if (a > 0 && ridge.prunable(a)) {
            double ceiling = spread > 0 ? mean + spread * Math.sqrt(ridge.denseVarianceBound(a, x)) : mean;
            if (ceiling < best) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        double score = spread == 0 ? mean : mean + spread * Math.sqrt(ridge.denseVariance(a, x));
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("context must contain finite numbers");
        }
        return score;
    }

    @Override
    public final void record(int arm, double[] context, double reward) {
        ridge.record(arm, context, reward);
    }

    @Override
    public final Outcomes newOutcomes() {
        return ridge.newOutcomes();
    }

    @Override
    public final void absorb(Outcomes outcomes) {
        ridge.absorb(outcomes);
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
