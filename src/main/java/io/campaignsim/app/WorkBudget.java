package io.campaignsim.app;

import io.campaignsim.core.UserInputException;
import java.util.Locale;

/**
 * Refuses, before any work starts, runs that would take absurdly long, with the estimate and
 * how to proceed. The estimate uses a deliberately conservative throughput (a fraction of what
 * `campaignsim bench` measures on a laptop core, see docs/performance.md), so a refused run
 * really is too long, and a run near the limit is allowed.
 */
public final class WorkBudget {

    /** Customer-days simulated per second per thread, conservatively (strategies with models are slower). */
    public static final double CUSTOMER_DAYS_PER_SECOND_PER_THREAD = 5e6;
    /** Longest run accepted without {@code --allow-long}. */
    public static final double MAX_HOURS = 6.0;

    private WorkBudget() {}

    /**
     * @param customerDays customers x days of one simulation
     * @param runs simulations (strategies x replications; 1 for simulate)
     * @param threads worker threads
     * @param allowLong the user accepted a long run
     */
    public static void check(double customerDays, int runs, int threads, boolean allowLong) {
        check(customerDays, runs, runs, threads, allowLong);
    }

    /**
     * As {@link #check(double, int, int, boolean)} for runs of different strategies: {@code costUnits}
     * is the sum over runs of each strategy's CPU per customer-day relative to the rules engine
     * (strategy.spec.StrategyFootprint#relativeCost; a next-best-action run counts about 10).
     */
    public static void check(double customerDays, int runs, double costUnits, int threads, boolean allowLong) {
        double seconds = customerDays * costUnits / (CUSTOMER_DAYS_PER_SECOND_PER_THREAD * Math.max(1, threads));
        if (!allowLong && seconds > MAX_HOURS * 3600) {
            String weighted = costUnits == runs ? "" : String.format(Locale.ROOT,
                    ", which cost as much as %.0f rules-engine runs (model-based strategies are slower)", costUnits);
            throw new UserInputException(String.format(Locale.ROOT,
                    "this run would take about %.0f hours (%.3g customer-days x %d runs%s, at about %.0e customer-days/s "
                            + "on %d threads); expected at most %.0f hours: shrink it with --size, --days or "
                            + "--replications, add --threads, or pass --allow-long to run it anyway",
                    seconds / 3600, customerDays, runs, weighted, CUSTOMER_DAYS_PER_SECOND_PER_THREAD, threads,
                    MAX_HOURS));
        }
    }
}
