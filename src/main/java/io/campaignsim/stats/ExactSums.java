package io.campaignsim.stats;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A vector of exact sums of doubles, rounded to double once, when read. Floating-point addition is
 * not associative, so a total built from partial sums depends on how the parts were grouped; an
 * exact sum does not. This is what lets a simulation merge its shards' tallies in any grouping (all
 * shards on one machine, or customer ranges on a cluster merged as their tasks finish) and still
 * give the same bits, and it is also the most accurate total there is (correctly rounded).
 *
 * <p>Each sum is a {@link BigDecimal}, which holds any finite double and any sum of them exactly.
 * Non-finite values (which no tally should produce) are kept aside in a plain double, whose
 * addition of infinities and NaN does not depend on order either.
 *
 * @implNote Not thread-safe. Adding costs a few hundred nanoseconds a value, so it is for merging
 *     per-shard partial sums (thousands a day), not for the per-customer hot loop.
 */
public final class ExactSums implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal[] sums;
    private final double[] special;

    public ExactSums(int size) {
        sums = new BigDecimal[size];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        special = new double[size];
    }

    public int size() {
        return sums.length;
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
        sums[i] = sums[i].add(new BigDecimal(value));
    }

    /** Adds {@code values[k]} to sum {@code offset + k} for every k. */
    public void add(int offset, double[] values) {
        for (int k = 0; k < values.length; k++) {
            add(offset + k, values[k]);
        }
    }

    /** Adds every sum of {@code other} (of the same size) to this one's, exactly. */
    public void add(ExactSums other) {
        if (other.sums.length != sums.length) {
            throw new IllegalArgumentException("cannot add " + other.sums.length + " sums to " + sums.length);
        }
        for (int i = 0; i < sums.length; i++) {
            if (other.sums[i].signum() != 0) {
                sums[i] = sums[i].add(other.sums[i]);
            }
            special[i] += other.special[i];
        }
    }

    /** Sum {@code i}, correctly rounded to the nearest double. */
    public double get(int i) {
        if (special[i] != 0 || Double.isNaN(special[i])) {
            return special[i];
        }
        return sums[i].doubleValue();
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
