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
 *   <li><em>Intervals.</em> When commit found the arms' variance intervals tight
 *       ({@link RidgeArms#scoreTops}), select draws every arm's spread first (in index order, as
 *       the exact loop does), computes every arm's mean and the top of its score from the
 *       interval (square root, multiplication by the spread and addition are monotone in floating
 *       point, so the exact score lies below it), takes the arm with the highest top as the leader
 *       and its lowest possible score as a floor. Arms whose top is below the floor can neither
 *       win nor tie; usually that is every other arm and the leader is chosen without any exact
 *       variance; otherwise only the arms reaching the floor are scored exactly. The exact loop
 *       would draw from {@code draws} again only on an exact tie between arms; two arms with the
 *       same mean and top (arms without data, say) take the exact loop, and a LinTS spread
 *       consumes a draw for every arm either way, so the draws consumed are the same unless two
 *       arms with different brackets happen to score the same double (a LinTS tie needs two
 *       continuous draws to coincide). When every arm's interval is usable (LinUCB and LinTS on
 *       contexts whose intervals are tight), the brackets come first from
 *       {@code |x|^2} alone with one square root a decision ({@link RidgeArms#scoreBrackets}),
 *       and the highest bottom of any arm is the floor; most decisions end there, the rest go on
 *       as above.</li>
 *   <li><em>All arms at once.</em> When no interval is tight (the engine's collinear features),
 *       every arm's mean and variance are computed together ({@link RidgeArms#scoreAll}), after
 *       every arm's spread is drawn (as in the interval path: the draws differ from the exact
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
        if (!ridge.anyBounded() || !ridge.clearOfUnderflow(s)) {
            drawSpreads(s, draws);
            return exactAfterSpreads(s, draws);
        }
        return byIntervals(s, draws);
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

    /** Decides from the score brackets, scoring exactly only the arms they cannot separate (see the class comment). */
    private int byIntervals(RidgeArms.Scratch s, Draws draws) {
        int arms = ridge.arms();
        double[] spread = s.spread;
        drawSpreads(s, draws);
        if (ridge.allBounded()) {
            return byBrackets(s, draws);
        }
        ridge.scoreTops(s);
        double[] mean = s.mean;
        double[] top = s.high; // the variance bound in, the score's top out
        boolean[] exact = s.exact;
        int leader = 0;
        double leaderTop = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < arms; a++) {
            double sp = spread[a];
            double t = sp == 0 ? mean[a] : mean[a] + sp * Math.sqrt(top[a]);
            if (!Double.isFinite(t)) {
                return exactAfterSpreads(s, draws); // non-finite context or overflow: the exact scores decide (and throw)
            }
            top[a] = t;
            if (t > leaderTop) {
                leaderTop = t;
                leader = a;
            }
        }
        // the leader's lowest possible score: no arm whose top is below it can win or tie; first
        // from |x|^2 alone, then from its own interval if that leaves another arm reaching it
        double floor = exact[leader] ? top[leader]
                : mean[leader] + spread[leader] * Math.sqrt(ridge.cheapBottom(leader, s));
        if (!exact[leader] && !below(top, arms, leader, floor)) {
            floor = mean[leader] + spread[leader] * Math.sqrt(ridge.scoreBottom(leader, s));
        }
        if (!Double.isFinite(floor)) {
            return exactAfterSpreads(s, draws);
        }
        int reaching = 0;
        for (int a = 0; a < arms; a++) {
            if (top[a] >= floor && a != leader && !exact[a]) {
                // the cheap |x|^2 bound reaches the floor: try the arm's own interval
                double sp = spread[a];
                top[a] = mean[a] + sp * Math.sqrt(ridge.refineTop(a, s));
            }
            reaching += top[a] >= floor ? 1 : 0;
            for (int b = 0; b < a; b++) {
                if (top[a] == top[b] && mean[a] == mean[b]) {
                    return exactAfterSpreads(s, draws); // possibly the same score: break the tie as the exact loop does
                }
            }
        }
        if (reaching == 1) {
            return leader;
        }
        return exactFromFloor(s, top, floor, draws);
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
     * The common case of {@link #byIntervals} (every arm bounded), settled from
     * {@link RidgeArms#scoreBrackets}: no arm can score below the highest
     * bottom, so an arm whose top is below it can neither win nor tie. When exactly one arm
     * reaches it, that arm is the exact loop's choice. When more do, each of them gets the tighter
     * bracket of its own interval ({@code sum_i u_i x_i^2}, {@code sum_i l_i x_i^2}), the floor
     * rises to the highest of those bottoms, and the arms still reaching it are scored exactly. No
     * square root an arm in the common case, and no leader to find first: the highest bottom is at
     * least the leader's.
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
            if (high[a] >= floor) {
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

    /** Whether every arm but {@code leader} of the first {@code arms} has its top below {@code floor}. */
    private static boolean below(double[] top, int arms, int leader, double floor) {
        boolean below = true;
        for (int a = 0; a < arms && below; a++) {
            below = a == leader || top[a] < floor;
        }
        return below;
    }

    /**
     * The exact loop with the spreads already drawn ({@link #drawSpreads}), over every arm's mean and
     * variance from {@link RidgeArms#scoreAll} (the same doubles as arm by arm, in one pass): the path
     * when no arm's interval is usable, and {@link #byIntervals}'s when the brackets cannot decide.
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

    /** Whether every arm's interval is tight enough for select to use (for tests). */
    final boolean allBounded() {
        return ridge.allBounded();
    }

    /** Committed {@code x^T A_arm^-1 x} (for tests). */
    final double variance(int arm, double[] x) {
        return ridge.variance(arm, x);
    }
}
