package io.campaignsim.engine;

import java.util.Locale;

/**
 * How the engine advances time: every customer every day, or only the customers for whom
 * something can happen (docs/model.md, "Stepping"). Both simulate the same model; their draws
 * differ, so their outputs are equal in distribution, not number for number.
 */
public enum Stepping {
    /** Every living customer, every day: one keyed purchase and churn draw per customer-day (the reference). */
    DAILY("daily"),
    /**
     * Each customer carries the day of its next possible event (a purchase or churn candidate drawn
     * by inverse CDF, or a day its policy must be asked); quiet customer-days are skipped.
     */
    NEXT_EVENT("next-event");

    private final String key;

    Stepping(String key) {
        this.key = key;
    }

    /** The name used on the command line and in summary.json. */
    public String key() {
        return key;
    }

    /** The stepping named {@code key} ({@code daily} or {@code next-event}). */
    public static Stepping parse(String key) {
        for (Stepping s : values()) {
            if (s.key.equals(key.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected daily or next-event, but was '" + key + "'");
    }

    @Override
    public String toString() {
        return key;
    }
}
