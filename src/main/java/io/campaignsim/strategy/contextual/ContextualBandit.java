package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;

/**
 * A contextual bandit with batched learning: {@link #select} decides from a context vector and
 * the state fixed at the last {@link #commit()}; {@link #record} accumulates outcomes, and
 * {@code commit()} folds them in (once a simulated day) and precomputes what select needs.
 *
 * <p>Concurrency contract: {@code select} only reads committed state and allocates nothing, so
 * any number of threads may call it at once, each with its own {@link Draws}. {@code record} and
 * {@code commit()} are single-threaded and must not overlap {@code select}; the caller's day
 * barrier provides the happens-before edges.
 */
public interface ContextualBandit {

    /** Number of arms (at least 1). */
    int arms();

    /** Length of every context vector (at least 1). */
    int dimension();

    /**
     * The chosen arm for {@code context} ({@code context.length == dimension()}, finite values).
     * Reads committed state only; no allocation.
     */
    int select(double[] context, Draws draws);

    /** Accumulates one outcome; {@code context} is read, not kept. */
    void record(int arm, double[] context, double reward);

    /**
     * Outcomes accumulated apart from the bandit, so that several threads can learn at once: each
     * fills its own {@code Outcomes} (which touches nothing of the bandit), and {@link #absorb}
     * then adds them to the bandit in a fixed order. The result is that of recording the same
     * outcomes one by one up to rounding (the sums are grouped by batch), and is the same to the
     * last bit for the same batches absorbed in the same order.
     */
    interface Outcomes {
        /** Accumulates one outcome, as {@link ContextualBandit#record}; {@code context} is read, not kept. */
        void record(int arm, double[] context, double reward);

        /** Forgets every outcome accumulated so far. */
        void clear();
    }

    /** An empty batch of outcomes for this bandit; safe to call from any thread. */
    Outcomes newOutcomes();

    /** Adds a batch's outcomes to the pending ones (as if recorded) and clears the batch; single-threaded, as record. */
    void absorb(Outcomes outcomes);

    /** Folds the pending outcomes into the committed state. */
    void commit();

    /** The committed coefficient vector of {@code arm}, for reports (a copy). */
    double[] coefficients(int arm);
}
