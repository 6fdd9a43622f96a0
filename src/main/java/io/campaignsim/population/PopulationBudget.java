package io.campaignsim.population;

import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.Scenario;
import java.util.Locale;

/**
 * Memory guard: estimates what a population of a given size will hold on the heap (population
 * arrays plus the simulator's per-customer state) and refuses, before anything is allocated,
 * sizes that cannot fit.
 */
public final class PopulationBudget {

    /**
     * Simulator state per customer, counted from engine.ObservedHistory and engine.HiddenState:
     * purchase history and its 8-day ring, contact day and packed week of sends, 30-day
     * open/click counts, unsubscribes, per-hour opens, twin state and churn bound (75 bytes), the
     * engine's next proposal day (engine.ShardSimulator, 4 bytes) plus journey state (3 bytes per
     * journey in policy.Journey, 2 journeys allowed for here), and per channel the last
     * send day, packed week of sends, three 30-day rates and fatigue (22 bytes). Keep in step
     * with those classes.
     */
    public static final long ENGINE_BYTES_PER_CUSTOMER = 75 + 4 + 2 * 3;
    public static final long ENGINE_BYTES_PER_CUSTOMER_CHANNEL = 22;
    /**
     * Learning state per customer of {@code send_time: learned}: the log-likelihoods of the 24
     * preferred hours in 10-bit lanes (four longs), and the drawn hour kept for the next decision (one
     * byte) (policy.SendTimeLearner, 33 bytes; PersonalisationFootprintTest keeps the two in step).
     */
    public static final long SEND_TIME_LEARNING_BYTES = 33;
    /**
     * Learning state per customer of {@code send_time.weekday: learned}: log-likelihoods of the 7
     * weekdays and the held day (policy.WeekdayLearner, 16 bytes); a fixed weekday keeps only the
     * held day and is counted the same, an upper bound.
     */
    public static final long WEEKDAY_LEARNING_BYTES = 16;
    /**
     * Learning state per customer of {@code channel_choice: learned}: sends and opens per channel,
     * one byte each (policy.ChannelLearner), plus the last contact's day, channel and flags (4 bytes).
     */
    public static final long CHANNEL_LEARNING_BYTES_PER_CHANNEL = 2;
    public static final long CHANNEL_LEARNING_BYTES = 4;
    /** Share of the available heap the estimate may use; the rest is for the JVM, reports and garbage. */
    public static final double HEADROOM = 0.75;

    private static final double MIB = 1024.0 * 1024.0;

    private PopulationBudget() {}

    /** Estimated bytes for {@code size} customers with {@code channels} channels and {@code categories} categories. */
    public static long estimateBytes(long size, int channels, int categories) {
        long perCustomer = ObservedPopulation.bytesPerCustomer() + GroundTruth.bytesPerCustomer(channels, categories)
                + ENGINE_BYTES_PER_CUSTOMER + ENGINE_BYTES_PER_CUSTOMER_CHANNEL * channels;
        return size * perCustomer;
    }

    /** Heap that can still be allocated in this JVM: the maximum minus what is in use now. */
    public static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * Checks the scenario's population size, with the micro review's state and its journey policy's
     * learning state (send_time or channel_choice learned), against the available heap.
     */
    public static void check(Scenario scenario) {
        long size = scenario.population().size();
        long learned = policyLearningBytes(scenario);
        check(size, scenario.channels().size(), scenario.catalog().categories().size(), availableHeap(),
                size * (microReviewBytesPerCustomer(scenario) + learned), "the micro review's per-customer state"
                        + (learned > 0 ? " and the send-time and channel learning state" : ""));
    }

    /** Per-customer learning state of the scenario's journey policy (send_time or channel_choice learned). */
    public static long policyLearningBytes(Scenario scenario) {
        long b = 0;
        if (scenario.policy().sendTime().learned()) {
            b += SEND_TIME_LEARNING_BYTES;
        }
        if (scenario.policy().sendTime().holdsForWeekday()) {
            b += WEEKDAY_LEARNING_BYTES;
        }
        if (scenario.policy().channelChoice().learned()) {
            b += CHANNEL_LEARNING_BYTES + CHANNEL_LEARNING_BYTES_PER_CHANNEL * scenario.channels().size();
        }
        return b;
    }

    /**
     * Per customer, what the micro review (engine.Attribution, breakdown.csv) keeps: profit in the
     * policy world and in the twin (16 bytes) and 16-bit contact counts per channel and per
     * touchpoint (each rule and journey stage, plus one for contacts without one). Kept in step with
     * that class by MicroReviewTest.
     */
    public static long microReviewBytesPerCustomer(Scenario scenario) {
        int touchpoints = scenario.policy().rules().size()
                + scenario.policy().journeys().stream().mapToInt(j -> j.stages().size()).sum();
        return 16L + 2L * (scenario.channels().size() + touchpoints + 1);
    }

    /**
     * Throws a {@link UserInputException} when {@code size} customers would take more than
     * {@link #HEADROOM} of {@code availableBytes}.
     */
    /** Whole GiB of -Xmx that leaves the headroom for {@code estimate} plus the JVM's own use. */
    static long suggestedHeapGiB(long estimate) {
        return (long) Math.ceil(estimate / HEADROOM / (1024.0 * MIB)) + 1;
    }

    public static void check(long size, int channels, int categories, long availableBytes) {
        check(size, channels, categories, availableBytes, 0, null);
    }

    /**
     * As {@link #check(long, int, int, long)}, with {@code extraBytes} more for what runs on the
     * population (the model-based strategies' training rows and feature matrices), named by
     * {@code extraWhat} in the message.
     */
    public static void check(long size, int channels, int categories, long availableBytes, long extraBytes,
            String extraWhat) {
        long population = estimateBytes(size, channels, categories);
        long estimate = population + extraBytes;
        if (estimate > HEADROOM * availableBytes) {
            String what = extraBytes <= 0 || extraWhat == null ? "a population of " + size + " customers"
                    : String.format(Locale.ROOT, "a population of %d customers (%.0f MiB) and %s (%.0f MiB)", size,
                            population / MIB, extraWhat, extraBytes / MIB);
            throw new UserInputException(String.format(Locale.ROOT,
                    "%s needs about %.0f MiB but only %.0f MiB of heap is available; "
                            + "use a smaller --size%s or give Java more heap, e.g. CAMPAIGNSIM_OPTS=-Xmx%dg",
                    what, estimate / MIB, availableBytes / MIB, extraWhat != null && extraWhat.contains("training rows")
                            ? ", fewer warm-up days or --threads 1" : "", suggestedHeapGiB(estimate)));
        }
    }
}
