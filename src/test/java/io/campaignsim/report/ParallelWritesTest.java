package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelWritesTest {

    @Test
    void resultsComeInListOrderWhateverFinishesFirst() throws IOException {
        CountDownLatch lastDone = new CountDownLatch(1);
        List<ParallelWrites.Write<String>> writes = List.of(
                () -> {
                    await(lastDone); // the first write ends only after the last one has
                    return "a";
                },
                () -> "b",
                () -> {
                    lastDone.countDown();
                    return "c";
                });
        assertEquals(List.of("a", "b", "c"), ParallelWrites.run(3, writes));
    }

    @Test
    void oneThreadRunsTheWritesInOrderOnTheCallingThread() throws IOException {
        Thread caller = Thread.currentThread();
        List<Integer> order = new ArrayList<>();
        List<ParallelWrites.Write<Integer>> writes = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int id = k;
            writes.add(() -> {
                assertSame(caller, Thread.currentThread());
                order.add(id);
                return id;
            });
        }
        assertEquals(List.of(0, 1, 2, 3), ParallelWrites.run(1, writes));
        assertEquals(List.of(0, 1, 2, 3), order);
    }

    @Test
    void theFirstFailureInListOrderIsReportedAndEveryStartedWriteHasEnded() {
        AtomicBoolean slowEnded = new AtomicBoolean();
        CountDownLatch secondFailed = new CountDownLatch(1);
        CountDownLatch slowStarted = new CountDownLatch(1);
        List<ParallelWrites.Write<String>> writes = List.of(
                () -> {
                    await(secondFailed);
                    await(slowStarted); // so that the slow write is running, not skipped, when this one fails
                    throw new IOException("first");
                },
                () -> {
                    secondFailed.countDown();
                    throw new IOException("second");
                },
                () -> {
                    slowStarted.countDown();
                    sleep(200);
                    slowEnded.set(true);
                    return "slow";
                });
        IOException e = assertThrows(IOException.class, () -> ParallelWrites.run(3, writes));
        assertEquals("first", e.getMessage(), "the serial loop would have failed on the first write");
        assertTrue(slowEnded.get(), "run returned while a write was still running in the staging folder");
    }

    @Test
    void writesNotStartedWhenOneFailsAreSkipped() {
        AtomicInteger ran = new AtomicInteger();
        List<ParallelWrites.Write<String>> writes = new ArrayList<>();
        writes.add(() -> {
            throw new IOException("disk full");
        });
        // both threads then stay busy for a second, long enough for the caller to see the failure
        writes.add(() -> {
            sleep(1000);
            return "x";
        });
        writes.add(() -> {
            sleep(1000);
            return "y";
        });
        for (int k = 0; k < 19; k++) {
            writes.add(() -> {
                ran.incrementAndGet();
                return "late";
            });
        }
        assertThrows(IOException.class, () -> ParallelWrites.run(2, writes));
        assertTrue(ran.get() < 19, "every write ran although the first failed at once: " + ran.get());
    }

    @Test
    void uncheckedFailuresPassThrough() {
        List<ParallelWrites.Write<String>> writes = List.of(() -> "ok", () -> {
            throw new IllegalArgumentException("bad chart");
        });
        assertEquals("bad chart", assertThrows(IllegalArgumentException.class,
                () -> ParallelWrites.run(2, writes)).getMessage());
    }

    @Test
    void anInterruptedCallerStopsTheWritesAndSaysSo() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        AtomicBoolean threw = new AtomicBoolean();
        List<ParallelWrites.Write<String>> writes = List.of(() -> "quick", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                ended.set(true);
                throw new java.io.InterruptedIOException("stopped");
            }
            return "never";
        });
        Thread caller = new Thread(() -> {
            try {
                ParallelWrites.run(2, writes);
            } catch (java.io.InterruptedIOException e) {
                threw.set(Thread.currentThread().isInterrupted());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        caller.start();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        caller.interrupt();
        caller.join(30_000);
        assertFalse(caller.isAlive());
        assertTrue(ended.get(), "the running write was not interrupted");
        assertTrue(threw.get(), "no InterruptedIOException with the interrupt flag kept");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
