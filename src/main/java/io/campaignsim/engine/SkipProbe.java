package io.campaignsim.engine;

/**
 * Chooses, for one shard of the daily engine, whether to skip customers with nothing due, by timing
 * both: in each probe window it alternates "ask everyone" days with pairs of skipping days (the
 * first of a pair asks everyone again to rebuild the wake days and is not timed), then keeps the
 * mode with the lower CPU time per customer-day until the next window. Only speed depends on the
 * choice: every mode gives the same bytes ({@link QuietSkipping}), so the timing noise of a shared
 * machine can make a run slower, never different.
 *
 * <p>Schedule (day {@code d} of the run): day 0 skips (every wake day is 0, so everyone is asked);
 * a window starts on day 1 and every {@link #PERIOD} days after, and runs {@link #ROUNDS} rounds of
 * (ask everyone, skip and rebuild, skip and time). A run shorter than a window just probes.
 */
final class SkipProbe {

    static final int PERIOD = 56;
    static final int ROUNDS = 3;
    private static final int WINDOW = 3 * ROUNDS;

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
        if (phase < 0) {
            return skipChosen;
        }
        return phase % 3 != 0;
    }

    /** Whether day {@code day} is timed: the asking days and the second skipping day of each round. */
    private boolean timed(int day) {
        int phase = phase(day);
        return phase >= 0 && phase % 3 != 1;
    }

    /** The day's position in its probe window, or -1 outside one. */
    private static int phase(int day) {
        if (day < 1) {
            return -1;
        }
        int p = (day - 1) % PERIOD;
        return p < WINDOW ? p : -1;
    }

    void startDay(int day) {
        if (timed(day)) {
            started = now();
        }
    }

    /** Ends the day of {@code customerDays} customers alive in either world; after a window's last day, chooses. */
    void endDay(int day, long customerDays) {
        if (!timed(day)) {
            return;
        }
        long spent = now() - started;
        if (skips(day)) {
            skipNanos += spent;
            skipDays += customerDays;
        } else {
            askNanos += spent;
            askDays += customerDays;
        }
        if (phase(day) == WINDOW - 1) {
            // Per customer-day, as populations thin out with churn; ties keep skipping (fewer proposes).
            skipChosen = skipDays == 0 || askDays == 0
                    || (double) skipNanos / skipDays <= (double) askNanos / askDays;
            skipNanos = skipDays = askNanos = askDays = 0;
        }
    }

    private long now() {
        return clock.getAsLong();
    }
}
