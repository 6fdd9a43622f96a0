package io.campaignsim.strategy.contextual;

import io.campaignsim.strategy.bandit.Arguments;

/**
 * The v0.1 ridge core, kept verbatim in the tests as the reference the faster {@link RidgeArms}
 * must agree with (issue #20): same theta, same variance up to rounding, so the same decisions.
 *
 * <p>Original comment:
 * One ridge regression per arm, the shared core of {@link LinUcb} and {@link LinTs}. Per arm
 * {@code A = l2 I + sum x x^T} and {@code b = sum r x} accumulate as outcomes are recorded; at
 * {@link #commit()} each changed arm gets a fresh Cholesky factor {@code A = L L^T}, from which
 * the committed {@code theta = A^-1 b} (two triangular solves) and {@code L^-1} are computed.
 *
 * <p>Why a fresh factorisation rather than Sherman–Morrison updates: rank-1 updates of an
 * explicit inverse accumulate rounding error over millions of records, while a Cholesky of
 * {@code A} is backward stable and costs d^3/3 flops an arm a commit (9,000 for d = 30) however
 * many records arrived. Keeping {@code L^-1} rather than {@code A^-1} gives select
 * {@code x^T A^-1 x = |L^-1 x|^2} in d(d+1)/2 multiply-adds with no scratch vector: the j-th entry
 * of {@code L^-1 x} is a sum over i <= j, used once and squared.
 *
 * <p>Only the lower triangles are stored and touched, packed by rows (row j starts at
 * j(j+1)/2), so record and select read them sequentially.
 *
 * <p>For select to skip arms that cannot win, commit also stores per arm a diagonal bound
 * {@code sum_i c_i x_i^2 >= x^T A^-1 x} (10 multiply-adds for d = 10 against 55 for the exact
 * variance): with {@code M = A^-1} and {@code w_i = sqrt(M_ii)},
 * {@code c_i = sum_j |M_ij| w_j / w_i} makes {@code W (diag(c) - M) W} diagonally dominant, so
 * {@code diag(c) - M} is positive semidefinite. The same construction on
 * {@code N = |L^-1|^T |L^-1|} (entrywise absolute values) bounds the rounding error of the
 * computed {@code |L^-1 x|^2}, and a small multiple of it is added so that the bound also holds
 * for the floating-point variance: pruning never changes a choice.
 */
final class ReferenceRidgeArms {

    /** Relative diagonal jitter tried first if rounding makes A numerically indefinite. */
    private static final double FIRST_JITTER = 1e-12;
    private static final double LAST_JITTER = 1e-4;
    /** Bound / variance at the probe context above which select does not try to prune an arm. */
    private static final double LOOSEST_BOUND = 16;

    private final int dimension;
    private final double l2;
    private final double[][] gram;
    private final double[][] moment;
    private final boolean[] changed;
    /** Per arm, the last recorded context: commit checks the variance bound's tightness on it. */
    private final double[][] probe;
    /** Per arm, committed: whether the bound is tight enough for select to try pruning with it. */
    private final boolean[] prunable;
    /** Per arm, committed: {@code L^-1} packed by rows, then theta, then the bound's c. */
    private final double[][] model;
    private final int thetaAt;
    private final int boundAt;
    private final double[] factor;
    private final double[] work;
    /** Scratch for commit: A^-1 and |L^-1|^T |L^-1|, full d x d. */
    private final double[] inverse;
    private final double[] absolute;

    ReferenceRidgeArms(int arms, int dimension, double l2) {
        Arguments.atLeast("arms", arms, 1);
        this.dimension = Arguments.atLeast("dimension", dimension, 1);
        this.l2 = Arguments.positive("l2", l2);
        int d = dimension;
        int packed = d * (d + 1) / 2;
        gram = new double[arms][packed];
        moment = new double[arms][d];
        changed = new boolean[arms];
        probe = new double[arms][d];
        prunable = new boolean[arms];
        thetaAt = packed;
        boundAt = packed + d;
        model = new double[arms][packed + 2 * d];
        factor = new double[d * d];
        work = new double[d];
        inverse = new double[d * d];
        absolute = new double[d * d];
        for (int a = 0; a < arms; a++) {
            for (int j = 0; j < d; j++) {
                gram[a][diagonal(j)] = l2;
            }
            changed[a] = true;
        }
        commit();
    }

