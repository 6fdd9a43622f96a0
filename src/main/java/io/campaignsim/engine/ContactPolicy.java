package io.campaignsim.engine;

/**
 * Decides whom to contact, how and when. The engine calls {@link #propose} once per living
 * customer per day, from the thread of the shard that owns the customer; a policy keeps
 * per-customer state in arrays indexed by customer so that shards never share a slot, and
 * cross-customer learning happens in {@link #endOfDay}, which runs alone between days (batched
 * updates, as production systems do).
 *
 * <p>A policy sees only observed data: the {@link ObservedHistory} it was built with and the
 * outcomes the engine reports through the callbacks.
 */
public interface ContactPolicy {

    /** Writes today's proposed contacts for {@code customer} into {@code out}; must not allocate. */
    void propose(int customer, int day, ActionBuffer out);

    /**
     * The first day after {@code day} on which {@link #propose} could write an action for {@code customer} or change
     * the policy's own state for it, provided nothing is reported for the customer in between (no delivered contact,
     * open, purchase, unsubscribe or opt-out callback). The engine may then skip propose for this customer on the days
     * before it. It asks at the end of every customer-day on which propose ran or a callback reached the policy, after
     * all of that day's callbacks and the observed history's updates: the answer must follow from the policy's state
     * at that moment (not from the fact that propose ran today). Default day + 1: ask every day (always correct).
     * Integer.MAX_VALUE: never again unless a callback happens.
     */
    default int nextProposalDay(int customer, int day) {
        return day + 1;
    }

    /**
     * A delivered contact of proposal {@code source} was opened.
     *
     * @param uniform the customer's own draw for opting out of what sent it
     * @return true when the customer opted out (of a journey) because of it
     */
    default boolean onSeen(int customer, int day, int source, double uniform) {
        return false;
    }

    /** Proposal {@code source} was delivered on {@code channel} (it passed the guard rails); {@code opened}: seen. */
    default void onDelivered(int customer, int day, int source, int channel, boolean opened) {}

    /**
     * As {@link #onDelivered(int, int, int, int, boolean)}, with the hour the contact was sent at
     * (after the guard rails' quiet hours); the engine calls this one, which by default forwards.
     */
    default void onDelivered(int customer, int day, int source, int channel, int hour, boolean opened) {
        onDelivered(customer, day, source, channel, opened);
    }

    /**
     * The customer bought today.
     *
     * @param profit margin minus incentive of the purchase (contact costs are not included)
     */
    default void onPurchase(int customer, int day, double profit) {}

    /** The customer unsubscribed from a channel today. */
    default void onUnsubscribe(int customer, int day) {}

    /**
     * Customers {@code [from, to)} (one shard) have been simulated for {@code day}: every callback
     * for them has been made. Called on the shard's thread, concurrently with other shards, before
     * {@link #endOfDay}; a policy may prepare per-shard work here (learning from the shard's
     * outcomes in parallel) but must touch only state that belongs to these customers. Optional:
     * an engine may not call it, so {@link #endOfDay} must still do whatever was not prepared.
     */
    default void endOfShardDay(int from, int to, int day) {}

    /** Called once after every customer has been simulated for {@code day}. */
    default void endOfDay(int day) {}

    /**
     * Whether what the policy proposes for a customer depends only on that customer's own history
     * and outcomes (and the day), never on other customers': then a customer range can be simulated
     * on its own, over the whole horizon, with the same results as inside the whole population
     * ({@link SimulationEngine#runRange}). False by default (always safe): a policy that learns in
     * {@link #endOfDay} from every customer, such as a bandit, must keep it.
     */
    default boolean customerLocal() {
        return false;
    }

    /** A policy that never contacts anyone: the holdout. */
    /**
     * Names of the policy's touchpoints (rules and journey stages, e.g. {@code rule:win_back},
     * {@code journey:welcome/remind}) that {@link #touchpoint} maps proposals to; empty by default.
     */
    default java.util.List<String> touchpoints() {
        return java.util.List.of();
    }

    /** The touchpoint (index into {@link #touchpoints}) a proposal's {@code source} came from, or -1. */
    default int touchpoint(int source) {
        return -1;
    }

    /** Entries and exits of each touchpoint so far (a snapshot); {@link JourneyCounts#NONE} by default. */
    default JourneyCounts journeyCounts() {
        return JourneyCounts.NONE;
    }

    ContactPolicy NONE = new ContactPolicy() {
        @Override
        public void propose(int customer, int day, ActionBuffer out) {
            // never contacts anyone
        }

        @Override
        public int nextProposalDay(int customer, int day) {
            return Integer.MAX_VALUE; // nothing to ask, ever: the next-event engine skips these customers
        }
    };
}
