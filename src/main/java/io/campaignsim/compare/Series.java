package io.campaignsim.compare;

import io.campaignsim.stats.Estimate;
import java.util.List;

/**
 * One per-day figure of a strategy: for each day, the mean over replications with a t band.
 *
 * @param metric series name, e.g. "cumulative_profit", "conversions", "contacts", "active" (customers not churned
 *     at the end of the day), "cumulative_regret"
 * @param byDay one estimate a day, day 0 first
 */
public record Series(String metric, List<Estimate> byDay) {

    /** Customers not churned at the end of each day. */
    public static final String ACTIVE = "active";

    public Series {
        byDay = List.copyOf(byDay);
    }
}
