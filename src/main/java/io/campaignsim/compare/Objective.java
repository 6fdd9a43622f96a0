package io.campaignsim.compare;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.Metric;
import java.util.Arrays;
import java.util.Locale;

/** What "better" means when strategies are ranked (the scenario's {@code economics.objective}). */
public enum Objective {
    PROFIT(Metric.PROFIT, CompareMetric.PROFIT),
    REVENUE(Metric.REVENUE, CompareMetric.REVENUE),
    CONVERSIONS(Metric.CONVERSIONS, CompareMetric.CONVERSIONS);

    private final Metric daily;
    private final CompareMetric metric;

    Objective(Metric daily, CompareMetric metric) {
        this.daily = daily;
        this.metric = metric;
    }

    /** @throws IllegalArgumentException for a name other than profit, revenue or conversions */
    public static Objective parse(String name) {
        return Arrays.stream(values()).filter(o -> o.key().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("objective '" + name
                        + "' is unknown; expected profit, revenue or conversions"));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The simulator metric summed day by day (cumulative series, daily regret). */
    public Metric dailyMetric() {
        return daily;
    }

    /** The compared figure at the horizon. */
    public CompareMetric metric() {
        return metric;
    }
}
