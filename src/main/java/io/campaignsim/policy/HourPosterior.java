package io.campaignsim.policy;

import io.campaignsim.random.Draws;

/**
 * Draws a customer's preferred hour from the posterior of {@link SendTimeLearner}: the segment prior
 * π_s(p) times the likelihood exp(L_p) of the customer's opens and non-opens, both kept as logarithms
 * quantised to 1/{@value SendTimeLearner#SCALE} nat, the weights in fixed point.
 *
 * <p>The outcome's draw is by rejection: an hour proposed from the segment prior (its alias table, one
 * random number) is accepted with probability exp(L_p − max L) ≤ 1, so an accepted hour is distributed as
 * π_s(p) exp(L_p) normalised, the posterior. After {@link #TRIALS} rejections the draw computes the
 * posterior's weights over all 24 hours and inverts their running sum instead, also a draw from the
 * posterior: whichever way it ends, the hour is an exact Thompson draw (up to the rounding of the
 * fixed-point weights, below 2^−20 of a weight). A proposal costs a random number and two table reads
 * where the full draw costs a table read, a sum and a store per hour.
 */
final class HourPosterior {

    static final int HOURS = SendTimeLearner.HOURS;
    /** Fixed-point weights are scaled by 2^FIXED_BITS. */
    static final int FIXED_BITS = 30;
    /**
     * exp(−x / SCALE) × 2^{@value #FIXED_BITS} in fixed point, for x up to 32 nats, the last entry 0: the
     * full draw sums and searches 64-bit integers, whose dependent additions take one cycle where doubles
     * take four, from a 4 KB table that stays in the first-level cache beside the engine's data.
     */
    private static final int[] EXP_FIXED = new int[1024];
    /**
     * The full draw weighs hours against 0 only while the best posterior is above this (−14 nats): its
     * fixed-point weight is then at least 2^30 e^−14 ≈ 890, and every hour within 16 nats of it is in the
     * table; below, it returns {@link #NONE} and the next decision draws against the maximum in doubles
     * ({@link SendTimeLearner#choose}).
     */
    static final int FIXED_FLOOR = -14 * SendTimeLearner.SCALE;
    /** No hour drawn (the posterior is too far below 0 for the fixed-point weights). */
    static final byte NONE = -1;
    /**
     * Proposals from the segment prior before the draw computes the whole posterior instead. With
     * acceptance a the full draw is needed with probability (1 − a)^4: 2 % at the bench workload's average
     * acceptance of 0.63 (200,000 customers, 30 days), 16 % at 0.37, the 120-day send-time scenario's.
     */
    static final int TRIALS = 4;

    static {
        for (int x = 0; x < EXP_FIXED.length - 1; x++) {
            EXP_FIXED[x] = (int) Math.round(Math.scalb(Math.exp(-(double) x / SendTimeLearner.SCALE), FIXED_BITS));
        }
    }

    private HourPosterior() {
    }

    /** exp(−x / SCALE) in fixed point (x ≥ 0 quantised nats; 0 beyond 32 nats). */
    static int weight(int x) {
        return EXP_FIXED[Math.min(x, EXP_FIXED.length - 1)];
    }

    /**
     * A preferred hour drawn from the posterior π_s(p) exp(L_p): the row of {@code depth} at {@code base}
     * holds −L_p ({@link HourRows}; their minimum is 0, so max L = 0), {@code logPrior[pb + p]} log π_s(p) (≤ 0, quantised), {@code cut}
     * and {@code other} the prior's alias table from {@link #priorTables}, {@code cum} 24 longs of scratch.
     * Returns {@link #NONE} when the full draw finds the posterior below {@link #FIXED_FLOOR}.
     */
    static int draw(long[] depth, int base, int[] logPrior, int pb, long[] cut, byte[] other,
            long[] cum, Draws draws) {
        for (int k = 0; k < TRIALS; k++) {
            long r = draws.nextLong();
            // The low 32 bits pick the alias slot (×24: the slot in the high word, the slot's coin in the
            // low word); the top 30 bits are the acceptance uniform, against weights scaled by 2^30.
            long x = (r & 0xFFFFFFFFL) * HOURS;
            int p = (int) (x >>> 32);
            if ((x & 0xFFFFFFFFL) >= cut[pb + p]) {
                p = other[pb + p];
            }
            if ((r >>> (64 - FIXED_BITS)) < weight(HourRows.get(depth, base, p))) {
                return p;
            }
        }
        // The full draw: the posterior's weights against 0 (every log-likelihood and log-prior is ≤ 0),
        // their running sum, and the hour whose running sum first exceeds a uniform.
        long total = 0;
        int maxPosterior = Integer.MIN_VALUE;
        for (int j = 0, p = 0; j < HourRows.WORDS; j++) {
            long word = depth[base + j];
            for (int k = 0; k < HourRows.LANES; k++, p++) {
                int lp = logPrior[pb + p] - HourRows.lane(word, k);
                maxPosterior = Math.max(maxPosterior, lp);
                total += weight(-lp);
                cum[p] = total;
            }
        }
        return maxPosterior < FIXED_FLOOR ? NONE : drawCumulative(cum, 0, draws);
    }

