package io.campaignsim.policy;

import io.campaignsim.core.ShardRows;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.random.KeyedUniforms;
import java.util.Arrays;

/**
 * Learns each customer's best weekday from open rates, with a hierarchical prior, and holds a
 * contact that is not urgent back to it by Thompson sampling (docs/personalisation.md, "Weekday").
 *
 * <p><b>Model.</b> Customer i has a latent preferred weekday Q_i in 0..6 (0 = Monday); its prior is
 * the segment's distribution of preferred weekdays π_s. A contact sent on weekday w is opened with
 * probability a_s when w = Q_i and b_s otherwise (the segment's open rates on and off the
 * preferred day). After sends on weekdays w_k with outcomes o_k:
 *
 * <pre>
 *   log P(Q_i = q | data) = log π_s(q) + Σ_k log Bernoulli(o_k; w_k = q ? a_s : b_s) + const
 * </pre>
 *
 * The model is marginal over the send hour (the hour learner's choices do not depend on the
 * weekday, so they average out of both rates).
 *
 * <p><b>Segment level.</b> π_s, a_s and b_s by expectation-maximisation between days over a fixed
 * sample of customers whose sends and opens per weekday are kept as counts, as
 * {@link SendTimeLearner} does for hours. a_s and b_s start at 1.2× and 0.97× the segment's open
 * rate, worth {@link #RATE_PRIOR_SENDS} sends each, and a_s ≥ b_s is kept (the model's one
 * assumption, which also breaks the symmetry between weekdays).
 *
 * <p><b>Holding.</b> When a contact becomes due on day d (weekday v) and the customer has no held
 * contact, q is drawn from the posterior (Thompson sampling) by inverse CDF with a uniform that is
 * fixed per customer and {@link #REDRAW_DAYS}-day period, so the drawn weekday moves within a period
 * only as far as the posterior does. Drawing afresh at every contact would move the customer's
 * weekday, and delay a contact, at most contacts while the posterior is wide: on
 * scenarios/send-weekday.yaml that sent 28 % fewer newsletters than the weekly rule and lost
 * profit. The contact is held until day d + ((q − v) mod 7) if that
 * is within the window (fewer than {@code window} days later), else sent today. On the held day it
 * goes out if it is still proposed then (a rule's condition such as {@code days_since_contact >= 7}
 * stays true while nothing is sent). A contact is never held past the window: a held day that
 * passes without a delivery (guard rails, or the rule no longer fires) ends the hold.
 *
 * <p><b>State.</b> Per customer, the log-likelihood of the 7 weekdays quantised to 1/32 nat in
 * {@code short}s (14 bytes) and the held day (2 bytes): {@link #bytesPerCustomer()} = 16.
 *
 * @implNote {@link #hold} and {@link #record} are customer-local and may run on shard threads;
 *     {@link #endOfDay} runs alone between days.
 */
public final class WeekdayLearner {

    public static final int WEEKDAYS = 7;
    static final int SCALE = 32;
    private static final int EXP_TABLE = 16 * SCALE;
    private static final double[] EXP = new double[EXP_TABLE];
    /**
     * EM iterations between days. A customer's opens say little about their weekday (about 0.04
     * nats a send at the world's ×1.3), so the mixture is weakly separated and EM moves slowly;
     * an iteration over the sample costs 2,000 × 7 operations, so many are cheap.
     */
    static final int EM_ITERATIONS = 20;
    static final int EM_SAMPLE = 2000;
    static final double RATE_PRIOR_SENDS = 20;
    static final double DAY_PRIOR_MASS = 5;
    /** Days a customer's Thompson draw (its uniform) is kept. */
    static final int REDRAW_DAYS = 28;
    /** Keys of the per-period draws, apart from the keys by day. */
    private static final int PERIOD_KEY_BASE = 1 << 20;
    /** No contact held. */
    private static final short NONE = -1;

    static {
        for (int x = 0; x < EXP_TABLE; x++) {
            EXP[x] = Math.exp(-(double) x / SCALE);
        }
    }

