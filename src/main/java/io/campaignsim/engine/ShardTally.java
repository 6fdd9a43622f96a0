package io.campaignsim.engine;

import io.campaignsim.core.Metric;
import java.util.Arrays;

/**
 * The counters one shard accumulates: today's metrics (policy world and no-contact twin) and
 * running totals per segment, per segment x channel and per send hour x weekday. Plain double
 * arrays indexed by {@link Metric#ordinal()} (send-time ones by {@link SendTimeTally#slot}), added
 * exactly into the run's {@link RunTally}, so that sums are identical for any thread count and any
 * grouping of shards into customer ranges.
 */
final class ShardTally {

    static final int M = Metric.COUNT;

    final int channels;
    final double[] day = new double[M];
    final double[] dayContacts;
    final double[] twinDay = new double[M];
    final double[] segment;
    final double[] segmentChannel;
    final double[] twinSegment;
    /** Delivered contacts and opens over the run by {@link SendTimeTally#slot(int, int)}. */
    final double[] sendContacts = new double[SendTimeTally.SLOTS];
    final double[] sendOpens = new double[SendTimeTally.SLOTS];
    /**
     * Customers of each segment not (yet) churned, in the policy world and the twin. ACTIVE is
     * counted from these once a day instead of adding 1 per customer-day.
     */
    private final int[] alive;
    private final int[] twinAlive;

    ShardTally(int[] segmentSizes, int channels) {
        int segments = segmentSizes.length;
        this.channels = channels;
        alive = segmentSizes.clone();
        twinAlive = segmentSizes.clone();
        dayContacts = new double[channels];
        segment = new double[segments * M];
        segmentChannel = new double[segments * channels * M];
        twinSegment = new double[segments * M];
    }

    void startDay() {
        Arrays.fill(day, 0);
        Arrays.fill(dayContacts, 0);
        Arrays.fill(twinDay, 0);
    }

    /** Today's ACTIVE: everyone not churned by the end of the day (call once, after the last customer). */
    void endDay() {
        for (int seg = 0; seg < alive.length; seg++) {
            add(seg, Metric.ACTIVE, alive[seg]);
            addTwin(seg, Metric.ACTIVE, twinAlive[seg]);
        }
    }

    void churned(int seg) {
        alive[seg]--;
        add(seg, Metric.CHURNED, 1);
    }

    void twinChurned(int seg) {
        twinAlive[seg]--;
        addTwin(seg, Metric.CHURNED, 1);
    }

    /** Adds to today's total and to the segment's running total. */
    void add(int seg, Metric m, double v) {
        day[m.ordinal()] += v;
        segment[seg * M + m.ordinal()] += v;
    }

    void addChannel(int seg, int channel, Metric m, double v) {
        segmentChannel[(seg * channels + channel) * M + m.ordinal()] += v;
    }

    private static final int CONTACTS = Metric.CONTACTS.ordinal();
    private static final int OPENS = Metric.OPENS.ordinal();
    private static final int CONTACT_COST = Metric.CONTACT_COST.ordinal();
    private static final int PROFIT = Metric.PROFIT.ordinal();

    /**
     * One delivered contact on {@code channel} at send-time {@code slot}: its count and cost, today,
     * per segment, per segment and channel, per channel today and per slot. The same additions, on
     * the same elements in the same order, as {@link #add} and {@link #addChannel} one metric at a
     * time, with the rows' offsets computed once.
     */
    void contact(int seg, int channel, double cost, int slot) {
        int s = seg * M;
        int sc = (seg * channels + channel) * M;
        day[CONTACTS] += 1;
        day[CONTACT_COST] += cost;
        day[PROFIT] += -cost;
        segment[s + CONTACTS] += 1;
        segment[s + CONTACT_COST] += cost;
        segment[s + PROFIT] += -cost;
        segmentChannel[sc + CONTACTS] += 1;
        segmentChannel[sc + CONTACT_COST] += cost;
        segmentChannel[sc + PROFIT] += -cost;
        dayContacts[channel] += 1;
        sendContacts[slot] += 1;
    }

    /** An opened contact on {@code channel} at send-time {@code slot} (as {@link #contact}, for OPENS). */
    void open(int seg, int channel, int slot) {
        day[OPENS] += 1;
        segment[seg * M + OPENS] += 1;
        segmentChannel[(seg * channels + channel) * M + OPENS] += 1;
        sendOpens[slot] += 1;
    }

    void addTwin(int seg, Metric m, double v) {
        twinDay[m.ordinal()] += v;
        twinSegment[seg * M + m.ordinal()] += v;
    }
}
