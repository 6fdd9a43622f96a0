package io.campaignsim.report.sim;

import io.campaignsim.core.Metric;

/** Whether more of a metric is good news, for colouring incremental values. */
enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL;

    static Direction of(Metric m) {
        return switch (m) {
            case CONVERSIONS, CONTACT_CONVERSIONS, REVENUE, MARGIN, PROFIT, ACTIVE -> HIGHER_IS_BETTER;
            case CONTACT_COST, INCENTIVE_COST, UNSUBSCRIBES, CHURNED, OPT_OUTS -> LOWER_IS_BETTER;
            // activity (contacts, opens, clicks) is neither good nor bad in itself
            default -> NEUTRAL;
        };
    }

    /** +1 if a change of {@code delta} is good news, -1 if bad, 0 if neutral or no change. */
    int verdict(double delta) {
        int sign = delta > 0 ? 1 : delta < 0 ? -1 : 0;
        return this == HIGHER_IS_BETTER ? sign : this == LOWER_IS_BETTER ? -sign : 0;
    }
}
