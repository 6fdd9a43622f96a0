package io.campaignsim.world;

/**
 * The residual-value model of customer lifetime value (docs/model.md, "Customer lifetime value"):
 * a customer still active at the horizon keeps buying at the last day's rate {@code p} and churns
 * with the last day's hazard {@code h} on each later day, and margin earned {@code k} days after the
 * horizon is worth {@code delta^k} of margin today. The residual value is then
 * {@code p * basket * margin_rate * days(h, delta, D)} over a window of {@code D} days.
 */
public final class ResidualValue {

    private ResidualValue() {}

    /**
     * Discounted expected days alive in the {@code window} days after the horizon:
     * {@code sum_{k=1..D} (delta (1 - h))^k}.
     *
     * @param h daily churn hazard in [0, 1]
     * @param delta daily discount factor in (0, 1]
     * @param window D, days counted after the horizon
     */
    public static double days(double h, double delta, int window) {
        if (delta == 1.0) {
            // The undiscounted form, kept exactly as before discounting existed (byte-identical CLV).
            double survival = 1 - h;
            return h == 0 ? window : survival * (1 - Math.pow(survival, window)) / h;
        }
        double q = delta * (1 - h);
        return q == 1.0 ? window : q * (1 - Math.pow(q, window)) / (1 - q);
    }
}
