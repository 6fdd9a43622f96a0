package io.campaignsim.ml;

import java.util.Objects;

/**
 * A dense n x d matrix of observed features, stored row-major in one {@code double[]} (row
 * {@code i}, column {@code j} at {@code i * d + j}), so a million rows of 30 features take one
 * 240 MB array and no per-row objects.
 *
 * <p>No intercept column: models fit their own intercept.
 *
 * @implNote The wrapping constructor takes ownership of {@code values} without copying (a copy
 * would double the memory of the largest object in a fit); the caller must not change the array
 * afterwards. Then the matrix is effectively immutable and safe to share between threads.
 */
public final class FeatureMatrix {

    private final int n;
    private final int d;
    private final double[] values;

    /**
     * Wraps {@code values} (row-major, length {@code n * d}) without copying.
     *
     * @throws IllegalArgumentException if n or d is negative, d is 0, or the length is not n * d
     */
    public FeatureMatrix(int n, int d, double[] values) {
        Objects.requireNonNull(values, "values");
        if (n < 0 || d < 1) {
            throw new IllegalArgumentException("expected n >= 0 and d >= 1, but was n = " + n + ", d = " + d);
        }
        if ((long) n * d != values.length) {
            throw new IllegalArgumentException(
                    "expected values.length = n * d = " + ((long) n * d) + ", but was " + values.length);
        }
        this.n = n;
        this.d = d;
        this.values = values;
    }

    /** A matrix copied from {@code rows}, which must all have the same positive length. */
    public static FeatureMatrix of(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("expected at least one row to know the column count");
        }
        int d = rows[0].length;
        double[] values = new double[Math.multiplyExact(rows.length, d)];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException(
                        "expected every row to have " + d + " columns, but row " + i + " has " + rows[i].length);
            }
            System.arraycopy(rows[i], 0, values, i * d, d);
        }
        return new FeatureMatrix(rows.length, d, values);
    }

    /** Number of rows (customers). */
    public int n() {
        return n;
    }

    /** Number of columns (features). */
    public int d() {
        return d;
    }

    public double get(int row, int col) {
        Objects.checkIndex(col, d);
        return values[Objects.checkIndex(row, n) * d + col];
    }

    /** A copy of row {@code row}. */
    public double[] row(int row) {
        double[] out = new double[d];
        System.arraycopy(values, Objects.checkIndex(row, n) * d, out, 0, d);
        return out;
    }

    /** The backing array, for allocation-free loops inside this package; never modify it. */
    double[] values() {
        return values;
    }
}
