/**
 * The send-time learner's row update in two layouts, in a stand-alone loop (no jar needed): 24 depths as
 * 16-bit lanes in six longs (48-byte rows, until session 8) against 10-bit lanes in four longs (32-byte
 * rows, policy.HourRows), each an add with saturation, the minimum and the shift back to 0, over ROWS
 * customers of which 28 % (the bench workload's outcomes per customer-day) are touched, in customer
 * order as the engine touches them. Prints ns per update for each layout, alternating, after a warm-up.
 * docs/personalisation.md, "Session 8". Usage: {@code java bench/RowLayout.java ROWS [wide|narrow]} (e.g. 4000 and 1000000; one layout per
 * JVM is the fairer comparison, as the JIT then compiles the loop for that layout alone).
 */
public class RowLayout {

    interface Layout {
        int words();

        void update(long[] rows, int base, long[] terms, int t);
    }

    /** 16-bit lanes, four to a long, six longs; guard bit 15 of each lane. */
    static final class Wide implements Layout {
        static final long G = 0x8000_8000_8000_8000L;
        static final long ONES = 0x0001_0001_0001_0001L;

        public int words() {
            return 6;
        }

        public void update(long[] rows, int base, long[] terms, int t) {
            long m = ~G;
            for (int j = 0; j < 6; j++) {
                long x = rows[base + j] + terms[t + j];
                long over = x & G;
                x = (x | (over - (over >>> 15))) & ~G;
                rows[base + j] = x;
                m = min(m, x);
            }
            m = min(m, m >>> 32);
            m = min(m, m >>> 16);
            long shift = (m & 0xFFFF) * ONES;
            for (int j = 0; j < 6; j++) {
                rows[base + j] -= shift;
            }
        }

        static long min(long a, long b) {
            long ge = ((a | G) - b) & G;
            long mask = ge - (ge >>> 15);
            return (b & mask) | (a & ~mask);
        }
    }

    /** 10-bit lanes, six to a long, four longs; guard bit 9 of each lane (as policy.HourRows). */
    static final class Narrow implements Layout {
        static final long ONES = 0x0004_0100_4010_0401L;
        static final long G = ONES << 9;
        static final long ALL = ONES * 511;

        public int words() {
            return 4;
        }

        public void update(long[] rows, int base, long[] terms, int t) {
            long x0 = sat(rows[base] + terms[t]);
            long x1 = sat(rows[base + 1] + terms[t + 1]);
            long x2 = sat(rows[base + 2] + terms[t + 2]);
            long x3 = sat(rows[base + 3] + terms[t + 3]);
            long m = min(min(x0, x1), min(x2, x3));
            long half = min(m, m >>> 30);
            long pair = min(half, half >>> 10);
            long shift = (min(pair, half >>> 20) & 511) * ONES;
            rows[base] = x0 - shift;
            rows[base + 1] = x1 - shift;
            rows[base + 2] = x2 - shift;
            rows[base + 3] = x3 - shift;
        }

        static long sat(long x) {
            long over = x & G;
            return (x | (over - (over >>> 9))) & ALL;
        }

        static long min(long a, long b) {
            long ge = ((a | G) - b) & G;
            long mask = ge - (ge >>> 9);
            return (b & mask) | (a & ~mask);
        }
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        java.util.Random random = new java.util.Random(18);
        int[] touched = new int[n];
        int[] termRow = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < 0.28) {
                termRow[m] = random.nextInt(48);
                touched[m++] = i;
            }
        }
        Layout[] layouts = {new Wide(), new Narrow()};
        // A second argument, wide or narrow, times one layout alone: then the JIT compiles the loop for it only.
        String only = args.length > 1 ? args[1] : "both";
        String[] names = {"48-byte rows (16-bit lanes)", "32-byte rows (10-bit lanes)"};
        long[][] rows = new long[2][];
        long[][] terms = new long[2][];
        for (int k = 0; k < 2; k++) {
            int w = layouts[k].words();
            rows[k] = new long[n * w];
            terms[k] = new long[48 * w];
            for (int i = 0; i < terms[k].length; i++) {
                terms[k][i] = random.nextLong() & (k == 0 ? 0x003F_003F_003F_003FL : 0x003F * Narrow.ONES);
            }
        }
        double[][] ns = new double[2][5];
        for (int rep = -3; rep < 5; rep++) { // three warm-up rounds
            for (int k = 0; k < 2; k++) {
                if (only.equals(k == 0 ? "narrow" : "wide")) {
                    continue;
                }
                Layout layout = layouts[k];
                int w = layout.words();
                long start = System.nanoTime();
                for (int pass = 0; pass < 20; pass++) {
                    for (int q = 0; q < m; q++) {
                        layout.update(rows[k], touched[q] * w, terms[k], termRow[q] * w);
                    }
                }
                if (rep >= 0) {
                    ns[k][rep] = (System.nanoTime() - start) / (20.0 * m);
                }
            }
        }
        for (int k = 0; k < 2; k++) {
            if (only.equals(k == 0 ? "narrow" : "wide")) {
                continue;
            }
            java.util.Arrays.sort(ns[k]);
            System.out.printf("%,d rows, %s: %.1f ns per update (median of 5 rounds; range %.1f-%.1f)%n", n, names[k],
                    ns[k][2], ns[k][0], ns[k][4]);
        }
    }
}
