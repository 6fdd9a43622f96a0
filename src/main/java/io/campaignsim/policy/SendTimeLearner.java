package io.campaignsim.policy;

import io.campaignsim.core.ShardRows;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.random.Draws;
import io.campaignsim.scenario.QuietHours;

/**
 * Learns each customer's best send hour from open rates, with a hierarchical prior, and picks
 * the hour by Thompson sampling (docs/personalisation.md).
 *
 * <p><b>Model.</b> Customer i has a latent preferred hour P_i in 0..23. The prior of P_i is its
 * segment's distribution of preferred hours π_s (the upper level of the hierarchy, learned from
 * every customer of the segment). A contact sent at hour h is opened with probability
 * r_s(d(h, P_i)), where d is the circular distance in hours (0..12) and r_s the segment's open
 * rate by distance from the preferred hour, also learned from every customer. The customer's
 * posterior over P_i after sends at hours h_k with outcomes o_k is
 *
 * <pre>
 *   log P(P_i = p | data) = log π_s(p) + Σ_k [ o_k log r_s(d(h_k, p)) + (1 − o_k) log(1 − r_s(d(h_k, p))) ] + const
 * </pre>
 *
 * so opens and non-opens both count: the learner works on open rates, not on open counts.
 * <b>Thompson sampling</b>: each decision draws p from this posterior and sends at p (or, if p
 * is a quiet hour, at the allowed hour nearest to it), so an hour is tried with the posterior
 * probability that it is the customer's best.
 *
 * <p><b>Segment level.</b> π_s and r_s are estimated by expectation-maximisation between days:
 * one iteration a day ({@link #EM_ITERATIONS}) over a fixed sample of customers (every 2^k-th,
 * {@link #EM_SAMPLE} / 2 to {@link #EM_SAMPLE} of them), whose sends and opens per hour are also
 * kept as counts, each customer's posterior weighting their sends and opens by distance and their
 * preferred-hour mass, warm-started from the day before (so the iterations add up over the days).
 * r_s starts from a profile that falls linearly with the distance (1.4× the segment's open rate
 * at the preferred hour to 0.6× twelve hours away, worth {@link #PROFILE_PRIOR_SENDS} sends
 * at each distance) and is kept non-increasing in the distance (isotonic regression): the model's
 * one assumption, that customers open more near their preferred hour, which also breaks the
 * symmetry EM would otherwise not leave.
 *
 * <p><b>State.</b> Per customer, the log-likelihood of each of the 24 preferred hours, quantised to
 * 1/{@link #SCALE} nat and kept as a 9-bit depth −L_p below the best hour's, six hours to a long
 * ({@link HourRows}, 32 bytes), updated when a contact's outcome arrives, with the segment's profile
 * r_s of that day (an online approximation: a contact keeps the profile it was scored with; the EM
 * sample is rescored from its counts every day), and the preferred hour drawn at that outcome for the
 * next decision (1 byte): 33 bytes. Only differences matter, so the best hour is kept at depth 0 and
 * depths saturate at {@link HourRows#MAX} ({@value HourRows#MAX} / {@value #SCALE} ≈ 16 nats: a
 * likelihood ratio of 9 million, where a weight no longer matters to a draw). An outcome costs four
 * word operations for the update and a draw by rejection from the segment prior ({@link HourPosterior});
 * a decision reads the drawn hour.
 *
 * @implNote {@link #choose} and {@link #record} are customer-local and may run on shard threads
 *     (the segment counts they add to are per shard), {@link #endOfShardDay} on the shard's thread after
 *     its day; {@link #endOfDay} runs alone between days.
 */
public final class SendTimeLearner {

