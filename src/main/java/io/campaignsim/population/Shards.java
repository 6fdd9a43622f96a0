package io.campaignsim.population;

import io.campaignsim.core.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Fixed-size customer shards, the unit of deterministic parallel work: shard {@code k} covers
 * customers {@code [k * SIZE, min(n, (k + 1) * SIZE))} and draws from its own random stream, so
 * the result does not depend on how many threads run the shards or in which order.
 */
final class Shards {

    /** Customers per shard; fixed (not derived from the thread count) so that results are reproducible. */
    static final int SIZE = 65_536;

    private Shards() {}

    static int count(int customers) {
        return (customers + SIZE - 1) / SIZE;
    }

    static int from(int shard) {
        return shard * SIZE;
    }

    static int to(int shard, int customers) {
        return (int) Math.min(customers, (long) shard * SIZE + SIZE);
    }

    /**
     * Runs {@code task} once for every shard index on up to {@code threads} threads and returns
     * when all are done; writes made by the tasks are visible to the caller afterwards.
     */
    static void run(int customers, int threads, IntConsumer task) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
        }
        int shards = count(customers);
        int workers = Math.min(threads, shards);
        if (workers <= 1) {
            for (int k = 0; k < shards; k++) {
                task.accept(k);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "campaignsim-population");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(shards);
            for (int k = 0; k < shards; k++) {
                int shard = k;
                futures.add(pool.submit(() -> task.accept(shard)));
            }
            for (Future<?> f : futures) {
                Futures.await(f);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
