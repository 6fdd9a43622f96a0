package io.campaignsim.strategy.rl;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;

/**
 * The learning core of {@code fitted_q}: batch fitted-Q iteration (Ernst, Geurts and Wehenkel
 * 2005) with ridge regression on linear features, one regression per action:
 *
 * <pre>
 *   y_k      = r_k + discount_k * max_a' Q_i(s'_k, a')        (targets from the previous iterate)
 *   Q_{i+1}  = argmin_w  sum_{k: a_k = a} (y_k - w_a . phi(s_k))^2 + l2 |w_a|^2    per action a
 * </pre>
 *
 * The design matrix of each action does not change between iterations, so its ridge Gram
 * matrix is factorised (Cholesky) once per fit and every iteration costs one pass over the data
 * plus a triangular solve per action. Iteration stops when no target moved by more than
 * {@code tolerance} times the largest target (or 1), or after {@code maxIterations}; a fit starts
 * from the given function (a warm start on refits).
 */
public final class FittedQIteration {

    /** What a fit did. */
    public record Fit(int iterations, double lastChange, boolean converged) {}

    private final double l2;
    private final int maxIterations;
    private final double tolerance;

    public FittedQIteration(double l2, int maxIterations, double tolerance) {
        if (!(l2 > 0)) {
            throw new IllegalArgumentException("l2 must be positive, but was " + l2);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, but was " + maxIterations);
        }
        this.l2 = l2;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Fits {@code q} to {@code data}, starting from q's current weights. */
    public Fit fit(Transitions data, LinearQ q) {
        int n = data.size();
        int d = q.dimension();
        int actions = q.actions();
        DecompositionSolver[] solvers = new DecompositionSolver[actions];
        double[][] gram = new double[actions][d * d];
        byte[] s = data.states();
        double[] x = new double[d];
        for (int k = 0; k < n; k++) {
            row(s, data.offset(k), x);
            double[] g = gram[data.action(k)];
            for (int i = 0; i < d; i++) {
                double xi = x[i];
                if (xi == 0) {
                    continue;
                }
                for (int j = i; j < d; j++) {
                    g[i * d + j] += xi * x[j];
                }
            }
        }
        for (int a = 0; a < actions; a++) {
            Array2DRowRealMatrix m = new Array2DRowRealMatrix(d, d);
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    double v = gram[a][i * d + j] + (i == j ? l2 : 0);
                    m.setEntry(i, j, v);
                    m.setEntry(j, i, v);
                }
            }
            solvers[a] = new CholeskyDecomposition(m).getSolver();
        }
        double[] y = new double[n];
        double[][] b = new double[actions][d];
        double change = Double.POSITIVE_INFINITY;
        int it = 0;
        while (it < maxIterations) {
            it++;
            double moved = 0;
            double scale = 1;
            for (double[] row : b) {
                java.util.Arrays.fill(row, 0);
            }
            byte[] next = data.nextStates();
            for (int k = 0; k < n; k++) {
                int off = data.offset(k);
                double target = data.reward(k) + data.discount(k) * q.max(next, off, data.nextAllowed(k));
                moved = Math.max(moved, Math.abs(target - y[k]));
                scale = Math.max(scale, Math.abs(target));
                y[k] = target;
                double[] bk = b[data.action(k)];
                for (int j = 0; j < d; j++) {
                    bk[j] += target * LinearQ.LEVEL[s[off + j] & 0xFF];
                }
            }
            for (int a = 0; a < actions; a++) {
                double[] w = solvers[a].solve(new ArrayRealVector(b[a], false)).toArray();
                System.arraycopy(w, 0, q.w, a * d, d);
            }
            change = moved / scale;
            if (it > 1 && change <= tolerance) {
                return new Fit(it, change, true);
            }
        }
        return new Fit(it, change, false);
    }

    private static void row(byte[] s, int off, double[] x) {
        for (int j = 0; j < x.length; j++) {
            x[j] = LinearQ.LEVEL[s[off + j] & 0xFF];
        }
    }
}
