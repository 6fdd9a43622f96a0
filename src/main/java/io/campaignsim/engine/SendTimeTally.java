package io.campaignsim.engine;

import java.util.Arrays;

/**
 * Delivered contacts and opens by send hour (0..23) and weekday (0 = Monday .. 6 = Sunday) over a
 * run. The arrays are indexed by {@link #slot(int, int)}; the record copies them in and out, so it
 * is immutable, and compares them by content.
 *
 * @param contacts delivered contacts per slot, {@link #SLOTS} long
 * @param opens opened contacts per slot, {@link #SLOTS} long
 */
public record SendTimeTally(double[] contacts, double[] opens) implements java.io.Serializable {

    public static final int HOURS = 24;
    public static final int WEEKDAYS = 7;
    public static final int SLOTS = HOURS * WEEKDAYS;

    /** A tally with nothing counted (for results built without an engine run). */
    public static final SendTimeTally EMPTY = new SendTimeTally(new double[SLOTS], new double[SLOTS]);

    public SendTimeTally {
        if (contacts.length != SLOTS || opens.length != SLOTS) {
            throw new IllegalArgumentException("send-time tallies need " + SLOTS + " slots, but had "
                    + contacts.length + " and " + opens.length);
        }
        contacts = contacts.clone();
        opens = opens.clone();
    }

    /** Index of (hour, weekday) in the arrays: weekday-major, so one weekday's hours are contiguous. */
    public static int slot(int hour, int weekday) {
        return weekday * HOURS + hour;
    }

    public double contacts(int hour, int weekday) {
        return contacts[slot(hour, weekday)];
    }

    public double opens(int hour, int weekday) {
        return opens[slot(hour, weekday)];
    }

    /** Opens per delivered contact in the slot; NaN when nothing was sent then. */
    public double openRate(int hour, int weekday) {
        double n = contacts(hour, weekday);
        return n == 0 ? Double.NaN : opens(hour, weekday) / n;
    }

    public double totalContacts() {
        return Arrays.stream(contacts).sum();
    }

    public double totalOpens() {
        return Arrays.stream(opens).sum();
    }

    @Override
    public double[] contacts() {
        return contacts.clone();
    }

    @Override
    public double[] opens() {
        return opens.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SendTimeTally t && Arrays.equals(contacts, t.contacts) && Arrays.equals(opens, t.opens);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(contacts) + Arrays.hashCode(opens);
    }

    @Override
    public String toString() {
        return "SendTimeTally[contacts=" + totalContacts() + ", opens=" + totalOpens() + "]";
    }
}
