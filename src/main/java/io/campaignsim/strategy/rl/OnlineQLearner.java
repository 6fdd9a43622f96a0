package io.campaignsim.strategy.rl;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;

/**
 * {@code q_learning}: every completed transition updates the action values at once (one
 * {@link QLearning} step each, in shard order, so the result is the same on any thread count);
 * the new values act from the next day on.
 *
 * <p>For the pessimistic choice it also keeps, per action, the ridge Gram matrix of the states
 * it was updated at ({@code I + sum phi phi'}) and the mean squared TD error, and at the end of
 * each day sets the action's covariance to {@code mean(delta^2) * Gram^-1}: the uncertainty of a
 * least-squares fit to the same data, used exactly as {@code fitted_q} uses its fits' covariances.
 */
final class OnlineQLearner implements Learner {

    private final LinearQ q;
    private final double step;
    private final boolean pessimistic;
    private final double[][] gram;
    private final double[] squaredError;
    private final long[] updates;
    private final double[] x;
    private final int[] nz;
    private final double[] xn;
    private final int[] nzn;
    private long seen;

    OnlineQLearner(int actions, int dimension, double step, boolean pessimistic) {
        this.q = new LinearQ(actions, dimension, actions - 1); // "no contact" (last) is the baseline
        this.step = step;
        this.pessimistic = pessimistic;
        this.gram = pessimistic ? new double[actions][dimension * dimension] : null;
        this.squaredError = new double[actions];
        this.updates = new long[actions];
        this.x = new double[dimension];
        this.nz = new int[dimension];
        this.xn = new double[dimension];
        this.nzn = new int[dimension];
        if (pessimistic) {
            for (double[] g : gram) {
                for (int j = 0; j < dimension; j++) {
                    g[j * dimension + j] = 1.0;
                }
            }
        }
    }

    @Override
    public LinearQ q() {
        return q;
    }

    @Override
    public void observe(Transitions completed) {
        int d = q.dimension();
        for (int k = 0; k < completed.size(); k++) {
            double delta = QLearning.update(q, completed, k, step, x, nz, xn, nzn);
            int a = completed.action(k);
            updates[a]++;
            squaredError[a] += delta * delta;
            // The baseline's own uncertainty is never used (no contact is not penalised), so
            // its Gram, the largest (most decisions leave the customer alone), is not kept.
            if (pessimistic && a != q.baseline()) {
                int nnz = q.decode(completed.states(), completed.offset(k), x, nz);
                double[] g = gram[a];
                for (int p = 0; p < nnz; p++) {
                    int i = nz[p];
                    for (int r = 0; r < nnz; r++) {
                        int j = nz[r];
                        g[i * d + j] += x[i] * x[j];
                    }
                }
            }
        }
        seen += completed.size();
    }

    @Override
    public void endOfDay(int day) {
        if (!pessimistic) {
            return;
        }
        int d = q.dimension();
        for (int a = 0; a < q.actions(); a++) {
            if (a == q.baseline()) {
                continue;
            }
            if (updates[a] <= d) {
                q.setCovariance(a, LinearQ.unknown(d)); // too few updates to estimate: never chosen greedily
                continue;
            }
            double[][] inv = new CholeskyDecomposition(new Array2DRowRealMatrix(toRows(gram[a], d), false))
                    .getSolver().getInverse().getData();
            double sigma2 = squaredError[a] / updates[a];
            double[] c = new double[d * d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    c[i * d + j] = sigma2 * inv[i][j];
                }
            }
            q.setCovariance(a, c);
        }
    }

    private static double[][] toRows(double[] g, int d) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            System.arraycopy(g, i * d, m[i], 0, d);
        }
        return m;
    }

    @Override
    public long transitions() {
        return seen;
    }
}
