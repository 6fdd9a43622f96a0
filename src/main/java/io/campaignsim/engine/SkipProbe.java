package io.campaignsim.engine;

/**
 * Chooses, for one shard of the daily engine, whether to skip customers with nothing due, by timing
 * both: in each probe window it alternates days that ask everyone with days that skip, then keeps
 * the mode with the lower CPU time per customer-day until the next window. Only speed depends on
 * the choice: every mode gives the same bytes ({@link QuietSkipping}), so the timing noise of a
 * shared machine can make a run slower, never different. Days that ask everyone keep the wake days
 * valid cheaply ("tomorrow" for a customer who was due or called back), so switching costs nothing.
 *
 * <p>Schedule (day {@code d} of the run): skipping until the first window; a window starts on day
 * {@link #START} (past the first days' compilation, which would burden one mode) and every
 * {@link #PERIOD} days after, and runs {@link #ROUNDS} rounds of (ask everyone, skip).
 */
final class SkipProbe {

    static final int START = 3;
    static final int PERIOD = 56;
    static final int ROUNDS = 3;
    private static final int WINDOW = 2 * ROUNDS;

    /** This thread's CPU time where the JVM measures it (robust to a loaded machine), else the wall clock. */
    private final java.util.function.LongSupplier clock;
    private boolean skipChosen = true;
    private long skipNanos;
    private long skipDays;
    private long askNanos;
    private long askDays;
    private long started;

    SkipProbe() {
        this(threadClock());
    }

    /** With a given clock (nanoseconds), for tests. */
    SkipProbe(java.util.function.LongSupplier clock) {
        this.clock = clock;
    }

    private static java.util.function.LongSupplier threadClock() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx::getCurrentThreadCpuTime : System::nanoTime;
    }

    /** Whether day {@code day} skips. */
    boolean skips(int day) {
        int phase = phase(day);
        return phase < 0 ? skipChosen : phase % 2 == 1;
    }

    /** The day's position in its probe window, or -1 outside one. */
    private static int phase(int day) {
        if (day < START) {
            return -1;
        }
        int p = (day - START) % PERIOD;
        return p < WINDOW ? p : -1;
    }

    void startDay(int day) {
        if (phase(day) >= 0) {
            started = clock.getAsLong();
        }
    }

    /** Ends the day of {@code customerDays} customers alive in either world; after a window's last day, chooses. */
    void endDay(int day, long customerDays) {
        int phase = phase(day);
        if (phase < 0) {
            return;
        }
        long spent = clock.getAsLong() - started;
        if (skips(day)) {
            skipNanos += spent;
            skipDays += customerDays;
        } else {
            askNanos += spent;
            askDays += customerDays;
        }
        if (phase == WINDOW - 1) {
            // Per customer-day, as populations thin out with churn; ties keep skipping (fewer proposes).
            skipChosen = skipDays == 0 || askDays == 0
                    || (double) skipNanos / skipDays <= (double) askNanos / askDays;
            skipNanos = skipDays = askNanos = askDays = 0;
        }
    }
}
