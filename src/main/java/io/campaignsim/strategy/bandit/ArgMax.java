package io.campaignsim.strategy.bandit;

import io.campaignsim.random.Draws;

/**
 * Argmax with ties broken uniformly at random by reservoir sampling: the k-th index found equal
 * to the best so far replaces it with probability 1/k, so each of m tied indices wins with
 * probability 1/m. It costs a draw only when a tie is found, and allocates nothing. The one
 * implementation behind every argmax of the strategies: over an array of scores, or over scores
 * computed one index at a time ({@link Scores}), whose own draws (Thompson samples) then
 * interleave with the tie-breaking draws in index order.
 */
public final class ArgMax {

    /**
     * Scores the candidates of {@link ArgMax#of(int, Scores, Object, Draws)} one at a time, in
     * index order. Implement it as a {@code static final} constant (the state it needs comes in
     * {@code context}): the JIT then inlines it into each caller's argmax.
     */
    @FunctionalInterface
    public interface Scores<C> {
        /**
         * The score of candidate {@code i}; may draw from {@code draws}. {@code best} is the best
         * score so far ({@code -Infinity} before the first): a candidate that provably cannot
         * reach it may return {@code -Infinity} instead of its exact score, which changes neither
         * the choice nor the draws.
         */
        double score(int i, C context, double best, Draws draws);
    }

    private static final Scores<double[]> ARRAY = (i, scores, best, draws) -> scores[i];

    private ArgMax() {}

    /** The index of the largest score ({@code +Infinity} included), ties uniformly at random. */
    public static int of(double[] scores, Draws draws) {
        return of(scores.length, ARRAY, scores, draws);
    }

    /** The index in [0, n) of the largest of {@code scores}, ties uniformly at random. */
    public static <C> int of(int n, Scores<C> scores, C context, Draws draws) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (int i = 0; i < n; i++) {
            double s = scores.score(i, context, bestScore, draws);
            if (s > bestScore || ties == 0) {
                best = i;
                bestScore = s;
                ties = 1;
            } else if (s == bestScore && replacesTie(draws, ++ties)) {
                best = i;
            }
        }
        return best;
    }

    /** Whether the {@code ties}-th index equal to the best (ties >= 2) should replace it (for argmax loops written out). */
    public static boolean replacesTie(Draws draws, int ties) {
        return draws.nextInt(ties) == 0;
    }
}