    int arms() {
        return model.length;
    }

    int dimension() {
        return dimension;
    }

    double l2() {
        return l2;
    }

    /** Checks a context passed to select (cheap: one comparison). */
    void checkContext(double[] context) {
        if (context.length != dimension) {
            throw new IllegalArgumentException(
                    "context length must be " + dimension + ", but was " + context.length);
        }
    }

    void record(int arm, double[] context, double reward) {
        Arguments.arm(arm, model.length);
        checkContext(context);
        Arguments.finite("reward", reward);
        for (int i = 0; i < dimension; i++) {
            if (!Double.isFinite(context[i])) {
                throw new IllegalArgumentException(
                        "context[" + i + "] must be a finite number, but was " + context[i]);
            }
        }
        int d = dimension;
        double[] g = gram[arm];
        double[] m = moment[arm];
        for (int i = 0; i < d; i++) {
            double xi = context[i];
            if (xi == 0) {
                continue; // one-hot features are mostly 0
            }
            int row = i * (i + 1) / 2;
            for (int k = 0; k <= i; k++) {
                g[row + k] += xi * context[k];
            }
            m[i] += reward * xi;
        }
        System.arraycopy(context, 0, probe[arm], 0, d);
        changed[arm] = true;
    }

    void commit() {
        for (int a = 0; a < model.length; a++) {
            if (changed[a]) {
                refit(a);
                changed[a] = false;
            }
        }
    }

    /** Committed {@code theta . x}. */
    double mean(int arm, double[] x) {
        double[] t = model[arm];
        int at = thetaAt;
        double s = 0;
        for (int i = 0; i < dimension; i++) {
            s += t[at + i] * x[i];
        }
        return s;
    }

    /** Whether {@link #varianceBound} is worth computing for {@code arm} before the variance. */
    boolean prunable(int arm) {
        return prunable[arm];
    }

    /**
     * An upper bound on the floating-point {@link #variance} for {@code x}, in d multiply-adds
     * (see the class comment); tight when A^-1 is near diagonal.
     */
    double varianceBound(int arm, double[] x) {
        double[] c = model[arm];
        int at = boundAt;
        double s = 0;
        for (int i = 0; i < dimension; i++) {
            double xi = x[i];
            s += c[at + i] * (xi * xi);
        }
        return s;
    }

    /** Committed {@code x^T A^-1 x = |L^-1 x|^2}, the ridge variance of theta . x per unit noise. */
    double variance(int arm, double[] x) {
        double[] inv = model[arm];
        double s = 0;
        int p = 0;
        for (int j = 0; j < dimension; j++) {
            double w = 0;
            for (int i = 0; i <= j; i++) {
                w += inv[p++] * x[i];
            }
            s += w * w;
        }
        return s;
    }

    double[] theta(int arm) {
        Arguments.arm(arm, model.length);
        return java.util.Arrays.copyOfRange(model[arm], thetaAt, thetaAt + dimension);
    }

    private void refit(int arm) {
        factorise(gram[arm]);
        int d = dimension;
        double[] b = moment[arm];
        // L y = b
        for (int i = 0; i < d; i++) {
            double s = b[i];
            int row = i * d;
            for (int k = 0; k < i; k++) {
                s -= factor[row + k] * work[k];
            }
            work[i] = s / factor[row + i];
        }
        // L^T theta = y
        double[] t = model[arm];
        int at = thetaAt;
        for (int i = d - 1; i >= 0; i--) {
            double s = work[i];
            for (int k = i + 1; k < d; k++) {
                s -= factor[k * d + i] * t[at + k];
            }
            t[at + i] = s / factor[i * d + i];
        }
        invertFactor(t);
        bound(t);
        // Correlated or collinear features (an intercept plus a full one-hot) can make the bound
        // loose by orders of magnitude, and then it would cost d multiply-adds an arm for nothing.
        // A loose bound only costs speed, never a changed choice, so one probe context suffices.
        double exact = variance(arm, probe[arm]);
        prunable[arm] = exact == 0 || varianceBound(arm, probe[arm]) <= LOOSEST_BOUND * exact;
    }