    public static final int HOURS = 24;
    /** Quantisation of the per-customer log-likelihoods: units per nat. */
    static final int SCALE = 32;
    /** exp(−x / SCALE) for x up to 64 nats, the last entry 0: the weights of the draws in doubles, against the maximum. */
    private static final int EXP_TABLE = 2048;
    private static final double[] EXP = new double[EXP_TABLE];
    /** {@link #drawn}: no hour drawn. */
    private static final byte NONE = HourPosterior.NONE;
    /** {@link #drawn}: no outcome yet, so the posterior is the segment prior and the decision draws from its table. */
    private static final byte FRESH = -2;
    /** Distances 0..12. */
    static final int DISTANCES = HOURS / 2 + 1;
    private static final int[] DISTANCE = new int[HOURS * HOURS];
    /**
     * EM iterations between days (warm-started, so they add up over the days). Two made no
     * difference to PersonalisationLearningTest's learning curve and cost twice the CPU.
     */
    static final int EM_ITERATIONS = 1;
    /** Customers the segment level is estimated from, at most (a fixed sample, every k-th customer). */
    static final int EM_SAMPLE = 2000;
    /** Pseudo-sends of the starting profile at each distance. */
    static final double PROFILE_PRIOR_SENDS = 20;
    /** Pseudo-customers of the uniform prior over preferred hours, per hour. */
    static final double HOUR_PRIOR_MASS = 5;
    /** Default prior strength: the segment's preferred-hour distribution counts as is (1 = Bayes' rule). */
    public static final double DEFAULT_PRIOR_STRENGTH = io.campaignsim.scenario.SendTimeSpec.DEFAULT_PRIOR_STRENGTH;

    static {
        for (int x = 0; x < EXP_TABLE - 1; x++) {
            EXP[x] = Math.exp(-(double) x / SCALE);
        }
        for (int h = 0; h < HOURS; h++) {
            for (int p = 0; p < HOURS; p++) {
                int d = Math.abs(h - p);
                DISTANCE[h * HOURS + p] = Math.min(d, HOURS - d);
            }
        }
    }

    private final ObservedHistory history;
    private final int segments;
    private final double strength;
    /**
     * Per customer and preferred hour p, the depth −L_p ≥ 0 of the quantised log-likelihood of the customer's
     * opens and non-opens below the best hour's, packed six hours to a long ({@link HourRows}, four longs a customer).
     */
    private final long[] depth;
    /**
     * Per customer, the preferred hour drawn at an outcome for its next decisions; {@link #NONE}: draw at the
     * decision; {@link #FRESH}: no outcome yet, draw from the segment prior.
     */
    private final byte[] drawn;
    /** Sends and opens by hour of the customers in the EM sample (customer k × stride is sample row k). */
    private final OpenCounts sampleCounts;
    /** Send hour for a preferred hour p: p itself, or the nearest hour that is not quiet. */
    private final int[] sendHour;
    // Segment level, fixed for the day: quantised log π_s(p) and log r_s(d), log(1 − r_s(d)).
    private final int[] logPrior;
    /**
     * Per segment, the cumulative fixed-point weights of the prior π_s over preferred hours (the posterior of
     * a customer without outcomes), so that a first decision draws without reading the customer's row.
     */
    private final long[] priorCumulative;
    /**
     * Per segment, the alias table of the prior π_s (Walker; Vose's construction): hour p keeps a proposal
     * at slot p when the slot's 32-bit coin is below {@code aliasCut}, otherwise it goes to {@code aliasOther}.
     */
    private final long[] aliasCut;
    private final byte[] aliasOther;
    private final int[] logOpen;
    private final int[] logMiss;
    /**
     * Per segment and send hour h, the row over preferred hours p of −log r_s(d(h, p)) and −log(1 − r_s(d(h, p))),
     * quantised, as depths in {@link HourRows}: what an open or a non-open adds.
     */
    private final long[] openDepth;
    private final long[] missDepth;
    private final double[] profile;
    // The segment level's expected counts (M-step), over the sample of customers.
    private final double[] hourMass;
    private final double[] distSends;
    private final double[] distOpens;
    private final long[] sends;
    private final long[] opens;
    /**
     * Per shard, the E-step's sums over the shard's sample customers: expected preferred-hour mass (segments ×
     * 24), expected sends and opens by distance (segments × 13 each), sends and opens (segments each), and
     * at {@link #emDone} 1 once the shard's E-step for the day is in.
     */
    private final double[][] emSums;
    /** Where each kind of sum starts in a row of {@link #emSums}, and the slot of the done flag. */
    private final int emDistSends;
    private final int emDistOpens;
    private final int emSends;
    private final int emOpens;
    private final int emDone;
    /** Per shard, scratch for the posterior weights and log-posterior. */
    private final double[][] scratch;
    /** Per shard, the fixed-point cumulative posterior weights of an outcome's draw. */
    private final long[][] cumulative;
    private final int[][] logPosterior;
    /** The EM sample: customers whose index is a multiple of 2^sampleShift (a mask test, no division). */
    private final int sampleShift;
    private final int sampleMask;

