package io.campaignsim.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for a task run on a pool as if it had run on the caller's thread: the task's own unchecked
 * exception or error comes out as is (so a user-input error keeps its one-line message and an
 * {@code OutOfMemoryError} stays one), an interruption as {@link InterruptedException}, and only a
 * checked exception is wrapped.
 */
public final class Futures {

    private Futures() {}

    /** The task's result, or what it threw (see the class comment). */
    public static <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof InterruptedException ie) {
                throw ie;
            }
            throw new IllegalStateException(cause);
        }
    }
}
