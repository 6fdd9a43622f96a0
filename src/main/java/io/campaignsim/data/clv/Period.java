package io.campaignsim.data.clv;

import java.util.Locale;

/** The unit of time of the summary and the models: recency, age and horizons are counted in it. */
public enum Period {
    DAY(1),
    WEEK(7),
    /** An average calendar month, 365.25 / 12 days, so months are all the same length. */
    MONTH(365.25 / 12);

    private final double days;

    Period(double days) {
        this.days = days;
    }

    /** The length in days. */
    public double days() {
        return days;
    }

    /** How many of these periods make a year of 365.25 days. */
    public double perYear() {
        return 365.25 / days;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