    /**
     * @param priorStrength exponent of the segment prior π_s in the posterior (1: Bayes' rule;
     *     above 1 trusts the segment more than the customer's own opens)
     */
    public SendTimeLearner(ObservedHistory history, QuietHours quiet, double priorStrength) {
        this.history = history;
        this.segments = history.population().segmentNames().size();
        this.strength = priorStrength;
        int n = history.size();
        this.depth = new long[n * HourRows.WORDS];
        this.drawn = new byte[n];
        java.util.Arrays.fill(drawn, FRESH);
        this.sendHour = new int[HOURS];
        for (int p = 0; p < HOURS; p++) {
            sendHour[p] = nearestAllowed(p, quiet);
        }
        this.logPrior = new int[segments * HOURS];
        this.priorCumulative = new long[segments * HOURS];
        this.aliasCut = new long[segments * HOURS];
        this.aliasOther = new byte[segments * HOURS];
        this.logOpen = new int[segments * DISTANCES];
        this.logMiss = new int[segments * DISTANCES];
        this.profile = new double[segments * DISTANCES];
        this.openDepth = new long[segments * HOURS * HourRows.WORDS];
        this.missDepth = new long[segments * HOURS * HourRows.WORDS];
        this.hourMass = new double[segments * HOURS];
        this.distSends = new double[segments * DISTANCES];
        this.distOpens = new double[segments * DISTANCES];
        this.sends = new long[segments];
        this.opens = new long[segments];
        int shards = Math.max(1, (n + SimulationEngine.SHARD_SIZE - 1) / SimulationEngine.SHARD_SIZE);
        this.scratch = ShardRows.doubles(shards, HOURS);
        this.cumulative = ShardRows.longs(shards, HOURS);
        // Every 2^k-th customer, k the smallest with at most EM_SAMPLE of them (EM_SAMPLE / 2 to EM_SAMPLE).
        int shift = 0;
        while ((n + (1 << shift) - 1) >> shift > EM_SAMPLE) {
            shift++;
        }
        this.sampleShift = shift;
        this.sampleMask = (1 << shift) - 1;
        this.sampleCounts = new OpenCounts((n + sampleMask) >> shift, HOURS);
        this.logPosterior = ShardRows.ints(shards, HOURS);
        this.emDistSends = segments * HOURS; // the hour mass first, at 0
        this.emDistOpens = emDistSends + segments * DISTANCES;
        this.emSends = emDistOpens + segments * DISTANCES;
        this.emOpens = emSends + segments;
        this.emDone = emOpens + segments;
        this.emSums = ShardRows.doubles(shards, emDone + 1);
        updateSegments();
    }

    private static int nearestAllowed(int p, QuietHours quiet) {
        for (int k = 0; k <= HOURS / 2; k++) {
            int later = (p + k) % HOURS;
            int earlier = (p - k + HOURS) % HOURS;
            if (!quiet.isQuiet(later)) {
                return later;
            }
            if (!quiet.isQuiet(earlier)) {
                return earlier;
            }
        }
        throw new IllegalArgumentException("every hour is quiet");
    }

