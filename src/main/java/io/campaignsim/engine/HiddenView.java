package io.campaignsim.engine;

/**
 * A read-only view of the simulator's hidden per-customer state (channel fatigue and discount
 * habituation), for the oracle and for scoring predictions against the truth: it lets the far-sighted oracle plan
 * from the true state, as an upper bound must. No other strategy is ever handed one (SeparationTest).
 */
public interface HiddenView {

    /** Fatigue of {@code channel} on {@code day}, decayed since the customer's last send on it. */
    double fatigue(int customer, int channel, int day);

    /** Discount habituation on {@code day} (0 when the scenario has none). */
    double habituation(int customer, int day);

    /** Whether the customer has truly churned (for good; a CRM sees only that they stopped buying). */
    boolean churned(int customer);
}
