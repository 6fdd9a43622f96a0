package io.campaignsim.strategy.rl;

import java.util.Arrays;

/**
 * A linear action-value function: one weight vector per action, Q(s, a) = w_a . phi(s), or, with
 * a baseline action b, Q(s, b) = w_b . phi(s) and Q(s, a) = (w_b + w_a) . phi(s) for the others:
 * w_a is then a's advantage over the baseline, and where the data say nothing about a (a direction
 * of phi its transitions never varied) its value is the baseline's, not 0. The RL strategies use
 * "no contact" as the baseline: no evidence of an advantage means no advantage. Features
 * are read from the byte-quantised rows of {@link Transitions} ({@code b / 255}) or from a
 * {@code double[]}; an action may be excluded from a maximum by a bit mask of the actions allowed
 * in that state (an unsubscribed channel cannot be used).
 *
 * @implNote Not thread-safe for writes; reads are safe while nobody writes (the engine's shards
 *     read it during the day, learners write it between days).
 */
public final class LinearQ {

    /** Value of quantised byte b: b / 255, so 0 and 1 are exact. */
    static final double[] LEVEL = new double[256];

    static {
        for (int b = 0; b < 256; b++) {
            LEVEL[b] = b / 255.0;
        }
    }

    private final int actions;
    private final int dimension;
    private final int baseline;
    /** Action-major: w[a * dimension + j]. */
    final double[] w;
    /** Per action d x d weight covariance, or null (see {@link #setCovariance}). */
    private double[] cov;

    /** Independent weights per action (no baseline). */
    public LinearQ(int actions, int dimension) {
        this(actions, dimension, -1);
    }

    /** With {@code baseline} in [0, actions) the other actions' weights are advantages over it; -1: none. */
    public LinearQ(int actions, int dimension, int baseline) {
        if (baseline < -1 || baseline >= actions) {
            throw new IllegalArgumentException("baseline must be -1 or an action, but was " + baseline);
        }
        if (actions < 1 || actions > 63) {
            throw new IllegalArgumentException("actions must be in 1..63, but was " + actions);
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, but was " + dimension);
        }
        this.actions = actions;
        this.dimension = dimension;
        this.baseline = baseline;
        this.w = new double[actions * dimension];
    }

    /** The baseline action, or -1. */
    public int baseline() {
        return baseline;
    }

    /** Whether Q(., a) adds the baseline's weights (a is not the baseline and there is one). */
    boolean addsBaseline(int a) {
        return baseline >= 0 && a != baseline;
    }

    public int actions() {
        return actions;
    }

    public int dimension() {
        return dimension;
    }

    /** All actions allowed. */
    public long allActions() {
        return actions == 63 ? Long.MAX_VALUE : (1L << actions) - 1;
    }

    /** Q(phi, a) with phi given as doubles. */
    public double value(double[] phi, int a) {
        double s = 0;
        int base = a * dimension;
        for (int j = 0; j < dimension; j++) {
            s += w[base + j] * phi[j];
        }
        return addsBaseline(a) ? s + value(phi, baseline) : s;
    }

    /** Q(phi, a) with phi the quantised row starting at {@code offset} of {@code rows}. */
    public double value(byte[] rows, int offset, int a) {
        double s = own(rows, offset, a);
        return addsBaseline(a) ? s + own(rows, offset, baseline) : s;
    }

    /** w_a . phi alone (without the baseline). */
    private double own(byte[] rows, int offset, int a) {
        double s = 0;
        int base = a * dimension;
        for (int j = 0; j < dimension; j++) {
            s += w[base + j] * LEVEL[rows[offset + j] & 0xFF];
        }
        return s;
    }