    private final ObservedHistory history;
    private final int segments;
    private final double strength;
    private final int window;
    /** Fixed target weekday, or -1 when learned. */
    private final int fixedWeekday;
    private final short[] logLik;
    private final short[] heldUntil;
    private final OpenCounts sampleCounts;
    private final int sampleStride;
    // Segment level, fixed for the day (quantised).
    private final int[] logPrior;
    private final int[] onOpen;
    private final int[] onMiss;
    private final int[] offOpen;
    private final int[] offMiss;
    private final double[] onRate;
    private final double[] offRate;
    // M-step sums.
    private final double[] dayMass;
    private final double[] onSends;
    private final double[] onOpens;
    private final double[] offSends;
    private final double[] offOpens;
    private final long[] sends;
    private final long[] opens;
    private final KeyedUniforms keys;
    private final int[][] scratchLog;
    private final double[][] scratch;

    /**
     * @param window a held contact goes out fewer than this many days after it became due (2..7)
     * @param fixedWeekday 0..6 to hold every contact back to that weekday (no learning), -1 to learn
     * @param keys the Thompson draws' stream, keyed by customer and period
     */
    public WeekdayLearner(ObservedHistory history, double priorStrength, int window, int fixedWeekday,
            KeyedUniforms keys) {
        this.keys = keys;
        if (window < 2 || window > WEEKDAYS) {
            throw new IllegalArgumentException("window must be 2..7 days, but was " + window);
        }
        this.history = history;
        this.segments = history.population().segmentNames().size();
        this.strength = priorStrength;
        this.window = window;
        this.fixedWeekday = fixedWeekday;
        int n = history.size();
        boolean learns = fixedWeekday < 0;
        this.logLik = new short[learns ? n * WEEKDAYS : 0];
        this.heldUntil = new short[n];
        Arrays.fill(heldUntil, NONE);
        this.sampleStride = Math.max(1, n / EM_SAMPLE);
        this.sampleCounts = new OpenCounts(learns ? (n + sampleStride - 1) / sampleStride : 0, WEEKDAYS);
        this.logPrior = new int[segments * WEEKDAYS];
        this.onOpen = new int[segments];
        this.onMiss = new int[segments];
        this.offOpen = new int[segments];
        this.offMiss = new int[segments];
        this.onRate = new double[segments];
        this.offRate = new double[segments];
        this.dayMass = new double[segments * WEEKDAYS];
        this.onSends = new double[segments];
        this.onOpens = new double[segments];
        this.offSends = new double[segments];
        this.offOpens = new double[segments];
        this.sends = new long[segments];
        this.opens = new long[segments];
        int shards = Math.max(1, (n + SimulationEngine.SHARD_SIZE - 1) / SimulationEngine.SHARD_SIZE);
        this.scratchLog = ShardRows.ints(shards, WEEKDAYS);
        this.scratch = ShardRows.doubles(shards, WEEKDAYS);
        updateSegments();
    }

    /** Learning state per customer in bytes (log-likelihoods and the held day), for the memory guard. */
    public static int bytesPerCustomer() {
        return 2 * WEEKDAYS + 2;
    }

    /** Weekday of a day of the run (day 0 is a Monday, as in the world). */
    public static int weekday(int day) {
        return day % WEEKDAYS;
    }

    /**
     * Whether a contact due today for {@code customer} is held back to a later day. Called for
     * each such contact; the first call of a customer-day decides and later calls of the same day
     * give the same answer (the held day is the state).
     */
    public boolean hold(int customer, int day) {
        int held = heldUntil[customer];
        if (held >= day) {
            return day < held;
        }
        int q = fixedWeekday >= 0 ? fixedWeekday
                : draw(customer, KeyedUniforms.uniform(keys.key(customer, PERIOD_KEY_BASE + day / REDRAW_DAYS), 0));
        int delay = Math.floorMod(q - weekday(day), WEEKDAYS);
        int until = delay < window ? day + delay : day;
        heldUntil[customer] = (short) until;
        return until > day;
    }

