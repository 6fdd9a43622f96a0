package io.campaignsim.ml;

import java.util.Objects;

/**
 * Ridge (L2-penalised least squares) regression for continuous outcomes such as revenue or an
 * imputed treatment effect: E[y | x] = beta_0 + beta . x.
 *
 * <p>Objective, on standardised features z with coefficients gamma (intercept not penalised):
 * <pre>
 *   (1/2) sum_i w_i (y_i - gamma . (1, z_i))^2 + (l2 / 2) sum_{j >= 1} gamma_j^2
 * </pre>
 * solved in one O(n d^2) pass that accumulates the normal equations
 * (Z'WZ + l2 I') gamma = Z'Wy, then a Cholesky solve. The same l2 adds the same l2 I' as in
 * {@link LogisticRegression}.
 *
 * @implNote Immutable and thread-safe once fitted.
 */
public final class LinearRegression {

    private final LinearPredictor predictor;

    private LinearRegression(LinearPredictor predictor) {
        this.predictor = predictor;
    }

    /** Fits on all rows of {@code x}. */
    public static LinearRegression fit(FeatureMatrix x, double[] y, double[] sampleWeight, double l2) {
        return fit(x, null, y, sampleWeight, FitOptions.ridge(l2));
    }

    /**
     * Fits on the matrix rows {@code rows} (null = all rows); {@code options.maxIterations} and
     * {@code tolerance} are not used (one exact solve).
     *
     * @param y finite outcomes, one per matrix row (entries outside {@code rows} are not read)
     * @param sampleWeight non-negative weights, one per matrix row, or null for all 1
     */
    public static LinearRegression fit(FeatureMatrix x, int[] rows, double[] y, double[] sampleWeight, FitOptions options) {
        Objects.requireNonNull(options, "options");
        RowSet set = RowSet.of(x, rows);
        RowSet.checkLength("y", y.length, x);
        if (sampleWeight != null) {
            RowSet.checkLength("sampleWeight", sampleWeight.length, x);
        }
        double sw = 0;
        for (int i = 0; i < set.size(); i++) {
            int r = set.get(i);
            double w = RowSet.weight(sampleWeight, r);
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("sample weights must be finite and >= 0, but row " + r + " has " + w);
            }
            if (!Double.isFinite(y[r])) {
                throw new IllegalArgumentException("outcomes must be finite, but row " + r + " has " + y[r]);
            }
            sw += w;
        }
        if (!(sw > 0)) {
            throw new IllegalArgumentException("expected training rows with positive weight, but there are none");
        }
        Standardization scale = Standardization.of(x, set, sampleWeight);
        int p = x.d() + 1;
        double[] z = new double[p];
        double[] gram = new double[p * p];
        double[] rhs = new double[p];
        for (int i = 0; i < set.size(); i++) {
            int r = set.get(i);
            double w = RowSet.weight(sampleWeight, r);
            if (w == 0) {
                continue;
            }
            scale.design(x, r, z);
            double wy = w * y[r];
            for (int a = 0; a < p; a++) {
                double wza = w * z[a];
                rhs[a] += wy * z[a];
                int off = a * p;
                for (int b = a; b < p; b++) {
                    gram[off + b] += wza * z[b];
                }
            }
        }
        for (int j = 1; j < p; j++) {
            gram[j * p + j] += options.l2() + (scale.isConstant(j - 1) ? 1 : 0);
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                gram[b * p + a] = gram[a * p + b];
            }
        }
        return new LinearRegression(scale.toOriginal(SpdSolver.solve(gram, p, rhs)));
    }

    /** The prediction for one row of d features. */
    public double predict(double[] row) {
        return predictor.eta(row);
    }

    /** The prediction for row {@code row} of {@code x}, without copying the row. */
    public double predict(FeatureMatrix x, int row) {
        return predictor.eta(x, row);
    }

    /** (intercept, beta_1, ..., beta_d) on the original feature scale; a fresh copy. */
    public double[] coefficients() {
        return predictor.coefficients();
    }
}
