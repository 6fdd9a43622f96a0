package io.campaignsim.strategy.bandit;

import io.campaignsim.random.Draws;

/**
 * Argmax with ties broken uniformly at random by reservoir sampling: the k-th index found equal
 * to the best so far replaces it with probability 1/k, so each of m tied indices wins with
 * probability 1/m. It costs a draw only when a tie is found, and allocates nothing.
 *
 * <p>For a running argmax over scores computed on the fly, use {@link #replacesTie} with the
 * same bookkeeping as {@link #of}.
 */
public final class ArgMax {

    private ArgMax() {}

    /** The index of the largest score ({@code +Infinity} included), ties uniformly at random. */
    public static int of(double[] scores, Draws draws) {
        int best = 0;
        double bestScore = scores[0];
        int ties = 1;
        for (int i = 1; i < scores.length; i++) {
            double s = scores[i];
            if (s > bestScore) {
                best = i;
                bestScore = s;
                ties = 1;
            } else if (s == bestScore && replacesTie(draws, ++ties)) {
                best = i;
            }
        }
        return best;
    }

    /** Whether the {@code ties}-th index equal to the best (ties >= 2) should replace it. */
    public static boolean replacesTie(Draws draws, int ties) {
        return draws.nextInt(ties) == 0;
    }
}
