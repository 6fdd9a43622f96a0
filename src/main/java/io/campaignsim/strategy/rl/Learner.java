package io.campaignsim.strategy.rl;

/** How an {@link RlStrategy} turns observed transitions into its action values. */
interface Learner {

    /** The action values the strategy acts on (read during the day, changed only between days). */
    LinearQ q();

    /** The transitions completed today, in shard order (called between days). */
    void observe(Transitions completed);

    /** After all of {@code day}'s transitions. */
    default void endOfDay(int day) {}

    /** Transitions learned from so far. */
    long transitions();
}
