package io.campaignsim.ml;

/**
 * A deliberately naive reference: plain gradient descent on the documented objective, written
 * on the original feature scale, with the penalty (l2/2) sum_j (beta_j sd_j)^2 where sd_j is the
 * weighted population standard deviation of column j. Slow but obviously right.
 */
final class GradientDescentReference {

    private GradientDescentReference() {}

    static double[] fit(double[][] rows, double[] y, double[] w, double l2) {
        int n = rows.length;
        int d = rows[0].length;
        double sw = 0;
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            sw += w[i];
            for (int j = 0; j < d; j++) {
                mean[j] += w[i] * rows[i][j];
            }
        }
        double[] var = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] /= sw;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                var[j] += w[i] * (rows[i][j] - mean[j]) * (rows[i][j] - mean[j]) / sw;
            }
        }
        // Step 1/L with L >= the largest Hessian eigenvalue: sum_i w_i |(1, x_i)|^2 / 4 + l2 max var.
        double lipschitz = 0;
        double maxVar = 0;
        for (int i = 0; i < n; i++) {
            double s = 1;
            for (int j = 0; j < d; j++) {
                s += rows[i][j] * rows[i][j];
            }
            lipschitz += w[i] * s / 4;
        }
        for (double v : var) {
            maxVar = Math.max(maxVar, v);
        }
        lipschitz += l2 * maxVar;
        double step = 1 / lipschitz;
        double[] beta = new double[d + 1];
        double[] grad = new double[d + 1];
        for (int iter = 0; iter < 20_000_000; iter++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double eta = beta[0];
                for (int j = 0; j < d; j++) {
                    eta += beta[j + 1] * rows[i][j];
                }
                double r = w[i] * (1 / (1 + Math.exp(-eta)) - y[i]);
                grad[0] += r;
                for (int j = 0; j < d; j++) {
                    grad[j + 1] += r * rows[i][j];
                }
            }
            double norm = 0;
            for (int j = 0; j < d; j++) {
                grad[j + 1] += l2 * var[j] * beta[j + 1];
            }
            for (int j = 0; j <= d; j++) {
                norm = Math.max(norm, Math.abs(grad[j]));
                beta[j] -= step * grad[j];
            }
            if (norm < 1e-11) {
                return beta;
            }
        }
        throw new AssertionError("gradient descent did not converge");
    }
}
