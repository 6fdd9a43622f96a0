package io.campaignsim.policy;

/**
 * 24 non-negative quantised values, one per hour, packed four to a {@code long} (16-bit lanes, 15
 * bits used, the top bit of each lane kept free as a guard): the send-time learner's per-customer
 * depths −L_p (how far each preferred hour's log-likelihood is below 0) and its per-segment outcome
 * terms. Adding an outcome, finding the smallest depth and shifting every depth down are then six
 * word operations instead of 24 lane operations (SIMD within a register: no lane carries into its
 * neighbour because every lane stays below 2^16, and the guard bit compares lanes without branches).
 *
 * <p>Depths saturate at {@link #MAX} (1,024 nats at 1/32 nat: far below where a weight is 0 anyway).
 */
final class HourRows {

    static final int WORDS = SendTimeLearner.HOURS / 4;
    /** The largest depth a lane holds. */
    static final int MAX = 0x7FFF;
    /** A term added to a depth must be at most this, so that depth + term never carries out of its lane. */
    static final int MAX_TERM = 0xFFFF - MAX;
    private static final long GUARD = 0x8000_8000_8000_8000L;
    private static final long ONES = 0x0001_0001_0001_0001L;

    private HourRows() {
    }

    /** The value of hour {@code p} in the row starting at {@code base}. */
    static int get(long[] rows, int base, int p) {
        return (int) (rows[base + (p >> 2)] >>> ((p & 3) << 4)) & 0xFFFF;
    }

    /** Sets hour {@code p} of the row starting at {@code base} to {@code value} (0..{@link #MAX}). */
    static void set(long[] rows, int base, int p, int value) {
        int shift = (p & 3) << 4;
        rows[base + (p >> 2)] = rows[base + (p >> 2)] & ~(0xFFFFL << shift) | (long) value << shift;
    }

    /**
     * Adds the row {@code terms[t..t+6)} (each lane at most {@link #MAX_TERM}) to the row {@code rows[base..base+6)},
     * saturating at {@link #MAX}, and returns the smallest value of the result.
     */
    static int addAndMin(long[] rows, int base, long[] terms, int t) {
        long min = ~GUARD;
        for (int j = 0; j < WORDS; j++) {
            long x = rows[base + j] + terms[t + j];
            long over = x & GUARD; // lanes that reached 2^15
            x = (x | (over - (over >>> 15))) & ~GUARD; // those become MAX
            rows[base + j] = x;
            min = min(min, x);
        }
        min = min(min, min >>> 32); // lanes 0, 1 hold the minimum of lanes (0, 2), (1, 3)
        min = min(min, min >>> 16);
        return (int) min & 0xFFFF;
    }

    /** Subtracts {@code value} (at most every lane's value) from every lane of the row. */
    static void subtract(long[] rows, int base, int value) {
        long v = value * ONES;
        for (int j = 0; j < WORDS; j++) {
            rows[base + j] -= v;
        }
    }

    /** Lane by lane minimum of two words whose lanes are at most {@link #MAX}. */
    private static long min(long a, long b) {
        // (a | guard) − b: each lane is 2^15 + a − b > 0, so nothing borrows from the next lane, and
        // the guard bit survives exactly where a ≥ b.
        long ge = ((a | GUARD) - b) & GUARD;
        long mask = ge - (ge >>> 15); // MAX in the lanes where a ≥ b
        return (b & mask) | (a & ~mask);
    }
}
