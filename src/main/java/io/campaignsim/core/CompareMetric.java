package io.campaignsim.core;


import java.util.Locale;

/**
 * The figures {@code compare} reports for each strategy. All but {@link #CLV} are simulator metrics
 * over the horizon ({@link #ACTIVE} is the head count at the end); CLV comes from the comparison's lifetime-value computation
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

    /** The simulator counter behind this metric, or null for CLV (computed at the horizon, not counted). */
    public Metric counter() {
        return metric;
    }
}