    /** A preferred weekday drawn from the customer's posterior (Thompson sampling). */
    private int draw(int customer, double uniform) {
        int shard = customer / SimulationEngine.SHARD_SIZE;
        double[] w = scratch[shard];
        double total = posterior(customer, scratchLog[shard], w);
        double u = uniform * total;
        int q = 0;
        for (; q < WEEKDAYS - 1; q++) {
            u -= w[q];
            if (u < 0) {
                break;
            }
        }
        return q;
    }

    /** The customer's most probable preferred weekday (for reports and tests, between days). */
    public int bestWeekday(int customer) {
        if (fixedWeekday >= 0) {
            return fixedWeekday;
        }
        double[] w = new double[WEEKDAYS];
        posterior(customer, new int[WEEKDAYS], w);
        int best = 0;
        for (int q = 1; q < WEEKDAYS; q++) {
            if (w[q] > w[best]) {
                best = q;
            }
        }
        return best;
    }

    private double posterior(int customer, int[] l, double[] w) {
        int base = customer * WEEKDAYS;
        int pb = history.population().segment(customer) * WEEKDAYS;
        for (int q = 0; q < WEEKDAYS; q++) {
            l[q] = logLik[base + q] + logPrior[pb + q];
        }
        return weights(l, w);
    }

    private static double weights(int[] l, double[] w) {
        int max = Integer.MIN_VALUE;
        for (int q = 0; q < WEEKDAYS; q++) {
            max = Math.max(max, l[q]);
        }
        double total = 0;
        for (int q = 0; q < WEEKDAYS; q++) {
            int x = max - l[q];
            double e = x < EXP_TABLE ? EXP[x] : 0.0;
            w[q] = e;
            total += e;
        }
        return total;
    }

    /** A contact was delivered to {@code customer} on {@code day}; {@code opened}: seen. Ends any hold. */
    public void record(int customer, int day, boolean opened) {
        heldUntil[customer] = NONE;
        if (fixedWeekday >= 0) {
            return;
        }
        int wd = weekday(day);
        int g = history.population().segment(customer);
        int on = opened ? onOpen[g] : onMiss[g];
        int off = opened ? offOpen[g] : offMiss[g];
        int base = customer * WEEKDAYS;
        // Adding `off` to every weekday changes nothing relative: only the sent weekday moves, by on − off.
        int v = logLik[base + wd] + on - off;
        if (v > 0) {
            // Keep the most likely weekday at 0: shift all down by v.
            for (int q = 0; q < WEEKDAYS; q++) {
                logLik[base + q] = (short) Math.max(logLik[base + q] - v, Short.MIN_VALUE);
            }
            logLik[base + wd] = 0;
        } else {
            boolean wasMax = logLik[base + wd] == 0;
            logLik[base + wd] = (short) Math.max(v, Short.MIN_VALUE);
            if (wasMax && v < 0) {
                renormalise(base);
            }
        }
        if (customer % sampleStride == 0) {
            sampleCounts.record(customer / sampleStride, wd, opened);
        }
    }

    /** Shifts the customer's log-likelihoods so that the largest is 0 (it may have been the one lowered). */
    private void renormalise(int base) {
        int max = Integer.MIN_VALUE;
        for (int q = 0; q < WEEKDAYS; q++) {
            max = Math.max(max, logLik[base + q]);
        }
        if (max != 0) {
            for (int q = 0; q < WEEKDAYS; q++) {
                logLik[base + q] = (short) Math.max(logLik[base + q] - max, Short.MIN_VALUE);
            }
        }
    }

