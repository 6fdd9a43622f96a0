package io.campaignsim.compare;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.Metric;
import java.util.Arrays;
import java.util.Locale;

/** What "better" means when strategies are ranked (the scenario's {@code economics.objective}). */
public enum Objective {
    PROFIT(Metric.PROFIT, CompareMetric.PROFIT),
    REVENUE(Metric.REVENUE, CompareMetric.REVENUE),
    CONVERSIONS(Metric.CONVERSIONS, CompareMetric.CONVERSIONS),
    /** Customer lifetime value at the horizon; its day-by-day part is profit (the residual is added at the end). */
    CLV(Metric.PROFIT, CompareMetric.CLV);

    private final Metric daily;
    private final CompareMetric metric;

    Objective(Metric daily, CompareMetric metric) {
        this.daily = daily;
        this.metric = metric;
    }

    /** @throws IllegalArgumentException for a name other than profit, revenue, conversions or clv */
    public static Objective parse(String name) {
        return Arrays.stream(values()).filter(o -> o.key().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("objective '" + name
                        + "' is unknown; expected profit, revenue, conversions or clv"));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The simulator metric summed day by day (cumulative series, daily regret); profit for CLV. */
    public Metric dailyMetric() {
        return daily;
    }

    /** Name of the per-day cumulative series: cumulative_profit for CLV, whose residual exists only at the horizon. */
    public String cumulativeSeries() {
        return "cumulative_" + (this == CLV ? PROFIT.key() : key());
    }

    /** The compared figure at the horizon. */
    public CompareMetric metric() {
        return metric;
    }
}
