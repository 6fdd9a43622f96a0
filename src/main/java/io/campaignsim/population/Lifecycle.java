package io.campaignsim.population;

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

    /** The state of a customer who has not churned. */
    public static Lifecycle classify(int tenureDays, int daysSincePurchase) {
        if (tenureDays < NEW_DAYS) {
            return NEW;
        }
        if (daysSincePurchase <= ACTIVE_DAYS) {
            return ACTIVE;
        }
        return daysSincePurchase <= COOLING_DAYS ? COOLING : LAPSED;
    }
}
