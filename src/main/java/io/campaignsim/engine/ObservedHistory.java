package io.campaignsim.engine;

import io.campaignsim.core.Lifecycle;
import io.campaignsim.population.ObservedPopulation;
import java.util.Arrays;

/**
 * What a CRM would have recorded about each customer during the simulation: purchases,
 * contacts, opens, clicks, unsubscribes. Struct-of-arrays, one slot per customer (and channel).
 * Policies and strategies read it; only the engine writes it. It holds nothing hidden: churn is
 * seen only the way a CRM sees it (no purchase for a year), fatigue not at all.
 *
 * <p>7-day send counts, per channel and over all channels, are packed as seven 4-bit day counts
 * in one {@code int} (nibble 0 = the day of the last send), shifted lazily when read or written,
 * so that no work is done on days without contact. Four bits are exact because at most
 * {@link ActionBuffer#CAPACITY} (15) contacts are delivered to a customer in a day. Day fields
 * are {@code short}s (horizons are at most {@code Scenario.MAX_HORIZON_DAYS}, recencies at most
 * {@code Short.MAX_VALUE}): together this keeps a customer with six channels under 300 bytes
 * (docs/performance.md).
 *
 * @implNote Not thread-safe in general, but each customer's slots are touched only by the shard
 *     that owns the customer, which is how the engine runs it in parallel.
 */
public final class ObservedHistory {

    /**
     * Stand-in for "never" in day fields; far enough in the past for every window (the longest,
     * the decay tables, spans the horizon, at most 3,650 days).
     */
    public static final int NEVER = Short.MIN_VALUE;
    /** Reported by days_since_* fields when there was no such event. */
    public static final int DAYS_NEVER = 9999;
    /** Purchase days remembered per customer for exact 30-day counts. */
    static final int PURCHASE_RING = 8;
    /** Time constant of the exponentially weighted 30-day rates. */
    static final double EW_DAYS = 30.0;

    private final ObservedPopulation population;
    private final int channels;
    final short[] lastPurchaseDay;
    final short[] frequency;
    final float[] monetary;
    final byte[] lastCategory;
    final short[] purchaseRing;
    final byte[] ringNext;
    final short[] lastContactDay;
    final short[] lastChannelDay;
    final int[] weekSends;
    /** Like {@link #weekSends}, over all channels, as of {@link #lastContactDay}: the weekly cap in one read. */
    final int[] weekSendsAll;
    /**
     * Per (customer, channel) slot, the exponentially weighted sends, opens and clicks side by side
     * ({@code EW * slot + EW_SENDS} ...): the rates read and update the three together, so one cache
     * line holds them for a customer the next-event engine touches out of order.
     */
    final float[] ew;
    static final int EW = 3;
    static final int EW_SENDS = 0;
    static final int EW_OPENS = 1;
    static final int EW_CLICKS = 2;
    final float[] ewOpensAll;
    final float[] ewClicksAll;
    final int[] unsubscribedMask;
    final byte[] hourOpens;
    private final double[] ewDecay;

    ObservedHistory(ObservedPopulation population, int horizonDays, boolean trackHours) {
        this.population = population;
        this.channels = population.channelNames().size();
        int n = population.size();
        lastPurchaseDay = new short[n];
        frequency = new short[n];
        monetary = new float[n];
        lastCategory = new byte[n];
        purchaseRing = new short[n * PURCHASE_RING];
        ringNext = new byte[n];
        lastContactDay = new short[n];
        lastChannelDay = new short[n * channels];
        weekSends = new int[n * channels];
        weekSendsAll = new int[n];
        ew = new float[n * channels * EW];
        ewOpensAll = new float[n];
        ewClicksAll = new float[n];
        unsubscribedMask = new int[n];
        hourOpens = trackHours ? new byte[n * 24] : null;
        Arrays.fill(purchaseRing, Short.MIN_VALUE);
        Arrays.fill(lastContactDay, (short) NEVER);
        Arrays.fill(lastChannelDay, (short) NEVER);
        for (int i = 0; i < n; i++) {
            lastPurchaseDay[i] = (short) -population.recencyDays(i);
            frequency[i] = (short) population.frequency(i);
            monetary[i] = (float) population.monetary(i);
            lastCategory[i] = (byte) population.lastCategory(i);
            if (population.frequency(i) > 0) {
                purchaseRing[i * PURCHASE_RING] = (short) Math.max(-population.recencyDays(i), Short.MIN_VALUE + 1);
                ringNext[i] = 1;
            }
        }
        ewDecay = new double[horizonDays + 2];
        for (int k = 0; k < ewDecay.length; k++) {
            ewDecay[k] = Math.exp(-k / EW_DAYS);
        }
    }

