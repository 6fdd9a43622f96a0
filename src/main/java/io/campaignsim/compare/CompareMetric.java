package io.campaignsim.compare;

import io.campaignsim.engine.Metric;
import java.util.Locale;

/**
 * The figures {@code compare} reports for each strategy. All but {@link #CLV} are simulator metrics
 * over the horizon ({@link #ACTIVE} is the head count at the end); CLV comes from {@link StrategyRun#clv()}
 * and has no no-contact twin, so its uplift is only available against a holdout strategy.
 */
public enum CompareMetric {
    CONVERSIONS(Metric.CONVERSIONS),
    REVENUE(Metric.REVENUE),
    PROFIT(Metric.PROFIT),
    CONTACT_COST(Metric.CONTACT_COST),
    INCENTIVE_COST(Metric.INCENTIVE_COST),
    CONTACTS(Metric.CONTACTS),
    UNSUBSCRIBES(Metric.UNSUBSCRIBES),
    CHURNED(Metric.CHURNED),
    ACTIVE(Metric.ACTIVE),
    CLV(null);

    private final Metric metric;

    CompareMetric(Metric metric) {
        this.metric = metric;
    }

    /** Snake-case name used in CSV headers and JSON keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the no-contact twin has this metric, so that {@link #incremental} is defined (all but CLV). */
    public boolean hasTwin() {
        return metric != null;
    }

    /** Whether this is money (formatted with decimals). */
    public boolean isMoney() {
        return metric == null || metric.isMoney();
    }

    /** The value in one run. */
    public double of(StrategyRun run) {
        return metric == null ? run.clv() : run.result().total().get(metric);
    }

    /** The value in the run's no-contact twin; NaN for CLV, which the twin does not have. */
    double twin(StrategyRun run) {
        return metric == null ? Double.NaN : run.result().counterfactualTotal().get(metric);
    }

    /** The true incremental value (run minus twin); NaN for CLV. */
    public double incremental(StrategyRun run) {
        return metric == null ? Double.NaN : run.result().incremental().get(metric);
    }
}
