package io.campaignsim.stats;

import java.util.Arrays;

/**
 * Units ordered by score, highest first, with equal scores merged into tie groups. Group g
 * holds positions {@code bound(g)} to {@code bound(g+1) − 1}.
 *
 * <p>Inside a tie group the order is arbitrary, so cumulative sums are only exact at group
 * bounds; {@link #at} interpolates linearly in between, which is their expectation when ties
 * are broken at random. That makes every metric built on it independent of the input order.
 */
final class Ranking {

    private final int[] order;
    private final int[] bounds;

    private Ranking(int[] order, int[] bounds) {
        this.order = order;
        this.bounds = bounds;
    }

    static Ranking byScoreDescending(double[] score) {
        Checks.finite("score", score);
        int n = score.length;
        // + 0.0 maps −0.0 to 0.0, so the two zeros tie instead of being ordered by Double.compare.
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (i, j) -> Double.compare(score[j] + 0.0, score[i] + 0.0));
        int[] order = new int[n];
        int[] bounds = new int[n + 1];
        int groups = 0;
        for (int p = 0; p < n; p++) {
            order[p] = boxed[p];
            if (p > 0 && score[order[p]] + 0.0 != score[order[p - 1]] + 0.0) {
                bounds[++groups] = p;
            }
        }
        if (n > 0) {
            bounds[++groups] = n;
        }
        return new Ranking(order, Arrays.copyOf(bounds, groups + 1));
    }

    int size() {
        return order.length;
    }

    int groups() {
        return bounds.length - 1;
    }

    int bound(int group) {
        return bounds[group];
    }

    /** The unit at a position of the ranking (0 = highest score). */
    int unitAt(int position) {
        return order[position];
    }

    /** Fraction of units before each group bound: the x of the curve knots, 0 to 1. */
    double[] boundFractions() {
        double[] x = new double[bounds.length];
        for (int g = 0; g < bounds.length; g++) {
            x[g] = (double) bounds[g] / order.length;
        }
        return x;
    }

    /** Sums of {@code column} over the units before each group bound (length groups() + 1). */
    double[] cumulative(double[] column) {
        double[] sums = new double[bounds.length];
        double running = 0;
        for (int g = 0; g < groups(); g++) {
            for (int p = bounds[g]; p < bounds[g + 1]; p++) {
                running += column[order[p]];
            }
            sums[g + 1] = running;
        }
        return sums;
    }

    /** A cumulative column at position k in [0, n], linear inside a tie group. */
    double at(double[] cumulative, double k) {
        int g = Arrays.binarySearch(bounds, (int) Math.floor(k));
        if (g < 0) {
            g = -g - 2;
        }
        if (g >= groups()) {
            return cumulative[groups()];
        }
        double weight = (k - bounds[g]) / (bounds[g + 1] - bounds[g]);
        return cumulative[g] + weight * (cumulative[g + 1] - cumulative[g]);
    }
}
