package io.campaignsim.strategy.rl;

/**
 * The learning core of {@code q_learning}: one-step Q-learning with linear function
 * approximation (semi-gradient TD(0) towards the greedy target, Sutton and Barto 2018, eq. 10.2
 * with the max of eq. 6.8):
 *
 * <pre>
 *   delta = r + discount * max_a' Q(s', a') - Q(s, a)
 *   w_a  += step * delta * phi(s) / |phi(s)|^2
 * </pre>
 *
 * The step is normalised by the squared feature norm (normalised LMS), so that {@code step} is
 * the fraction of the TD error corrected at s itself, independent of the scale and number of
 * features: it is stable for any step in (0, 2) and with one-hot (tabular) features it is the
 * textbook tabular update.
 */
public final class QLearning {

    private QLearning() {}

    /**
     * Applies the update for transition {@code k} of {@code t} to {@code q}.
     *
     * @return the TD error before the update
     */
    public static double update(LinearQ q, Transitions t, int k, double step) {
        int d = q.dimension();
        return update(q, t, k, step, new double[d], new int[d], new double[d], new int[d]);
    }

    /**
     * As {@link #update(LinearQ, Transitions, int, double)}, with caller-owned scratch rows (of the
     * function's dimension): the states are decoded once and every product runs over their
     * non-zero features only.
     */
    public static double update(LinearQ q, Transitions t, int k, double step, double[] x, int[] nz, double[] xn,
            int[] nzn) {
        int off = t.offset(k);
        int a = t.action(k);
        int nnz = q.decode(t.states(), off, x, nz);
        int nnzNext = q.decode(t.nextStates(), off, xn, nzn);
        double target = t.reward(k) + t.discount(k) * q.max(xn, nzn, nnzNext, t.nextAllowed(k));
        double delta = target - q.value(x, nz, nnz, a);
        double norm = 0;
        for (int p = 0; p < nnz; p++) {
            norm += x[nz[p]] * x[nz[p]];
        }
        if (norm == 0) {
            return delta;
        }
        double g = step * delta / norm;
        int base = a * q.dimension();
        for (int p = 0; p < nnz; p++) {
            int j = nz[p];
            q.w[base + j] += g * x[j];
        }
        return delta;
    }

    /** The byte-decoding form, kept as the reference the fast form is tested against. */
    static double updateReference(LinearQ q, Transitions t, int k, double step) {
        byte[] s = t.states();
        int off = t.offset(k);
        int a = t.action(k);
        double target = t.reward(k) + t.discount(k) * q.max(t.nextStates(), off, t.nextAllowed(k));
        double delta = target - q.value(s, off, a);
        int d = q.dimension();
        double norm = 0;
        for (int j = 0; j < d; j++) {
            double x = LinearQ.LEVEL[s[off + j] & 0xFF];
            norm += x * x;
        }
        if (norm == 0) {
            return delta;
        }
        double g = step * delta / norm;
        int base = a * d;
        for (int j = 0; j < d; j++) {
            q.w[base + j] += g * LinearQ.LEVEL[s[off + j] & 0xFF];
        }
        return delta;
    }
}
