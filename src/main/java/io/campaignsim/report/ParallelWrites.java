package io.campaignsim.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent file writes (each one file of a staging folder, none reading another's output) on up
 * to a given number of threads: a report's charts render and encode side by side instead of one after
 * the other. Each write produces the same bytes whichever thread runs it, so the folder is the same as
 * written serially.
 *
 * <p>Failure is as the serial loop's: the exception reported is that of the first write, in list order,
 * that failed; writes not yet started when one fails are skipped. Every started write has finished
 * before {@link #run} returns or throws, so the caller can discard the staging folder at once.
 */
public final class ParallelWrites {

    /** One file write. */
    @FunctionalInterface
    public interface Write<T> {
        T call() throws IOException;
    }

    private ParallelWrites() {}

    /**
     * Runs {@code writes} on up to {@code threads} threads (in order on the calling thread when 1) and
     * returns their results in list order.
     *
     * @throws InterruptedIOException when the calling thread is interrupted while waiting (the writes
     *     running then are interrupted and waited for)
     */
    public static <T> List<T> run(int threads, List<? extends Write<T>> writes) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
        }
        List<T> results = new ArrayList<>(writes.size());
        int workers = Math.min(threads, writes.size());
        if (workers <= 1) {
            for (Write<T> w : writes) {
                results.add(w.call());
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "campaignsim-report");
            t.setDaemon(true);
            return t;
        });
        List<Future<T>> futures = new ArrayList<>(writes.size());
        try {
            for (Write<T> w : writes) {
                futures.add(pool.submit(() -> {
                    try {
                        return w.call();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            boolean failed = false;
            for (Future<T> f : futures) {
                if (failed) {
                    f.cancel(false); // not started yet: skipped, as the serial loop would skip it
                    continue;
                }
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failed = true;
                }
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            awaitAll(pool);
            Thread.currentThread().interrupt();
            InterruptedIOException stop = new InterruptedIOException("interrupted while writing the report");
            stop.initCause(e);
            throw stop;
        } finally {
            pool.shutdown();
        }
        awaitAll(pool);
        for (Future<T> f : futures) {
            results.add(resultOf(f));
        }
        return results;
    }

    /** The write's result, or the exception of the first failed write in list order. */
    private static <T> T resultOf(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (CancellationException e) {
            throw new IllegalStateException("a write was skipped although no earlier write failed", e);
        } catch (InterruptedException e) {
            throw new IllegalStateException("a finished write cannot be interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Waits, uninterruptibly, until every write the pool started has ended. */
    private static void awaitAll(ExecutorService pool) {
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
