package io.campaignsim.app;

import java.io.Serializable;

/**
 * What a worker does with one {@link ReplicationTask}. It is {@link Serializable} so that a
 * cluster engine can ship it to its nodes; a work that captures local state (e.g. a test's
 * strategy decorator) is not, and runs on the local engine only.
 */
@FunctionalInterface
public interface ReplicationWork extends Serializable {

    /**
     * Runs {@code task}, using up to {@code threads} threads inside it, and calls {@code onRunDone}
     * after each strategy's run (progress; a cluster engine passes a no-op).
     */
    CompareJob.Simulated run(ReplicationTask task, int threads, Runnable onRunDone) throws InterruptedException;
}
