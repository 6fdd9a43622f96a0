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
