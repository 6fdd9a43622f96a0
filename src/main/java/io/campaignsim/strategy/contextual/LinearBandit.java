package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.strategy.bandit.ArgMax;
import io.campaignsim.strategy.bandit.Arguments;

/**
 * What LinUCB and linear Thompson sampling share: one ridge regression per arm and an argmax
 * over arms (ties broken at random) of the score {@code mean + spread * sd}, the arm's predicted
 * mean and standard deviation for the context; the two differ only in the spread.
 *
 * <p>The choice is always that of scoring every arm exactly, in index order, with ties broken by
 * {@link ArgMax}'s reservoir draws; select only avoids work that cannot change it:
 * <ul>
 *   <li><em>Brackets.</em> When commit found some arm's variance interval tight, select draws
 *       every arm's spread first (in index order, as the exact loop does) and brackets every
 *       arm's score ({@link RidgeArms#scoreBrackets}): from {@code |x|^2} alone, with one square
 *       root a decision, for an arm with a tight interval; its exact score for the others (square
 *       root, multiplication by the spread and addition are monotone in floating point, so an
 *       exact score lies in its bracket). No arm scores below the highest bottom, so an arm whose
 *       top is below it can neither win nor tie; usually only one arm reaches it and is chosen
 *       without any exact variance; otherwise the reaching arms get the brackets of their own
 *       intervals, and those still reaching are scored exactly. The exact loop would draw from
 *       {@code draws} again only on an exact tie between arms; two arms with the same mean and
 *       top (arms without data, say) take the exact loop, and a LinTS spread consumes a draw for
 *       every arm either way, so the draws consumed are the same unless two arms with different
 *       brackets happen to score the same double (a LinTS tie needs two continuous draws to
 *       coincide).</li>
 *   <li><em>All arms at once.</em> When no interval is tight (the engine's collinear features),
 *       every arm's mean and variance are computed together ({@link RidgeArms#scoreAll}), after
 *       every arm's spread is drawn (as in the bracket path: the draws differ from the exact
 *       loop's only if an argmax tie falls between two spread draws, which for LinTS needs two
 *       continuous draws to coincide).</li>
 *   <li><em>Underflow.</em> A context so small that the intervals' roundings could underflow
 *       ({@link RidgeArms#clearOfUnderflow}) takes the all-arms path too.</li>
 *   <li><em>In order.</em> A context of zeros and a LinTS with {@code v = 0} (every score is a
 *       mean, and ties interleave with the spread draws) take the plain exact loop.</li>
 * </ul>
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link ContextualBandit}); it
 * calls no lambda, so the argmax inlines into it whatever other scorers the JVM has seen.
 */
abstract class LinearBandit implements ContextualBandit {

    private final RidgeArms ridge;

    LinearBandit(int arms, int dimension, double l2) {
        Arguments.atLeast("arms", arms, 1);
        Arguments.atLeast("dimension", dimension, 1);
        this.ridge = new RidgeArms(arms, dimension, l2);
    }

    /** The multiplier of the arm's standard deviation in its score (may draw from {@code draws}). */
    abstract double spread(Draws draws);

