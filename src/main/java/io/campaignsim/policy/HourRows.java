package io.campaignsim.policy;

/**
 * 24 non-negative quantised values, one per hour, packed six to a {@code long} (10-bit lanes at bits
 * 0, 10, …, 50, 9 bits used, the top bit of each lane kept free as a guard; bits 60–63 unused): the
 * send-time learner's per-customer depths −L_p (how far each preferred hour's log-likelihood is below
 * the best hour's) and its per-segment outcome terms. A row is four longs, 32 bytes, so two rows share
 * a cache line and none straddles two at the array's natural alignment. Adding an outcome, finding the
 * smallest depth and shifting every depth down are then four word operations each instead of 24 lane
 * operations (SIMD within a register: no lane carries into its neighbour because every lane stays below
 * 2^10, and the guard bit compares lanes without branches).
 *
 * <p>Why 10 bits and not 16: with 16-bit lanes a row was six longs (48 bytes), and at a million customers
 * an outcome's update cost about 45 ns against 19 ns for four-long rows in a stand-alone loop over rows
 * touched in customer order as the engine touches them ({@code bench/RowLayout.java};
 * docs/personalisation.md, "Session 8"). Depths
 * saturate at {@link #MAX}, which {@link SendTimeLearner#SCALE} makes {@value #MAX} / SCALE nats.
 */
final class HourRows {

    static final int WORDS = 4;
    /** Lanes per word. */
    static final int LANES = 6;
    static final int LANE_BITS = 10;
    /** The largest depth a lane holds. */
    static final int MAX = (1 << (LANE_BITS - 1)) - 1;
    /** A term added to a depth must be at most this, so that depth + term never carries out of its lane. */
    static final int MAX_TERM = (1 << LANE_BITS) - 1 - MAX;
    /** Bit 0 of every lane. */
    private static final long ONES = 0x0004_0100_4010_0401L;
    /** The top bit of every lane. */
    private static final long GUARD = ONES << (LANE_BITS - 1);
    private static final long ALL_MAX = ONES * MAX;

    private HourRows() {
    }

    /** The value of hour {@code p} in the row starting at {@code base}. */
    static int get(long[] rows, int base, int p) {
        int word = p / LANES; // a constant divisor: the JIT multiplies
        return lane(rows[base + word], p - word * LANES);
    }

    /** Lane {@code k} (0..5) of a word: hour 6 j + k when the word is the row's j-th. */
    static int lane(long word, int k) {
        return (int) (word >>> (k * LANE_BITS)) & MAX;
    }

    /** Sets hour {@code p} of the row starting at {@code base} to {@code value} (0..{@link #MAX}). */
    static void set(long[] rows, int base, int p, int value) {
        int word = p / LANES;
        int shift = (p - word * LANES) * LANE_BITS;
        rows[base + word] = rows[base + word] & ~((long) MAX << shift) | (long) value << shift;
    }

    /**
     * Adds the row {@code terms[t..t+4)} (each lane at most {@link #MAX_TERM}) to the row
     * {@code rows[base..base+4)}, saturating at {@link #MAX}, and subtracts the smallest value of the result
     * from every lane, so that the row's smallest value is 0 afterwards (the best hour at depth 0;
     * saturated lanes come down with the rest).
     */
    static void addAndRenormalise(long[] rows, int base, long[] terms, int t) {
        long x0 = saturate(rows[base] + terms[t]);
        long x1 = saturate(rows[base + 1] + terms[t + 1]);
        long x2 = saturate(rows[base + 2] + terms[t + 2]);
        long x3 = saturate(rows[base + 3] + terms[t + 3]);
        long shift = minLane(min(min(x0, x1), min(x2, x3))) * ONES;
        // Every lane is at least the minimum, so no lane borrows from its neighbour.
        rows[base] = x0 - shift;
        rows[base + 1] = x1 - shift;
        rows[base + 2] = x2 - shift;
        rows[base + 3] = x3 - shift;
    }

    /** Lanes that reached the guard bit (a sum of at most 2 × MAX + 1 < 2^10) become {@link #MAX}. */
    private static long saturate(long x) {
        long over = x & GUARD;
        return (x | (over - (over >>> (LANE_BITS - 1)))) & ALL_MAX;
    }

    /** The smallest of the six lanes of a word whose lanes are at most {@link #MAX} and whose guards are 0. */
    private static int minLane(long m) {
        long half = min(m, m >>> (3 * LANE_BITS)); // lanes 0, 1, 2: the minimum of lanes (0, 3), (1, 4), (2, 5)
        long pair = min(half, half >>> LANE_BITS); // lane 0: min of lanes 0, 1 of half
        return (int) min(pair, half >>> (2 * LANE_BITS)) & MAX; // lane 0: and lane 2 of half
    }

    /** Lane by lane minimum of two words whose lanes are at most {@link #MAX} (guards and bits 60–63 zero). */
    private static long min(long a, long b) {
        // (a | guard) − b: each lane is 2^9 + a − b > 0, so nothing borrows from the next lane, and
        // the guard bit survives exactly where a ≥ b.
        long ge = ((a | GUARD) - b) & GUARD;
        long mask = ge - (ge >>> (LANE_BITS - 1)); // MAX in the lanes where a ≥ b
        return (b & mask) | (a & ~mask);
    }
}
