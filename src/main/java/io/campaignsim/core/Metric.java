package io.campaignsim.core;

import java.util.Locale;

/**
 * The counters the simulator keeps. All are sums over customers (and days) except
 * {@link #ACTIVE}, a head count at the end of the period.
 */
public enum Metric {
    /** Contacts delivered (reachable, subscribed channel). */
    CONTACTS,
    /** Delivered contacts the customer opened or saw. */
    OPENS,
    /** Opened contacts the customer clicked. */
    CLICKS,
    /** Purchases, organic or not. */
    CONVERSIONS,
    /** Purchases on the day of a seen contact (last-touch attribution, as a CRM would count them). */
    CONTACT_CONVERSIONS,
    /** Revenue after discounts. */
    REVENUE,
    /** Gross margin of purchases before incentives (basket x margin rate). */
    MARGIN,
    /** Cost of delivered contacts. */
    CONTACT_COST,
    /** Discounts and fixed incentive costs paid on redemption. */
    INCENTIVE_COST,
    /** MARGIN - INCENTIVE_COST - CONTACT_COST. */
    PROFIT,
    /** Channel unsubscribes. */
    UNSUBSCRIBES,
    /** Customers who churned. */
    CHURNED,
    /** Customers who opted out of a journey. */
    OPT_OUTS,
    /** Customers not churned at the end of the period (a gauge, not a sum). */
    ACTIVE;

    private static final Metric[] VALUES = values();

    public static final int COUNT = VALUES.length;

    public static Metric of(int index) {
        return VALUES[index];
    }

    /** Snake-case name used in CSV headers and JSON keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this metric is money (formatted with two decimals). */
    public boolean isMoney() {
        return this == REVENUE || this == MARGIN || this == CONTACT_COST || this == INCENTIVE_COST || this == PROFIT;
    }
}