    public ObservedPopulation population() {
        return population;
    }

    public int channels() {
        return channels;
    }

    public int size() {
        return lastPurchaseDay.length;
    }

    public int daysSincePurchase(int i, int day) {
        return day - lastPurchaseDay[i];
    }

    public int tenureDays(int i, int day) {
        return population.tenureDays(i) + day;
    }

    public int frequency(int i) {
        return frequency[i];
    }

    public double monetary(int i) {
        return monetary[i];
    }

    public int lastCategory(int i) {
        return lastCategory[i];
    }

    /** Lifecycle as a CRM sees it: churned after a year without purchase. */
    public Lifecycle lifecycle(int i, int day) {
        int dsp = daysSincePurchase(i, day);
        return Lifecycle.classify(tenureDays(i, day), dsp);
    }

    /** Exact number of purchases in the last 30 days (up to the ring size, 8). */
    public int purchases30d(int i, int day) {
        int from = day - 29;
        // Every remembered day is at most the last purchase day, so an old last purchase means 0
        // without reading the ring (most customer-days): 7.3 % of the engine's JFR samples before,
        // under 0.5 % after (docs/performance.md).
        if (lastPurchaseDay[i] < from) {
            return 0;
        }
        int count = 0;
        for (int k = 0; k < PURCHASE_RING; k++) {
            short d = purchaseRing[i * PURCHASE_RING + k];
            if (d != Short.MIN_VALUE && d >= from && d <= day) {
                count++;
            }
        }
        return count;
    }

    /** Whether any contact was ever delivered (before the first one, every 30-day rate is NaN). */
    public boolean everContacted(int i) {
        return lastContactDay[i] != NEVER;
    }

    public int daysSinceContact(int i, int day) {
        int last = lastContactDay[i];
        return last == NEVER ? DAYS_NEVER : day - last;
    }

    public int daysSinceChannel(int i, int channel, int day) {
        int last = lastChannelDay[i * channels + channel];
        return last == NEVER ? DAYS_NEVER : day - last;
    }

    public boolean reachable(int i, int channel) {
        return population.reachable(i, channel);
    }

    /** Reachable and not unsubscribed. */
    public boolean subscribed(int i, int channel) {
        return population.reachable(i, channel) && (unsubscribedMask[i] & (1 << channel)) == 0;
    }

    /** Bit c set when channel c is {@linkplain #subscribed subscribed}: one read for all channels. */
    public int subscribedMask(int i) {
        return population.reachMask(i) & ~unsubscribedMask[i];
    }

    /** Delivered contacts on the channel in the 7 days ending today. */
    public int channelSends7d(int i, int channel, int day) {
        int slot = i * channels + channel;
        return sum7(shifted(weekSends[slot], day - lastChannelDay[slot]));
    }

    /** Delivered contacts on all channels in the 7 days ending today. */
    public int contacts7d(int i, int day) {
        return sum7(shifted(weekSendsAll[i], day - lastContactDay[i]));
    }

