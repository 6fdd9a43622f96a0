package io.campaignsim.data.ope;

/**
 * Chooses switch-DR's τ and DR-OS's λ as the Open Bandit Pipeline's
 * {@code SwitchDoublyRobustTuning} / {@code DoublyRobustWithShrinkageTuning} do with
 * {@code tuning_method="mse"}, {@code use_bias_upper_bound=True} and {@code delta=0.05}, following
 * Su et al. (2020, section 5): for each candidate h of {@link #GRID} the estimated mean squared error
 * <pre>
 *   MSE(h) = var(round rewards) / n + B(h)²
 *   B(h)   = | mean((w_i − ŵ_i(h)) (r_i − q̂_i)) | + sqrt(2 mean(w²) log(2/δ) / n) + 2 max(w) log(2/δ) / (3n)
 * </pre>
 * (var with divisor n, as numpy's {@code np.var}; ŵ the switched or shrunk weight), and the
 * candidate with the smallest MSE wins, the first in grid order on ties. The Pipeline leaves the
 * candidate list to the user; ours spans 0 (DM) to ∞ (DR) in half-decade steps, so it covers
 * weights (τ) and squared weights (λ) from 0.1 to 10⁵.
 *
 * @implNote Stateless.
 */
final class Tuning {

    static final double[] GRID = {0, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000,
        10_000, 20_000, 50_000, 100_000, Double.POSITIVE_INFINITY};
    static final double DELTA = 0.05;

    private Tuning() {}

    /** The weight switch-DR (τ = h) or DR-OS (λ = h) puts on a row's residual. */
    static double shrunk(Estimator e, double w, double h) {
        return switch (e) {
            case SWITCH_DR -> w <= h ? w : 0;
            case DR_OS -> Double.isInfinite(h) ? w : (h == 0 ? 0 : h * w / (w * w + h));
            default -> throw new IllegalArgumentException(e + " has no tuning parameter");
        };
    }

    /**
     * The grid value with the smallest estimated MSE on {@code rows}.
     *
     * @param w importance weights, r rewards, qFactual q̂(x_i, a_i), qPolicy q̂(x_i, π), all indexed by row
     */
    static double choose(Estimator e, int[] rows, double[] w, double[] r, double[] qFactual, double[] qPolicy) {
        int n = rows.length;
        double meanW2 = 0;
        double maxW = 0;
        for (int i : rows) {
            meanW2 += w[i] * w[i];
            maxW = Math.max(maxW, w[i]);
        }
        meanW2 /= n;
        double log = Math.log(2 / DELTA);
        double deviation = Math.sqrt(2 * meanW2 * log / n) + 2 * maxW * log / (3.0 * n);
        double best = Double.NaN;
        double bestMse = Double.POSITIVE_INFINITY;
        double[] round = new double[n];
        for (double h : GRID) {
            double sum = 0;
            double bias = 0;
            for (int k = 0; k < n; k++) {
                int i = rows[k];
                double hat = shrunk(e, w[i], h);
                double residual = r[i] - qFactual[i];
                round[k] = qPolicy[i] + hat * residual;
                sum += round[k];
                bias += (w[i] - hat) * residual;
            }
            double mean = sum / n;
            double variance = 0;
            for (double v : round) {
                variance += (v - mean) * (v - mean);
            }
            variance /= n;
            double b = Math.abs(bias / n) + deviation;
            double mse = variance / n + b * b;
            if (mse < bestMse) {
                bestMse = mse;
                best = h;
            }
        }
        return best;
    }
}
