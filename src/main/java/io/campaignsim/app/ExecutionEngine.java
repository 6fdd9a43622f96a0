package io.campaignsim.app;

import java.util.List;

/**
 * Where the replications of {@code compare}, {@code check} and {@code sweep} run: on this JVM's
 * threads ({@link LocalEngine}) or on a cluster (the Spark engine, built with {@code -Pspark}; see
 * docs/distributed.md). Every engine returns the same results, in task order, for the same tasks:
 * a task's result depends only on the task.
 */
public interface ExecutionEngine extends AutoCloseable {

    /** The engine's name as {@code --engine} spells it. */
    String name();

    /**
     * Runs every task with {@code work} and returns the results in task order.
     *
     * @param threads worker threads on this machine (the local engine's parallelism)
     * @param progress told after each finished run (one per strategy of each task)
     */
    List<CompareJob.Simulated> run(List<ReplicationTask> tasks, ReplicationWork work, int threads,
            CompareJob.ProgressListener progress) throws InterruptedException;

    /** Releases the engine's resources (a cluster session); the local engine holds none. */
    @Override
    void close();
}