    /**
     * The first day after {@code day} on which {@link #contacts7d} is below {@code limit} while nothing
     * is sent; {@link Integer#MAX_VALUE} when never. The window is empty 7 days after the last send.
     */
    public int firstDayContacts7dBelow(int i, int day, int limit) {
        int packed = weekSendsAll[i];
        int last = lastContactDay[i];
        for (int t = day + 1; t <= day + 8; t++) {
            if (sum7(shifted(packed, t - last)) < limit) {
                return t;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Delivered contacts on the channel today. */
    public int channelSendsToday(int i, int channel, int day) {
        int slot = i * channels + channel;
        return lastChannelDay[slot] == day ? weekSends[slot] & 0xF : 0;
    }

    /** Opens / sends over an exponentially weighted 30-day window; NaN when nothing was sent. */
    public double openRate30d(int i, int channel) {
        int slot = i * channels + channel;
        int e = EW * slot;
        return ew[e + EW_SENDS] > 0 ? ew[e + EW_OPENS] / ew[e + EW_SENDS] : Double.NaN;
    }

    /** Clicks / sends over the same window; NaN when nothing was sent. */
    public double clickRate30d(int i, int channel) {
        int slot = i * channels + channel;
        int e = EW * slot;
        return ew[e + EW_SENDS] > 0 ? ew[e + EW_CLICKS] / ew[e + EW_SENDS] : Double.NaN;
    }

    /** Exponentially weighted count of opens (all channels) over about 30 days. */
    public double opens30d(int i, int day) {
        return ewOpensAll[i] * decay(day - lastContactDay[i]);
    }

    public double clicks30d(int i, int day) {
        return ewClicksAll[i] * decay(day - lastContactDay[i]);
    }

    /** The hour at which this customer opened most often, or {@code fallback} before any open. */
    public int bestObservedHour(int i, int fallback) {
        if (hourOpens == null) {
            return fallback;
        }
        int best = fallback;
        int bestCount = 0;
        int base = i * 24;
        for (int h = 0; h < 24; h++) {
            int c = hourOpens[base + h] & 0xFF;
            if (c > bestCount) {
                bestCount = c;
                best = h;
            }
        }
        return best;
    }

    // ---- writes, by the engine only ----

    void recordPurchase(int i, int day, double basket, int category) {
        lastPurchaseDay[i] = (short) day;
        int f = frequency[i];
        monetary[i] = (float) ((monetary[i] * f + basket) / (f + 1));
        if (f < Short.MAX_VALUE) {
            frequency[i] = (short) (f + 1);
        }
        if (category >= 0) {
            lastCategory[i] = (byte) category;
        }
        int k = ringNext[i];
        purchaseRing[i * PURCHASE_RING + k] = (short) day;
        ringNext[i] = (byte) ((k + 1) % PURCHASE_RING);
    }

    /** Records a delivered contact and whether it was opened and clicked. */
    void recordContact(int i, int channel, int day, int hour, boolean opened, boolean clicked) {
        int slot = i * channels + channel;
        int gap = day - lastChannelDay[slot];
        weekSends[slot] = incremented(shifted(weekSends[slot], gap));
        double d = decay(gap);
        int e = EW * slot;
        ew[e + EW_SENDS] = (float) (ew[e + EW_SENDS] * d + 1);
        ew[e + EW_OPENS] = (float) (ew[e + EW_OPENS] * d + (opened ? 1 : 0));
        ew[e + EW_CLICKS] = (float) (ew[e + EW_CLICKS] * d + (clicked ? 1 : 0));
        lastChannelDay[slot] = (short) day;
        int gapAll = day - lastContactDay[i];
        weekSendsAll[i] = incremented(shifted(weekSendsAll[i], gapAll));
        double dAll = decay(gapAll);
        ewOpensAll[i] = (float) (ewOpensAll[i] * dAll + (opened ? 1 : 0));
        ewClicksAll[i] = (float) (ewClicksAll[i] * dAll + (clicked ? 1 : 0));
        lastContactDay[i] = (short) day;
        if (opened && hourOpens != null) {
            int h = i * 24 + hour;
            if ((hourOpens[h] & 0xFF) == 0xFF) {
                for (int k = 0; k < 24; k++) {
                    hourOpens[i * 24 + k] = (byte) ((hourOpens[i * 24 + k] & 0xFF) >>> 1);
                }
            }
            hourOpens[h]++;
        }
    }

    void recordUnsubscribe(int i, int channel) {
        unsubscribedMask[i] |= 1 << channel;
    }

    private double decay(int days) {
        if (days <= 0) {
            return 1.0;
        }
        return days < ewDecay.length ? ewDecay[days] : 0.0;
    }

    /** Moves the packed day counts {@code gap} days forward (older days drop off after 7). */
    static int shifted(int packed, int gap) {
        if (gap <= 0) {
            return packed;
        }
        return gap >= 7 ? 0 : (packed << (4 * gap)) & WEEK_MASK;
    }

    /** One more send today (nibble 0), saturating; never saturates while deliveries per day are at most 15. */
    static int incremented(int packed) {
        return (packed & 0xF) == 0xF ? packed : packed + 1;
    }

    /** Sum of the seven 4-bit day counts, without a loop: pairs of nibbles into bytes, then bytes by one multiply. */
    static int sum7(int packed) {
        int bytes = (packed & 0x0F0F0F0F) + ((packed >>> 4) & 0x0F0F0F0F);
        return (bytes * 0x01010101) >>> 24;
    }

    private static final int WEEK_MASK = 0x0FFFFFFF;
}