    /** Between days: EM of the segment level over the sample, warm-started; alone, in customer order. */
    public void endOfDay() {
        if (fixedWeekday >= 0) {
            return;
        }
        int[] l = scratchLog[0];
        double[] w = scratch[0];
        for (int it = 0; it < EM_ITERATIONS; it++) {
            Arrays.fill(dayMass, 0);
            Arrays.fill(onSends, 0);
            Arrays.fill(onOpens, 0);
            Arrays.fill(offSends, 0);
            Arrays.fill(offOpens, 0);
            Arrays.fill(sends, 0);
            Arrays.fill(opens, 0);
            for (int i = 0; i < history.size(); i += sampleStride) {
                int row = i / sampleStride;
                int g = history.population().segment(i);
                int rowSends = 0;
                int rowOpens = 0;
                for (int d = 0; d < WEEKDAYS; d++) {
                    rowSends += sampleCounts.sends(row, d);
                    rowOpens += sampleCounts.opens(row, d);
                }
                if (rowSends == 0) {
                    continue;
                }
                System.arraycopy(logPrior, g * WEEKDAYS, l, 0, WEEKDAYS);
                for (int d = 0; d < WEEKDAYS; d++) {
                    int n = sampleCounts.sends(row, d);
                    int o = sampleCounts.opens(row, d);
                    // q = d: on-rates for day d's counts, off-rates for the rest; relative to all-off.
                    l[d] += o * (onOpen[g] - offOpen[g]) + (n - o) * (onMiss[g] - offMiss[g]);
                }
                double total = weights(l, w);
                sends[g] += rowSends;
                opens[g] += rowOpens;
                for (int q = 0; q < WEEKDAYS; q++) {
                    double p = w[q] / total;
                    dayMass[g * WEEKDAYS + q] += p;
                    int n = sampleCounts.sends(row, q);
                    int o = sampleCounts.opens(row, q);
                    onSends[g] += p * n;
                    onOpens[g] += p * o;
                    offSends[g] += p * (rowSends - n);
                    offOpens[g] += p * (rowOpens - o);
                }
            }
            updateSegments();
        }
    }

    /** The segment's learned open rate on (true) or off (false) the preferred weekday; for reports and tests. */
    public double openRate(int segment, boolean onPreferredDay) {
        return onPreferredDay ? onRate[segment] : offRate[segment];
    }

    /** The segment's learned share of customers preferring {@code weekday}; for reports and tests. */
    public double weekdayShare(int segment, int weekday) {
        double[] w = new double[WEEKDAYS];
        int[] l = new int[WEEKDAYS];
        System.arraycopy(logPrior, segment * WEEKDAYS, l, 0, WEEKDAYS);
        double total = weights(l, w);
        return w[weekday] / total;
    }

    private void updateSegments() {
        for (int g = 0; g < segments; g++) {
            double overall = (opens[g] + 1.0) / (sends[g] + 2.0);
            double mass = 0;
            for (int q = 0; q < WEEKDAYS; q++) {
                mass += dayMass[g * WEEKDAYS + q];
            }
            for (int q = 0; q < WEEKDAYS; q++) {
                double pi = (dayMass[g * WEEKDAYS + q] + DAY_PRIOR_MASS) / (mass + WEEKDAYS * DAY_PRIOR_MASS);
                logPrior[g * WEEKDAYS + q] = quantise(strength * Math.log(pi));
            }
            double startA = Math.min(0.99, 1.2 * overall);
            double startB = Math.min(0.99, 0.97 * overall);
            double a = (onOpens[g] + RATE_PRIOR_SENDS * startA) / (onSends[g] + RATE_PRIOR_SENDS);
            double b = (offOpens[g] + RATE_PRIOR_SENDS * startB) / (offSends[g] + RATE_PRIOR_SENDS);
            if (a < b) { // the assumption a ≥ b: pool them (isotonic regression of two values)
                double pooled = (onOpens[g] + offOpens[g] + RATE_PRIOR_SENDS * (startA + startB))
                        / (onSends[g] + offSends[g] + 2 * RATE_PRIOR_SENDS);
                a = pooled;
                b = pooled;
            }
            a = Math.min(Math.max(a, 1e-4), 1 - 1e-4);
            b = Math.min(Math.max(b, 1e-4), 1 - 1e-4);
            onRate[g] = a;
            offRate[g] = b;
            onOpen[g] = quantise(Math.log(a));
            onMiss[g] = quantise(Math.log(1 - a));
            offOpen[g] = quantise(Math.log(b));
            offMiss[g] = quantise(Math.log(1 - b));
        }
    }

    private static int quantise(double nats) {
        return (int) Math.round(nats * SCALE);
    }
}