    /** Learning state per customer, in bytes (the memory guard counts it). */
    public static int bytesPerCustomer() {
        return HourRows.WORDS * Long.BYTES + 1;
    }

    /**
     * The send hour for this decision: the hour nearest a preferred hour drawn from the customer's
     * posterior. The draw made when the customer's last outcome was recorded ({@link #record(int,
     * int, boolean, Draws)}) is used while no new outcome has come in; otherwise (no outcome yet,
     * or one recorded without a draw) it is drawn now.
     */
    public int choose(int customer, Draws draws) {
        int drawn = this.drawn[customer];
        if (drawn >= 0) {
            return sendHour[drawn];
        }
        int seg = history.population().segment(customer);
        if (drawn == FRESH) { // every log-likelihood is 0: the posterior is the segment prior
            return sendHour[HourPosterior.drawCumulative(priorCumulative, seg * HOURS, draws)];
        }
        double[] w = scratch[customer / SimulationEngine.SHARD_SIZE];
        double total = posterior(customer, w);
        return sendHour[draw(w, total, draws)];
    }

    /** The send hour of the draw kept from the customer's last outcome, or -1 when {@link #choose} must draw. */
    public int keptHour(int customer) {
        int drawn = this.drawn[customer];
        return drawn < 0 ? -1 : sendHour[drawn];
    }

    /** A preferred hour drawn with probability proportional to the weights {@code w} (their sum {@code total}). */
    private static int draw(double[] w, double total, Draws draws) {
        double u = draws.nextDouble() * total;
        int p = 0;
        for (; p < HOURS - 1; p++) {
            u -= w[p];
            if (u < 0) {
                break;
            }
        }
        return p;
    }

    /**
     * The send hour of the customer's most probable preferred hour (no exploration); for reports
     * and tests, between days (it uses the shard's scratch space).
     */
    public int bestHour(int customer) {
        double[] w = new double[HOURS];
        posterior(customer, w);
        int best = 0;
        for (int p = 1; p < HOURS; p++) {
            if (w[p] > w[best]) {
                best = p;
            }
        }
        return sendHour[best];
    }

    /** Unnormalised posterior weights of the 24 preferred hours into {@code w}; returns their sum. */
    private double posterior(int customer, double[] w) {
        int[] l = logPosterior[customer / SimulationEngine.SHARD_SIZE];
        int base = customer * HourRows.WORDS;
        int pb = history.population().segment(customer) * HOURS;
        for (int p = 0; p < HOURS; p++) {
            l[p] = logPrior[pb + p] - HourRows.get(depth, base, p);
        }
        return weights(l, w);
    }

    /** As {@link #posterior}, from sample row {@code row}'s counts with today's profile (for the EM). */
    private double samplePosterior(int row, int seg, int[] l, double[] w) {
        System.arraycopy(logPrior, seg * HOURS, l, 0, HOURS);
        for (int h = 0; h < HOURS; h++) {
            int n = sampleCounts.sends(row, h);
            if (n == 0) {
                continue;
            }
            int o = sampleCounts.opens(row, h);
            int miss = n - o;
            int t = (seg * HOURS + h) * HourRows.WORDS;
            for (int p = 0; p < HOURS; p++) {
                l[p] -= o * HourRows.get(openDepth, t, p) + miss * HourRows.get(missDepth, t, p);
            }
        }
        return weights(l, w);
    }

    /** exp(l − max l) into {@code w} from the table; returns the sum. */
    private static double weights(int[] l, double[] w) {
        int max = Integer.MIN_VALUE;
        for (int p = 0; p < HOURS; p++) {
            max = Math.max(max, l[p]);
        }
        double total = 0;
        for (int p = 0; p < HOURS; p++) {
            int x = max - l[p];
            double e = EXP[Math.min(x, EXP_TABLE - 1)];
            w[p] = e;
            total += e;
        }
        return total;
    }

    /**
     * A contact was delivered to {@code customer} at {@code hour}; {@code opened}: seen. The
     * customer's next decision draws afresh from the updated posterior.
     */
    public void record(int customer, int hour, boolean opened) {
        sample(customer, hour, opened);
        update(customer, opened ? openDepth : missDepth, hour, null);
    }

