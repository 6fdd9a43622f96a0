package io.campaignsim.app;

import java.io.Serializable;
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

    /** Takes each task's result as soon as it is back, on the thread that called {@link #runEach}. */
    @FunctionalInterface
    interface ResultSink {
        void accept(int task, CompareJob.Simulated result) throws java.io.IOException, InterruptedException;
    }

    /**
     * Runs every task as one batch (on a cluster: one job) and hands each result to {@code sink} on
     * the calling thread as soon as it is back, in whatever order the tasks finish; results
     * are the same as {@link #run}'s. By default: {@link #run}, then the results in task order.
     *
     * @throws java.io.IOException when the sink fails (the batch is cancelled)
     */
    default void runEach(List<ReplicationTask> tasks, ReplicationWork work, int threads,
            CompareJob.ProgressListener progress, ResultSink sink) throws InterruptedException, java.io.IOException {
        List<CompareJob.Simulated> all = run(tasks, work, threads, progress);
        for (int i = 0; i < all.size(); i++) {
            sink.accept(i, all.get(i));
        }
    }

    /**
     * Work a node runs from nothing but the shared part and its own input (shipped to the cluster,
     * so serializable).
     */
    @FunctionalInterface
    interface Task<S, T, R> extends Serializable {
        R run(S shared, T input) throws InterruptedException;
    }

    /** Merges two results into one; associative and commutative. */
    @FunctionalInterface
    interface Merge<R> extends Serializable {
        R merge(R into, R other);
    }

    /**
     * Runs {@code work} on {@code shared} and every input, one task each, and folds the results with
     * {@code merge}. {@code shared} (e.g. the scenario) travels to each node once, not once per task,
     * so that the inputs can be small (e.g. a customer range's bounds). The merge must be associative
     * and commutative (e.g. exact sums): an engine may merge the results in whatever order its tasks
     * finish, keeping only the running result, so the memory of the process that called it does not
     * grow with the number of tasks.
     *
     * @param threads worker threads on this machine (the local engine's parallelism)
     * @param progress told after each finished task, with the tasks done and the total
     */
    <S extends Serializable, T extends Serializable, R extends Serializable> R fold(S shared, List<T> inputs,
            Task<S, T, R> work, Merge<R> merge, int threads, CompareJob.ProgressListener progress)
            throws InterruptedException;

    /** Releases the engine's resources (a cluster session); the local engine holds none. */
    @Override
    void close();
}
