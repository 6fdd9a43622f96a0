package io.campaignsim.ml;

/**
 * Weighted column means and standard deviations over the training rows. Models solve on
 * z = (x - mean) / sd because raw marketing features mix scales (days since purchase in the
 * hundreds, open rates below 1), which makes the normal equations badly conditioned; centring
 * also decouples the intercept. A constant column (sd 0) maps to z = 0 and gets coefficient 0.
 */
final class Standardization {

    private final double[] mean;
    private final double[] invScale; // 1 / sd, or 0 for a constant column

    private Standardization(double[] mean, double[] invScale) {
        this.mean = mean;
        this.invScale = invScale;
    }

    /** Two passes (mean, then squared deviations) for accuracy; O(n d). */
    static Standardization of(FeatureMatrix x, RowSet rows, double[] sampleWeight) {
        int d = x.d();
        double[] v = x.values();
        double[] mean = new double[d];
        double total = 0;
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            double w = RowSet.weight(sampleWeight, r);
            if (w == 0) {
                continue;
            }
            total += w;
            int off = r * d;
            for (int j = 0; j < d; j++) {
                mean[j] += w * v[off + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= total;
            if (!Double.isFinite(mean[j])) {
                throw new IllegalArgumentException("feature column " + j + " has a non-finite value");
            }
        }
        double[] ss = new double[d];
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            double w = RowSet.weight(sampleWeight, r);
            if (w == 0) {
                continue;
            }
            int off = r * d;
            for (int j = 0; j < d; j++) {
                double c = v[off + j] - mean[j];
                ss[j] += w * c * c;
            }
        }
        double[] invScale = new double[d];
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(ss[j] / total);
            // Below this the column is constant up to rounding of its mean.
            invScale[j] = sd > 1e-12 * Math.max(1.0, Math.abs(mean[j])) ? 1.0 / sd : 0.0;
        }
        return new Standardization(mean, invScale);
    }

    /** Writes (1, z_1, ..., z_d) of matrix row {@code r} into {@code z} (length d + 1). */
    void design(FeatureMatrix x, int r, double[] z) {
        double[] v = x.values();
        int d = mean.length;
        int off = r * d;
        z[0] = 1.0;
        for (int j = 0; j < d; j++) {
            z[j + 1] = (v[off + j] - mean[j]) * invScale[j];
        }
    }

    boolean isConstant(int column) {
        return invScale[column] == 0;
    }

    /** Original-scale coefficients (intercept first) of standardised coefficients {@code gamma}. */
    LinearPredictor toOriginal(double[] gamma) {
        int d = mean.length;
        double[] slopes = new double[d];
        double intercept = gamma[0];
        for (int j = 0; j < d; j++) {
            slopes[j] = gamma[j + 1] * invScale[j];
            intercept -= slopes[j] * mean[j];
        }
        return new LinearPredictor(intercept, slopes);
    }

    /**
     * Standard errors of the original-scale coefficients (intercept first) from the covariance
     * {@code cov} of the standardised ones, through beta = A gamma: beta_j = gamma_j / sd_j and
     * beta_0 = gamma_0 - sum_j gamma_j mean_j / sd_j.
     */
    double[] standardErrors(double[][] cov) {
        int d = mean.length;
        double[] a = new double[d + 1]; // row of A for the intercept
        a[0] = 1;
        for (int j = 0; j < d; j++) {
            a[j + 1] = -mean[j] * invScale[j];
        }
        double var0 = 0;
        for (int i = 0; i <= d; i++) {
            for (int k = 0; k <= d; k++) {
                var0 += a[i] * cov[i][k] * a[k];
            }
        }
        double[] se = new double[d + 1];
        se[0] = Math.sqrt(Math.max(0, var0));
        for (int j = 0; j < d; j++) {
            se[j + 1] = Math.sqrt(Math.max(0, cov[j + 1][j + 1])) * invScale[j];
        }
        return se;
    }
}