    /**
     * As {@link #record(int, int, boolean)}, and draws the customer's next preferred hour from the
     * updated posterior (with today's segment prior) in the same pass, with {@code draws}: the
     * customer's next decisions use it and cost nothing. A Thompson draw from the posterior given
     * every outcome so far; only the segment prior it is combined with may be a few days old by
     * the next decision. (Keeping a draw across several non-opens, with the non-opens added at the
     * next draw, was cheaper still but learned more slowly: the share of sends within an hour of
     * the true best hour in days 100-119 of PersonalisationLearningTest fell from 0.60 to 0.54.)
     */
    public void record(int customer, int hour, boolean opened, Draws draws) {
        sample(customer, hour, opened);
        update(customer, opened ? openDepth : missDepth, hour, draws);
    }

    private void sample(int customer, int hour, boolean opened) {
        if ((customer & sampleMask) == 0) {
            sampleCounts.record(customer >>> sampleShift, hour, opened);
        }
    }

    /**
     * Adds the outcome's log-likelihood under each preferred hour ({@code term}'s row for the send
     * hour) and draws the next preferred hour with {@code draws} (none when null).
     */
    private void update(int customer, long[] terms, int hour, Draws draws) {
        int base = customer * HourRows.WORDS;
        int seg = history.population().segment(customer);
        int pb = seg * HOURS;
        // Only differences matter. Every term is ≥ 0 as a depth, so the depths grow: the best hour is moved
        // back to depth 0 at every outcome (a subtraction per word), so that a saturated lane is at least
        // HourRows.MAX below the best hour, where its weight is below e^-MAX/SCALE of the best's.
        HourRows.addAndRenormalise(depth, base, terms, (pb + hour) * HourRows.WORDS);
        drawn[customer] = draws == null ? NONE
                : (byte) HourPosterior.draw(depth, base, logPrior, pb, aliasCut, aliasOther,
                        cumulative[customer / SimulationEngine.SHARD_SIZE], draws);
    }

    /**
     * The shard {@code shard} has had its day: the E-step of the segment-level EM for the sample customers
     * of that shard, into the shard's own sums, on the shard's thread while other shards may still be in
     * their day (it reads only today's segment level, fixed for the day, and this shard's counts, complete
     * now). {@link #endOfDay} adds the shards' sums in shard order, so the result does not depend on threads.
     */
    public void endOfShardDay(int shard) {
        double[] sums = emSums[shard];
        java.util.Arrays.fill(sums, 0, emDone, 0);
        double[] w = scratch[shard];
        int[] l = logPosterior[shard];
        int from = shard * SimulationEngine.SHARD_SIZE;
        int to = Math.min(history.size(), from + SimulationEngine.SHARD_SIZE);
        for (int i = (from + sampleMask) & ~sampleMask; i < to; i += sampleMask + 1) {
            int row = i >> sampleShift;
            int seg = history.population().segment(i);
            double total = -1;
            for (int h = 0; h < HOURS; h++) {
                int n = sampleCounts.sends(row, h);
                if (n == 0) {
                    continue;
                }
                if (total < 0) {
                    total = samplePosterior(row, seg, l, w);
                    for (int p = 0; p < HOURS; p++) {
                        w[p] /= total;
                        sums[seg * HOURS + p] += w[p];
                    }
                }
                int o = sampleCounts.opens(row, h);
                sums[emSends + seg] += n;
                sums[emOpens + seg] += o;
                int db = seg * DISTANCES;
                for (int p = 0; p < HOURS; p++) {
                    int d = db + DISTANCE[h * HOURS + p];
                    sums[emDistSends + d] += w[p] * n;
                    sums[emDistOpens + d] += w[p] * o;
                }
            }
        }
        sums[emDone] = 1;
    }

