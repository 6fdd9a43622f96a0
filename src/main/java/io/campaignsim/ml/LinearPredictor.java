package io.campaignsim.ml;

import java.util.Arrays;
import java.util.Objects;

/** eta(x) = intercept + slopes . x on the original feature scale; immutable. */
final class LinearPredictor {

    private final double intercept;
    private final double[] slopes;

    LinearPredictor(double intercept, double[] slopes) {
        this.intercept = intercept;
        this.slopes = slopes.clone();
    }

    int d() {
        return slopes.length;
    }

    double eta(double[] row) {
        if (row.length != slopes.length) {
            throw new IllegalArgumentException(
                    "expected a row of " + slopes.length + " features, but it has " + row.length);
        }
        double s = intercept;
        for (int j = 0; j < slopes.length; j++) {
            s += slopes[j] * row[j];
        }
        return s;
    }

    double eta(FeatureMatrix x, int row) {
        if (x.d() != slopes.length) {
            throw new IllegalArgumentException(
                    "expected a matrix of " + slopes.length + " features, but it has " + x.d());
        }
        double[] v = x.values();
        int off = Objects.checkIndex(row, x.n()) * slopes.length;
        double s = intercept;
        for (int j = 0; j < slopes.length; j++) {
            s += slopes[j] * v[off + j];
        }
        return s;
    }

    /** (intercept, slope_1, ..., slope_d), a fresh copy. */
    double[] coefficients() {
        double[] out = new double[slopes.length + 1];
        out[0] = intercept;
        System.arraycopy(slopes, 0, out, 1, slopes.length);
        return out;
    }

    @Override
    public String toString() {
        return "intercept=" + intercept + ", slopes=" + Arrays.toString(slopes);
    }
}
