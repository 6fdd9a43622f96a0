package io.campaignsim.app;

import io.campaignsim.core.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on this JVM: up to {@code threads} tasks at once, each with its share of the threads
 * for its own engine shards.
 */
public final class LocalEngine implements ExecutionEngine {

    /** The {@code --engine} word of this engine. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CompareJob.Simulated> run(List<ReplicationTask> tasks, ReplicationWork work, int threads,
            CompareJob.ProgressListener progress) throws InterruptedException {
        if (tasks.isEmpty()) {
            return List.of();
        }
        int parallel = Math.max(1, Math.min(threads, tasks.size()));
        int engineThreads = Math.max(1, threads / parallel);
        int total = tasks.stream().mapToInt(ReplicationTask::runs).sum();
        AtomicInteger completed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "campaignsim-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CompareJob.Simulated>> futures = new ArrayList<>();
            for (ReplicationTask task : tasks) {
                futures.add(pool.submit(() -> {
                    return work.run(task, engineThreads, () -> progress.done(completed.incrementAndGet(), total));
                }));
            }
            List<CompareJob.Simulated> out = new ArrayList<>(tasks.size());
            for (Future<CompareJob.Simulated> f : futures) {
                out.add(Futures.await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public <S extends java.io.Serializable, T extends java.io.Serializable, R extends java.io.Serializable> R fold(
            S shared, List<T> inputs, Task<S, T, R> work, Merge<R> merge, int threads,
            CompareJob.ProgressListener progress) throws InterruptedException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to fold");
        }
        int parallel = Math.max(1, Math.min(threads, inputs.size()));
        AtomicInteger completed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "campaignsim-task");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> {
                    R r = work.run(shared, input);
                    progress.done(completed.incrementAndGet(), inputs.size());
                    return r;
                }));
            }
            R result = null;
            for (int i = 0; i < futures.size(); i++) {
                R one = Futures.await(futures.get(i));
                futures.set(i, null); // merged: let it go
                result = result == null ? one : merge.merge(result, one);
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        // nothing to release: the pool lives only during run
    }
}