    /**
     * The hour whose cumulative weight first exceeds a uniform integer in [0, total): a preferred hour
     * drawn with probability proportional to its weight. Counted without branches (the cumulative
     * weights do not decrease), so the draw costs no mispredicted exit.
     */
    static int drawCumulative(long[] cum, int from, Draws draws) {
        long total = cum[from + HOURS - 1];
        // floor(r / 2^63 × total) for r uniform in [0, 2^63): uniform in [0, total) (total < 2^35).
        long u = Math.multiplyHigh(draws.nextLong() >>> 1, total << 1);
        // cum − u − 1 is negative exactly when cum <= u (all values below 2^36): its sign bit counts
        // the hour, with no branch for the JIT to compile into 23 unpredictable jumps.
        int p = 0;
        for (int q = 0; q < HOURS - 1; q++) {
            p += (int) ((cum[from + q] - u - 1) >>> 63);
        }
        return p;
    }

    /**
     * The two tables of the prior whose quantised logs are {@code logPrior[from..from+24)}, from its
     * fixed-point weights against its largest term: {@code cumulative}, their running sum (for a first
     * decision's draw by {@link #drawCumulative}), and the alias table (Walker 1977, built as in Vose 1991)
     * that {@link #draw} proposes from: slot p keeps a proposal when its 32-bit coin is below
     * {@code cut[from + p]} and hands it to {@code other[from + p]} otherwise. Slots below the mean weight
     * are filled up from those above, so a slot holds at most two hours and hour p is proposed with
     * probability exactly its weight's share (to 2^−32 per slot).
     */
    static void priorTables(int[] logPrior, int from, long[] cumulative, long[] cut, byte[] other) {
        int max = Integer.MIN_VALUE;
        for (int p = 0; p < HOURS; p++) {
            max = Math.max(max, logPrior[from + p]);
        }
        double[] q = new double[HOURS];
        long sum = 0;
        for (int p = 0; p < HOURS; p++) {
            int w = weight(max - logPrior[from + p]);
            sum += w;
            cumulative[from + p] = sum;
            q[p] = w;
        }
        double total = sum; // exact: below 2^35
        int[] small = new int[HOURS];
        int[] large = new int[HOURS];
        int smalls = 0;
        int larges = 0;
        for (int p = 0; p < HOURS; p++) {
            q[p] *= HOURS / total; // mean 1
            if (q[p] < 1) {
                small[smalls++] = p;
            } else {
                large[larges++] = p;
            }
        }
        while (smalls > 0 && larges > 0) {
            int s = small[--smalls];
            int l = large[--larges];
            cut[from + s] = Math.round(Math.scalb(q[s], 32));
            other[from + s] = (byte) l;
            q[l] -= 1 - q[s];
            if (q[l] < 1) {
                small[smalls++] = l;
            } else {
                large[larges++] = l;
            }
        }
        // What is left holds 1 up to rounding: the slot keeps its own hour.
        for (int k = 0; k < larges; k++) {
            cut[from + large[k]] = 1L << 32;
            other[from + large[k]] = (byte) large[k];
        }
        for (int k = 0; k < smalls; k++) {
            cut[from + small[k]] = 1L << 32;
            other[from + small[k]] = (byte) small[k];
        }
    }
}