    /**
     * Between days: {@link #EM_ITERATIONS} iterations of expectation-maximisation of the segment level
     * (π_s, r_s) over a fixed sample of customers, on their counts as they are now, warm-started from
     * yesterday's estimates. The first iteration's E-step was done shard by shard at the end of each
     * shard's day ({@link #endOfShardDay}) where the engine calls it; here the shards it did not reach, then
     * the sums added in shard order and the M-step. Runs alone: the result does not depend on threads.
     */
    public void endOfDay() {
        for (int it = 0; it < EM_ITERATIONS; it++) {
            java.util.Arrays.fill(hourMass, 0);
            java.util.Arrays.fill(distSends, 0);
            java.util.Arrays.fill(distOpens, 0);
            java.util.Arrays.fill(sends, 0);
            java.util.Arrays.fill(opens, 0);
            for (int shard = 0; shard < emSums.length; shard++) {
                double[] sums = emSums[shard];
                if (it > 0 || sums[emDone] == 0) {
                    endOfShardDay(shard);
                }
                for (int j = 0; j < hourMass.length; j++) {
                    hourMass[j] += sums[j];
                }
                for (int j = 0; j < distSends.length; j++) {
                    distSends[j] += sums[emDistSends + j];
                    distOpens[j] += sums[emDistOpens + j];
                }
                for (int j = 0; j < segments; j++) {
                    sends[j] += (long) sums[emSends + j]; // whole counts, exact in doubles
                    opens[j] += (long) sums[emOpens + j];
                }
                sums[emDone] = 0;
            }
            updateSegments();
        }
    }

    /** The segment's learned open rate by distance from the preferred hour (for reports and tests). */
    public double openRate(int segment, int distance) {
        return profile[segment * DISTANCES + distance];
    }

    private void updateSegments() {
        for (int g = 0; g < segments; g++) {
            double overall = (opens[g] + 1.0) / (sends[g] + 2.0);
            double massTotal = 0;
            for (int p = 0; p < HOURS; p++) {
                massTotal += hourMass[g * HOURS + p];
            }
            for (int p = 0; p < HOURS; p++) {
                double pi = (hourMass[g * HOURS + p] + HOUR_PRIOR_MASS) / (massTotal + HOURS * HOUR_PRIOR_MASS);
                logPrior[g * HOURS + p] = quantise(strength * Math.log(pi));
            }
            HourPosterior.priorTables(logPrior, g * HOURS, priorCumulative, aliasCut, aliasOther);
            double[] rate = new double[DISTANCES];
            double[] weight = new double[DISTANCES];
            for (int d = 0; d < DISTANCES; d++) {
                int k = g * DISTANCES + d;
                double start = Math.min(0.99, overall * (1.4 - 0.8 * d / (DISTANCES - 1.0)));
                rate[d] = (distOpens[k] + PROFILE_PRIOR_SENDS * start) / (distSends[k] + PROFILE_PRIOR_SENDS);
                weight[d] = distSends[k] + PROFILE_PRIOR_SENDS;
            }
            Isotonic.decreasing(rate, weight); // the model's one assumption: fewer opens farther from the preferred hour
            for (int d = 0; d < DISTANCES; d++) {
                int k = g * DISTANCES + d;
                double r = Math.min(Math.max(rate[d], 1e-4), 1 - 1e-4);
                profile[k] = r;
                logOpen[k] = quantise(Math.log(r));
                logMiss[k] = quantise(Math.log(1 - r));
            }
            for (int h = 0; h < HOURS; h++) {
                for (int p = 0; p < HOURS; p++) {
                    int row = (g * HOURS + h) * HourRows.WORDS;
                    HourRows.set(openDepth, row, p, -logOpen[g * DISTANCES + DISTANCE[h * HOURS + p]]);
                    HourRows.set(missDepth, row, p, -logMiss[g * DISTANCES + DISTANCE[h * HOURS + p]]);
                }
            }
        }
    }

    private static int quantise(double nats) {
        return (int) Math.round(nats * SCALE);
    }
}
