package io.campaignsim.ml;

/**
 * The training rows of one fit: all rows of a matrix, or a subset named by row index (a fold,
 * an arm). Indexing through it avoids copying the matrix for every fold or arm.
 */
final class RowSet {

    private final int[] rows; // null = all rows 0..n-1
    private final int size;

    private RowSet(int[] rows, int size) {
        this.rows = rows;
        this.size = size;
    }

    /** Validates {@code rows} (nullable = all) against {@code x}; the array is not copied. */
    static RowSet of(FeatureMatrix x, int[] rows) {
        if (rows == null) {
            return new RowSet(null, x.n());
        }
        for (int r : rows) {
            if (r < 0 || r >= x.n()) {
                throw new IllegalArgumentException("expected row indices in [0, " + x.n() + "), but found " + r);
            }
        }
        return new RowSet(rows, rows.length);
    }

    int size() {
        return size;
    }

    /** The matrix row of the {@code i}-th training row. */
    int get(int i) {
        return rows == null ? i : rows[i];
    }

    /** The weight of matrix row {@code r}: 1 when there are no sample weights. */
    static double weight(double[] sampleWeight, int r) {
        return sampleWeight == null ? 1.0 : sampleWeight[r];
    }

    /** Checks that a per-row array has one entry per matrix row. */
    static void checkLength(String name, int length, FeatureMatrix x) {
        if (length != x.n()) {
            throw new IllegalArgumentException(
                    "expected " + name + " to have one entry per row (" + x.n() + "), but it has " + length);
        }
    }
}
