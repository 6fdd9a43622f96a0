package io.campaignsim.strategy.bandit;

import io.campaignsim.random.Draws;

/**
 * A multi-armed bandit with batched learning, the way production systems update: decisions are
 * made against the state fixed at the last {@link #commit()}, outcomes are {@link #record
 * recorded} as they arrive, and {@code commit()} folds them in (once a simulated day).
 *
 * <p>Concurrency contract: {@link #select} only reads committed state and allocates nothing, so
 * any number of threads may call it at once, each with its own {@link Draws}. {@link #record}
 * and {@link #commit()} are single-threaded and must not overlap {@code select}; the caller's day
 * barrier (joining the day's tasks) provides the happens-before edges. A choice depends only on
 * the committed state and the draws, so results do not depend on the thread count.
 */
public interface Bandit {

    /** Number of arms (at least 1). */
    int arms();

    /** The chosen arm index, in {@code [0, arms())}. Reads committed state only; no allocation. */
    int select(Draws draws);

    /** Accumulates one outcome of {@code arm} into pending state (not seen by select yet). */
    void record(int arm, double reward);

    /** Folds the pending outcomes into the committed state. */
    void commit();

    /** Committed mean reward per arm (0 for an arm never pulled; see {@link #pulls()}); a copy. */
    double[] estimates();

    /** Committed pulls per arm; a copy. */
    long[] pulls();
}
