package io.campaignsim.core;

import java.util.List;

/**
 * Lifecycle states. Observed: derived from tenure and days since the last purchase, plus
 * churned once the simulator has seen a customer leave (churn is absorbing).
 */
public enum Lifecycle {
    NEW, ACTIVE, COOLING, LAPSED, CHURNED;

    /** Days since purchase up to which a customer is active, then cooling, then lapsed. */
    public static final int ACTIVE_DAYS = 30;
    public static final int COOLING_DAYS = 90;
    /** Customers younger than this (tenure) are new. */
    public static final int NEW_DAYS = 30;

    public static final List<String> NAMES = List.of("new", "active", "cooling", "lapsed", "churned");

    private static final Lifecycle[] VALUES = values();

    public String label() {
        return NAMES.get(ordinal());
    }

    public static Lifecycle of(int code) {
        return VALUES[code];
    }

    /** A CRM calls a customer churned after this many days without a purchase. */
    public static final int CHURNED_DAYS = 365;

    /**
     * The state as a CRM sees it from tenure and recency (hidden churn is not observable: a
     * customer is called churned after a year without purchase).
     */
    public static Lifecycle classify(int tenureDays, int daysSincePurchase) {
        if (daysSincePurchase > CHURNED_DAYS) {
            return CHURNED;
        }
        if (tenureDays < NEW_DAYS) {
            return NEW;
        }
        if (daysSincePurchase <= ACTIVE_DAYS) {
            return ACTIVE;
        }
        return daysSincePurchase <= COOLING_DAYS ? COOLING : LAPSED;
    }
}
