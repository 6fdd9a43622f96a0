package io.campaignsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lift by score decile: customers sorted by score, highest first, cut into ten groups of equal
 * count (sizes differ by at most one; ties are broken by customer order, so equal scores may fall
 * in neighbouring deciles), and for each group the mean score, the mean true value and the lift,
 * the group's mean true value over the mean of everyone. The count-weighted mean of the lifts is
 * exactly 1 and a useless score has every lift near 1; a good one falls from decile 1 to 10.
 */
public final class DecileLift {

    /** Number of groups. */
    public static final int DECILES = 10;

    /**
     * One decile.
     *
     * @param decile 1 (highest scores) to 10
     * @param count customers in it
     * @param meanScore mean predicted score
     * @param meanTruth mean true value
     * @param lift meanTruth over the overall mean true value (NaN when that is 0)
     */
    public record Decile(int decile, long count, double meanScore, double meanTruth, double lift)
            implements java.io.Serializable {}

    private DecileLift() {}

    /** The deciles of {@code score} against {@code truth}; fewer than ten when there are fewer customers. */
    public static List<Decile> of(double[] score, double[] truth) {
        Checks.sameLength("truth", score.length, truth.length);
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        double total = 0;
        for (double t : truth) {
            total += t;
        }
        double overall = n == 0 ? Double.NaN : total / n;
        int groups = Math.min(DECILES, n);
        List<Decile> out = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            int from = (int) ((long) g * n / groups);
            int to = (int) ((long) (g + 1) * n / groups);
            double s = 0;
            double t = 0;
            for (int k = from; k < to; k++) {
                s += score[order[k]];
                t += truth[order[k]];
            }
            int m = to - from;
            double meanTruth = t / m;
            out.add(new Decile(g + 1, m, s / m, meanTruth, overall == 0 ? Double.NaN : meanTruth / overall));
        }
        return out;
    }
}