    /**
     * Whether the spreads may be drawn for every arm before any tie is broken: true when a spread
     * draws nothing, or when exact ties need two continuous draws to coincide.
     */
    abstract boolean spreadsFirst();

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
        RidgeArms.Scratch s = ridge.gather(context);
        if (s.nonZero == 0 || !spreadsFirst()) {
            return inOrder(s, draws);
        }
        drawSpreads(s, draws);
        if (!ridge.anyBounded() || !ridge.clearOfUnderflow(s)) {
            return exactAfterSpreads(s, draws);
        }
        return byBrackets(s, draws);
    }

    /** The exact loop: arm by arm, its spread, its exact score, then the argmax step. */
    private int inOrder(RidgeArms.Scratch s, Draws draws) {
        int arms = ridge.arms();
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (int a = 0; a < arms; a++) {
            double score = score(spread(draws), ridge.mean(a, s), s, a);
            if (score > bestScore || ties == 0) {
                best = a;
                bestScore = score;
                ties = 1;
            } else if (score == bestScore && ArgMax.replacesTie(draws, ++ties)) {
                best = a;
            }
        }
        return best;
    }

    /** Every arm's spread into {@code s.spread}, in index order, as the exact loop draws them. */
    private void drawSpreads(RidgeArms.Scratch s, Draws draws) {
        for (int a = 0; a < ridge.arms(); a++) {
            s.spread[a] = spread(draws);
        }
    }

    /**
     * The exact loop over the arms whose score's top reaches {@code floor} (an arm below it scores
     * below another arm's exact score: it neither wins nor ties). An arm flagged in {@code s.exact}
     * has its exact score as its top (the same expression); the others pay for the variance now.
     */
    private int exactFromFloor(RidgeArms.Scratch s, double[] top, double floor, Draws draws) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (int a = 0; a < ridge.arms(); a++) {
            if (top[a] < floor) {
                continue;
            }
            double score = s.exact[a] ? top[a] : exactScore(s.spread[a], s.mean[a], ridge.variance(a, s));
            if (score > bestScore || ties == 0) {
                best = a;
                bestScore = score;
                ties = 1;
            } else if (score == bestScore && ArgMax.replacesTie(draws, ++ties)) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Decides from every arm's score bracket ({@link RidgeArms#scoreBrackets}), with the spreads
     * drawn: no arm can score below the highest bottom, so an arm whose top is below it can
     * neither win nor tie. When exactly one arm reaches it, that arm is the exact loop's choice.
     * When more do, each of them without an exact score gets the tighter bracket of its own
     * interval ({@code sum_i u_i x_i^2}, {@code sum_i l_i x_i^2}), the floor rises to the highest
     * of those bottoms, and the arms still reaching it are scored exactly.
     */
    private int byBrackets(RidgeArms.Scratch s, Draws draws) {
        int arms = ridge.arms();
        ridge.scoreBrackets(s);
        double[] high = s.high;
        double[] low = s.low;
        double[] mean = s.mean;
        double floor = Double.NEGATIVE_INFINITY;
        boolean finite = true;
        for (int a = 0; a < arms; a++) {
            double b = low[a];
            floor = b > floor ? b : floor;
            finite &= Double.isFinite(high[a] + b); // an overflowing sum only sends a finite context to the exact loop
        }
        if (!finite) {
            return exactAfterSpreads(s, draws); // non-finite context or overflow: the exact scores decide (and throw)
        }
        int reaching = 0;
        int chosen = 0;
        for (int a = 0; a < arms; a++) {
            boolean reaches = high[a] >= floor;
            reaching += reaches ? 1 : 0;
            chosen = reaches ? a : chosen;
            for (int b = 0; b < a; b++) {
                if (high[a] == high[b] && mean[a] == mean[b]) {
                    return exactAfterSpreads(s, draws); // possibly the same score: break the tie as the exact loop does
                }
            }
        }
        if (reaching == 1) {
            return chosen;
        }
        for (int a = 0; a < arms; a++) {
            if (high[a] >= floor && !s.exact[a]) {
                double sp = s.spread[a];
                double up = mean[a] + sp * Math.sqrt(ridge.varianceEnd(a, s, true));
                double down = mean[a] + sp * Math.sqrt(ridge.varianceEnd(a, s, false));
                high[a] = sp >= 0 ? up : down; // a negative spread (LinTS) turns the interval over
                double b = sp >= 0 ? down : up;
                floor = b > floor ? b : floor;
            }
        }
        reaching = 0;
        for (int a = 0; a < arms; a++) {
            boolean reaches = high[a] >= floor;
            reaching += reaches ? 1 : 0;
            chosen = reaches ? a : chosen;
        }
        return reaching == 1 ? chosen : exactFromFloor(s, high, floor, draws);
    }

    /**
     * The exact loop with the spreads already drawn ({@link #drawSpreads}), over every arm's mean and
     * variance from {@link RidgeArms#scoreAll} (the same doubles as arm by arm, in one pass): the path
     * when no arm's interval is usable, and {@link #byBrackets}'s for a non-finite bracket or a tie.
     */
    private int exactAfterSpreads(RidgeArms.Scratch s, Draws draws) {
        int arms = ridge.arms();
        ridge.scoreAll(s);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (int a = 0; a < arms; a++) {
            double score = exactScore(s.spread[a], s.mean[a], s.variance[a]);
            if (score > bestScore || ties == 0) {
                best = a;
                bestScore = score;
                ties = 1;
            } else if (score == bestScore && ArgMax.replacesTie(draws, ++ties)) {
                best = a;
            }
        }
        return best;
    }

    private double score(double spread, double mean, RidgeArms.Scratch s, int arm) {
        return spread == 0 ? checked(mean) : exactScore(spread, mean, ridge.variance(arm, s));
    }

    private static double exactScore(double spread, double mean, double variance) {
        return checked(spread == 0 ? mean : mean + spread * Math.sqrt(variance));
    }

    private static double checked(double score) {
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

    /** Whether every arm's interval is tight enough to bracket its score from {@code |x|^2} (for tests). */
    final boolean allBounded() {
        return ridge.allBounded();
    }

    /** Committed {@code x^T A_arm^-1 x} (for tests). */
    final double variance(int arm, double[] x) {
        return ridge.variance(arm, x);
    }
}