    /** The c of {@link #varianceBound} from the packed {@code L^-1} at the start of {@code m}. */
    private void bound(double[] m) {
        int d = dimension;
        // M = L^-T L^-1 and N = |L^-1|^T |L^-1|: (i, j) sums over rows k >= max(i, j) of L^-1
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double signed = 0;
                double magnitude = 0;
                for (int k = i; k < d; k++) {
                    double product = m[diagonal(k) - k + i] * m[diagonal(k) - k + j];
                    signed += product;
                    magnitude += Math.abs(product);
                }
                inverse[i * d + j] = inverse[j * d + i] = signed;
                absolute[i * d + j] = absolute[j * d + i] = magnitude;
            }
        }
        for (int i = 0; i < d; i++) {
            double wi = Math.sqrt(inverse[i * d + i]);
            double c = 0;
            double rounding = 0;
            for (int j = 0; j < d; j++) {
                double ratio = Math.sqrt(inverse[j * d + j]) / wi;
                c += Math.abs(inverse[i * d + j]) * ratio;
                rounding += absolute[i * d + j] * ratio;
            }
            // 1e-9 covers the bound's own rounding, 1e-12 |.| the variance's (d eps < 1e-12 to d ~ 9000)
            m[boundAt + i] = c * (1 + 1e-9) + rounding * 1e-12;
        }
    }

    /** Index of the packed lower triangle's (j, j). */
    private static int diagonal(int j) {
        return j * (j + 1) / 2 + j;
    }

    /**
     * Cholesky of the packed lower triangle {@code a} into {@link #factor} (full d x d). A = l2 I + X^T X is
     * positive definite in exact arithmetic; should rounding make a pivot non-positive (l2 tiny
     * against large sums), retry with a growing diagonal jitter, which is a slightly larger l2.
     */
    private void factorise(double[] a) {
        int d = dimension;
        double maxDiagonal = 0;
        for (int j = 0; j < d; j++) {
            maxDiagonal = Math.max(maxDiagonal, a[diagonal(j)]);
        }
        double jitter = 0;
        while (!cholesky(a, jitter)) {
            jitter = jitter == 0 ? FIRST_JITTER * maxDiagonal : jitter * 10;
            if (jitter > LAST_JITTER * maxDiagonal) {
                throw new IllegalStateException("ridge matrix is not positive definite (non-finite contexts?)");
            }
        }
    }

    private boolean cholesky(double[] a, double jitter) {
        int d = dimension;
        double[] l = factor;
        for (int j = 0; j < d; j++) {
            int rowJ = j * d;
            double s = a[diagonal(j)] + jitter;
            for (int k = 0; k < j; k++) {
                s -= l[rowJ + k] * l[rowJ + k];
            }
            if (!(s > 0) || Double.isInfinite(s)) {
                return false;
            }
            double pivot = Math.sqrt(s);
            l[rowJ + j] = pivot;
            for (int i = j + 1; i < d; i++) {
                int rowI = i * d;
                double t = a[i * (i + 1) / 2 + j];
                for (int k = 0; k < j; k++) {
                    t -= l[rowI + k] * l[rowJ + k];
                }
                l[rowI + j] = t / pivot;
            }
        }
        return true;
    }

    /** {@code L^-1} (lower triangular) packed by rows, column by column by forward substitution. */
    private void invertFactor(double[] packed) {
        int d = dimension;
        double[] l = factor;
        for (int c = 0; c < d; c++) {
            // column c of L^-1: entries i >= c, solving L w = e_c
            for (int i = c; i < d; i++) {
                int rowI = i * d;
                double s = i == c ? 1 : 0;
                for (int k = c; k < i; k++) {
                    s -= l[rowI + k] * packed[k * (k + 1) / 2 + c];
                }
                packed[i * (i + 1) / 2 + c] = s / l[rowI + i];
            }
        }
    }
}