    /** max over allowed actions of Q(phi, a); 0 when none is allowed (a terminal state). */
    public double max(byte[] rows, int offset, long allowed) {
        double shared = baseline >= 0 ? own(rows, offset, baseline) : 0.0;
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < actions; a++) {
            if ((allowed & (1L << a)) != 0) {
                double v = a == baseline ? shared : own(rows, offset, a) + shared;
                best = Math.max(best, v);
            }
        }
        return best == Double.NEGATIVE_INFINITY ? 0.0 : best;
    }

    /**
     * Sets the covariance of action a's weights (d x d, row-major): sigma_a^2 (X_a'X_a + l2 I)^-1
     * of its last ridge fit, which {@link #stdError} turns into the standard error of w_a . phi:
     * of Q(s, a), or with a baseline of a's advantage over it.
     */
    public void setCovariance(int a, double[] covariance) {
        if (cov == null) {
            cov = new double[actions * dimension * dimension];
        }
        System.arraycopy(covariance, 0, cov, a * dimension * dimension, dimension * dimension);
    }

    /**
     * A covariance for weights nothing is known about: 1e300 on the diagonal, so that any lower
     * confidence bound is hugely negative and the action is taken only when exploring.
     */
    public static double[] unknown(int dimension) {
        double[] c = new double[dimension * dimension];
        for (int j = 0; j < dimension; j++) {
            c[j * dimension + j] = 1e300;
        }
        return c;
    }

    /** Whether {@link #setCovariance} was called. */
    public boolean hasCovariance() {
        return cov != null;
    }

    /** Standard error of Q(phi, a) (phi the quantised row at {@code offset}), 0 without a covariance. */
    public double stdError(byte[] rows, int offset, int a) {
        if (cov == null) {
            return 0.0;
        }
        int base = a * dimension * dimension;
        double v = 0;
        for (int i = 0; i < dimension; i++) {
            double xi = LEVEL[rows[offset + i] & 0xFF];
            if (xi == 0) {
                continue;
            }
            double row = 0;
            int r = base + i * dimension;
            for (int j = 0; j < dimension; j++) {
                row += cov[r + j] * LEVEL[rows[offset + j] & 0xFF];
            }
            v += xi * row;
        }
        return v > 0 ? Math.sqrt(v) : 0.0;
    }

    /**
     * Decodes a quantised row into {@code x} and lists its non-zero features in {@code nz} (most
     * features are indicators, mostly 0), returning how many there are; {@link #value(double[],
     * int[], int, int)} and {@link #stdError(double[], int[], int, int)} then cost nnz and nnz^2.
     */
    public int decode(byte[] rows, int offset, double[] x, int[] nz) {
        int nnz = 0;
        for (int j = 0; j < dimension; j++) {
            double v = LEVEL[rows[offset + j] & 0xFF];
            x[j] = v;
            if (v != 0) {
                nz[nnz++] = j;
            }
        }
        return nnz;
    }

    /** max over allowed actions of Q(x, a) for a decoded row; 0 when none is allowed. */
    public double max(double[] x, int[] nz, int nnz, long allowed) {
        double shared = baseline >= 0 ? own(x, nz, nnz, baseline) : 0.0;
        double best = Double.NEGATIVE_INFINITY;
        for (long m = allowed; m != 0; m &= m - 1) {
            int a = Long.numberOfTrailingZeros(m);
            if (a >= actions) {
                break;
            }
            double v = a == baseline ? shared : own(x, nz, nnz, a) + shared;
            best = Math.max(best, v);
        }
        return best == Double.NEGATIVE_INFINITY ? 0.0 : best;
    }

    /** Q(x, a) for a decoded row. */
    public double value(double[] x, int[] nz, int nnz, int a) {
        double s = own(x, nz, nnz, a);
        return addsBaseline(a) ? s + own(x, nz, nnz, baseline) : s;
    }

    /** w_a . x alone: with a baseline, a's advantage over it (Q(x, a) minus the baseline's value). */
    public double own(double[] x, int[] nz, int nnz, int a) {
        double s = 0;
        int base = a * dimension;
        for (int k = 0; k < nnz; k++) {
            int j = nz[k];
            s += w[base + j] * x[j];
        }
        return s;
    }

    /** Standard error of Q(x, a) for a decoded row, 0 without a covariance. */
    public double stdError(double[] x, int[] nz, int nnz, int a) {
        if (cov == null) {
            return 0.0;
        }
        int base = a * dimension * dimension;
        double v = 0;
        for (int p = 0; p < nnz; p++) {
            int i = nz[p];
            int r = base + i * dimension;
            double row = 0;
            for (int k = 0; k < nnz; k++) {
                int j = nz[k];
                row += cov[r + j] * x[j];
            }
            v += x[i] * row;
        }
        return v > 0 ? Math.sqrt(v) : 0.0;
    }

    /** The weight of feature j for action a. */
    public double weight(int a, int j) {
        return w[a * dimension + j];
    }

    /** Copies another function's weights into this one (same shape). */
    public void copyFrom(LinearQ other) {
        if (other.actions != actions || other.dimension != dimension) {
            throw new IllegalArgumentException("shape differs");
        }
        System.arraycopy(other.w, 0, w, 0, w.length);
    }

    /** Sets every weight to zero. */
    public void clear() {
        Arrays.fill(w, 0.0);
    }
}
