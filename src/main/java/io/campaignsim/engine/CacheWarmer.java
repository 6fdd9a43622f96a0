package io.campaignsim.engine;

import io.campaignsim.population.GroundTruth;
import io.campaignsim.population.ObservedPopulation;

/**
 * Touches the cache lines of the per-customer state a customer-day reads, a batch of customers
 * ahead of the work on them, so that their cache misses are outstanding together instead of one
 * after another (issue #20). A customer's state is spread over some thirty arrays
 * ({@link ObservedHistory}, {@link HiddenState}, the population and the truth); reached one
 * customer at a time, each array's first read of the customer waits for memory on its own. Read
 * in a burst of independent loads, a batch's misses overlap (the core keeps a few dozen in
 * flight), and the reads that follow hit the cache. Nothing is written but a sum that keeps the
 * loads from being removed as dead code: results cannot change.
 *
 * <p>Measured (docs/performance.md, "Session 9"): 1.16x per CPU second on the bench's rules and
 * Thompson workloads with the daily engine at 200,000 customers; on quickstart at 1 M customers
 * 1.02x (daily) and 1.12x (next-event) in wall time.
 */
final class CacheWarmer {

    private final ObservedHistory history;
    private final HiddenState hidden;
    private final ObservedPopulation population;
    private final GroundTruth truth;
    private final int channels;
    /** The sum of everything read, so that the JIT keeps the loads; never used otherwise. */
    long sink;

    CacheWarmer(ObservedHistory history, HiddenState hidden, GroundTruth truth) {
        this.history = history;
        this.hidden = hidden;
        this.population = history.population();
        this.truth = truth;
        this.channels = history.channels();
    }

    /**
     * Every cache line of customers {@code [start, end)} in the arrays a daily customer-day reads:
     * one read per 64-byte line (32 shorts, 16 ints or floats, 64 bytes), in index order.
     */
    void range(int start, int end) {
        if (start >= end) {
            return;
        }
        ObservedHistory h = history;
        int ch = channels;
        long s = hidden.flags[start] + population.segment(start) + h.ringNext[start] + h.lastCategory[start];
        for (int i = start; i < end; i += 32) {
            s += h.lastPurchaseDay[i] + hidden.twinLastPurchaseDay[i] + h.lastContactDay[i] + population.tenureDays(i)
                    + h.frequency[i];
        }
        if (hidden.churnFactorBound != null) { // the daily engine's churn check reads it every day
            for (int i = start; i < end; i += 16) {
                s += Float.floatToRawIntBits(hidden.churnFactorBound[i]);
            }
        }
        for (int i = start; i < end; i += 16) {
            s += h.weekSendsAll[i] + h.unsubscribedMask[i] + population.reachMask(i) + Float.floatToRawIntBits(h.monetary[i])
                    + Float.floatToRawIntBits(h.ewOpensAll[i]) + Float.floatToRawIntBits(h.ewClicksAll[i])
                    + Double.doubleToRawLongBits(truth.purchaseRate(i) + truth.churnHazard(i));
        }
        // what a contact day reads of the truth: one byte, one float and channels floats a customer
        for (int i = start; i < end; i += 64) {
            s += truth.upliftGroup(i) + truth.preferredHour(i) + truth.preferredWeekday(i);
        }
        for (int i = start; i < end; i += 16) {
            s += Double.doubleToRawLongBits(truth.effectScale(i) + truth.discountSensitivity(i) + truth.basketMean(i));
        }
        int step = Math.max(1, 16 / ch);
        for (int i = start; i < end; i += step) {
            s += Double.doubleToRawLongBits(truth.channelAffinity(i, 0));
        }
        for (int e = start * ch, last = end * ch; e < last; e += 32) {
            s += h.lastChannelDay[e];
        }
        for (int e = start * ch, last = end * ch; e < last; e += 16) {
            s += h.weekSends[e] + Float.floatToRawIntBits(hidden.fatigue[e]);
        }
        for (int e = start * ch * ObservedHistory.EW, last = end * ch * ObservedHistory.EW; e < last; e += 16) {
            s += Float.floatToRawIntBits(h.ew[e]);
        }
        for (int e = start * ObservedHistory.PURCHASE_RING, last = end * ObservedHistory.PURCHASE_RING; e < last; e += 32) {
            s += h.purchaseRing[e];
        }
        if (h.hourOpens != null) {
            for (int e = start * 24, last = end * 24; e < last; e += 64) {
                s += h.hourOpens[e];
            }
        }
        sink += s;
    }

    /**
     * The lines of the customers {@code due[0..count)}, visited out of sequence by the next-event
     * engine: per array the customer's element, and for the per-channel arrays its first and last
     * element (a customer's slots may straddle two lines). The same arrays as {@link #range}, written
     * out per customer: calling {@code range(i, i + 1)} for each (a dozen one-pass loops a customer)
     * measured 0.74x of this on the next-event engine's rules workload (docs/performance.md, "Session 9").
     */
    void customers(int[] due, int count) {
        ObservedHistory h = history;
        int ch = channels;
        long s = 0;
        for (int k = 0; k < count; k++) {
            int i = due[k];
            int c0 = i * ch;
            int cLast = c0 + ch - 1;
            int e0 = ObservedHistory.EW * c0;
            s += h.lastPurchaseDay[i] + hidden.flags[i] + hidden.twinLastPurchaseDay[i] + h.lastContactDay[i]
                    + h.weekSendsAll[i] + h.unsubscribedMask[i] + h.ringNext[i] + h.frequency[i] + h.lastCategory[i]
                    + Float.floatToRawIntBits(h.ewOpensAll[i]) + Float.floatToRawIntBits(h.monetary[i])
                    + population.segment(i) + population.reachMask(i) + population.tenureDays(i)
                    + Double.doubleToRawLongBits(truth.purchaseRate(i) + truth.churnHazard(i))
                    + h.lastChannelDay[c0] + h.lastChannelDay[cLast] + h.weekSends[c0] + h.weekSends[cLast]
                    + Float.floatToRawIntBits(h.ew[e0]) + Float.floatToRawIntBits(h.ew[e0 + ObservedHistory.EW * ch - 1])
                    + Float.floatToRawIntBits(hidden.fatigue[c0]) + Float.floatToRawIntBits(hidden.fatigue[cLast])
                    + h.purchaseRing[i * ObservedHistory.PURCHASE_RING];
            if (h.hourOpens != null) {
                s += h.hourOpens[i * 24] + h.hourOpens[i * 24 + 23];
            }
        }
        sink += s;
    }
}
