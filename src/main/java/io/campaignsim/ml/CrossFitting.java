package io.campaignsim.ml;

import io.campaignsim.random.Draws;
import java.util.Objects;

/**
 * A k-fold split of n rows, for out-of-fold predictions: each row is scored by a model that was
 * fitted without it, so quality measured on those scores is held-out quality.
 *
 * <p>The rows are shuffled by a Fisher-Yates pass driven by {@link Draws} seeded with
 * {@code seed}, then dealt to folds in turn, so fold sizes differ by at most one and the same
 * (n, k, seed) always gives the same folds.
 *
 * @implNote Immutable and thread-safe.
 */
public final class CrossFitting {

    /** Fits a model on the given training rows and returns it as a row scorer. */
    @FunctionalInterface
    public interface Fitter {
        RowScorer fit(int[] trainRows);
    }

    private final int[] fold;
    private final int k;

    /**
     * @param n number of rows, >= k
     * @param k number of folds, >= 2
     * @param seed determines the split
     */
    public CrossFitting(int n, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("expected at least 2 folds, but was " + k);
        }
        if (n < k) {
            throw new IllegalArgumentException("expected at least as many rows as folds (" + k + "), but was " + n);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Draws draws = new Draws(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = draws.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        this.fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % k;
        }
        this.k = k;
    }

    public int folds() {
        return k;
    }

    public int size() {
        return fold.length;
    }

    /** The fold (0 .. k-1) that holds {@code row} out. */
    public int fold(int row) {
        return fold[row];
    }

    /** Rows of fold {@code f}, in increasing order. */
    public int[] testRows(int f) {
        return rows(f, true);
    }

    /** Rows outside fold {@code f}, in increasing order. */
    public int[] trainRows(int f) {
        return rows(f, false);
    }

    /**
     * Out-of-fold scores: for each fold f, {@code fitter} fits on {@link #trainRows(int)} and the
     * result scores the rows of fold f. {@code x} must have {@link #size()} rows.
     */
    public double[] outOfFold(FeatureMatrix x, Fitter fitter) {
        Objects.requireNonNull(fitter, "fitter");
        if (x.n() != fold.length) {
            throw new IllegalArgumentException("expected a matrix of " + fold.length + " rows, but it has " + x.n());
        }
        double[] out = new double[fold.length];
        for (int f = 0; f < k; f++) {
            RowScorer scorer = fitter.fit(trainRows(f));
            for (int r : testRows(f)) {
                out[r] = scorer.score(x, r);
            }
        }
        return out;
    }

    private int[] rows(int f, boolean inFold) {
        Objects.checkIndex(f, k);
        int count = 0;
        for (int g : fold) {
            if ((g == f) == inFold) {
                count++;
            }
        }
        int[] out = new int[count];
        int i = 0;
        for (int r = 0; r < fold.length; r++) {
            if ((fold[r] == f) == inFold) {
                out[i++] = r;
            }
        }
        return out;
    }
}
