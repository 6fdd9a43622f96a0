package io.campaignsim.stats;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A vector of exact sums of doubles, rounded to double once, when read. Floating-point addition is
 * not associative, so a total built from partial sums depends on how the parts were grouped; an
 * exact sum does not. This is what lets a simulation merge its shards' tallies in any grouping (all
 * shards on one machine, or customer ranges on a cluster merged as their tasks finish) and still
 * give the same bits, and it is also the most accurate total there is (correctly rounded, ties to
 * even).
 *
 * <p>Each sum is held as a Shewchuk expansion: a few non-overlapping doubles, in increasing order
 * of magnitude, whose exact sum is the sum of everything added (each addition is an exact
 * two-sum, {@code hi + lo == x + y}). Reading rounds it once, as Python's {@code math.fsum} does,
 * including its correction for a result half-way between two doubles. Sums of values of similar
 * size need two or three doubles; no sum needs more than about 40 (the exponent range over 53
 * bits). Should an addition overflow (a partial sum beyond {@code Double.MAX_VALUE}, which no
 * tally reaches), that sum moves to a {@link BigDecimal}, which holds any sum of finite doubles.
 * Non-finite values (which no tally should produce) are kept aside in a plain double, whose
 * addition of infinities and NaN does not depend on order either.
 *
 * <p>Why not a {@link BigDecimal} for every sum (the first version): the engine merges thousands
 * of shard sums a day, enough for the JIT to compile {@code BigDecimal} and {@code BigInteger}
 * arithmetic, repeatedly as new paths were taken: 0.8 s of C2 compile time in a 1-million-customer
 * {@code simulate} (docs/performance.md, "Session 10"). The values are the same, to the bit.
 *
 * @implNote Not thread-safe. Meant for merging per-shard partial sums (thousands a day), not for
 *     the per-customer hot loop.
 */
public final class ExactSums implements Serializable {

    private static final long serialVersionUID = 2L;
    private static final double[] EMPTY = new double[0];

    /** Per sum, its expansion: {@code count[i]} non-overlapping partials, smallest first. */
    private final double[][] partials;
    private final int[] count;
    /** Per sum that overflowed the expansion, its exact value (then its partials are unused); else null. */
    private BigDecimal[] overflowed;
    private final double[] special;

    public ExactSums(int size) {
        partials = new double[size][];
        java.util.Arrays.fill(partials, EMPTY);
        count = new int[size];
        special = new double[size];
    }

    public int size() {
        return partials.length;
    }

    /** Adds {@code value} exactly to sum {@code i}. */
    public void add(int i, double value) {
        if (value == 0) {
            return;
        }
        if (!Double.isFinite(value)) {
            special[i] += value;
            return;
        }
        if (overflowed != null && overflowed[i] != null) {
            overflowed[i] = overflowed[i].add(new BigDecimal(value));
            return;
        }
        double[] p = partials[i];
        int n = count[i];
        double x = value;
        int kept = 0;
        for (int k = 0; k < n; k++) {
            double y = p[k];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            if (Double.isInfinite(hi)) {
                // the sum so far is p[0 .. kept) + x + y + p[k + 1 .. n): all exact, none lost
                BigDecimal sum = new BigDecimal(x).add(new BigDecimal(y));
                for (int j = 0; j < n; j++) {
                    if (j < kept || j > k) {
                        sum = sum.add(new BigDecimal(p[j]));
                    }
                }
                toBigDecimal(i, sum);
                return;
            }
            double lo = y - (hi - x); // exact because |x| >= |y| (Dekker's fast two-sum)
            if (lo != 0) {
                p[kept++] = lo;
            }
            x = hi;
        }
        if (kept == p.length) {
            p = partials[i] = java.util.Arrays.copyOf(p, Math.max(4, 2 * p.length));
        }
        p[kept++] = x;
        count[i] = kept;
    }

    /** Sum {@code i} leaves its expansion for a BigDecimal holding {@code sum}, its exact value. */
    private void toBigDecimal(int i, BigDecimal sum) {
        if (overflowed == null) {
            overflowed = new BigDecimal[partials.length];
        }
        overflowed[i] = sum;
        partials[i] = EMPTY;
        count[i] = 0;
    }

    /** Adds {@code values[k]} to sum {@code offset + k} for every k. */
    public void add(int offset, double[] values) {
        for (int k = 0; k < values.length; k++) {
            add(offset + k, values[k]);
        }
    }

    /** Adds every sum of {@code other} (of the same size) to this one's, exactly. */
    public void add(ExactSums other) {
        if (other.partials.length != partials.length) {
            throw new IllegalArgumentException("cannot add " + other.partials.length + " sums to " + partials.length);
        }
        for (int i = 0; i < partials.length; i++) {
            if (other.overflowed != null && other.overflowed[i] != null) {
                addExact(i, other.overflowed[i]);
            }
            double[] p = other.partials[i];
            for (int k = 0; k < other.count[i]; k++) {
                add(i, p[k]);
            }
            special[i] += other.special[i];
        }
    }

    private void addExact(int i, BigDecimal value) {
        if (overflowed == null || overflowed[i] == null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < count[i]; k++) {
                sum = sum.add(new BigDecimal(partials[i][k]));
            }
            toBigDecimal(i, sum);
        }
        overflowed[i] = overflowed[i].add(value);
    }

    /** Sum {@code i}, correctly rounded to the nearest double (ties to even). */
    public double get(int i) {
        if (special[i] != 0 || Double.isNaN(special[i])) {
            return special[i];
        }
        if (overflowed != null && overflowed[i] != null) {
            return overflowed[i].doubleValue();
        }
        double[] p = partials[i];
        int n = count[i];
        if (n == 0) {
            return 0.0;
        }
        // From the largest partial down, until an addition is inexact (lo != 0): the rest of the
        // partials are then below half an ulp of hi, and only decide a tie (Python's msum/fsum).
        double hi = p[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0) {
                break;
            }
        }
        // hi + lo is exact; if lo is exactly half an ulp and the partials below push the same way,
        // the correctly rounded sum is one ulp further from zero than the tie-to-even rounding of hi + lo.
        if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
        return hi;
    }

    /** Sums {@code from .. from + length - 1}, each correctly rounded. */
    public double[] get(int from, int length) {
        double[] out = new double[length];
        for (int k = 0; k < length; k++) {
            out[k] = get(from + k);
        }
        return out;
    }
}
