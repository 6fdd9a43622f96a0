package io.campaignsim.random;

/**
 * A small, resettable stream of random draws for one decision (e.g. one customer-day of a
 * bandit): {@link #reset(long)} with a key derived from (seed, replication, customer, day) and
 * draw what the decision needs. One instance per shard, reused: nothing is allocated per draw,
 * and the draws of a decision do not depend on which thread makes it.
 *
 * <p>The generator is SplitMix64 (Steele, Lea and Flood 2014): 64-bit state, passes BigCrush,
 * and is ideal for short streams from hashed keys.
 *
 * @implNote Not thread-safe: one instance per shard/thread.
 */
public final class Draws {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    public Draws(long seed) {
        reset(seed);
    }

    /** Restarts the stream at {@code key}. */
    public Draws reset(long key) {
        state = key;
        hasSpare = false;
        return this;
    }

    public long nextLong() {
        state += GOLDEN;
        return Seeds.mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return Seeds.toUnit(nextLong());
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return (int) Math.floor(nextDouble() * bound);
    }

    /** Standard normal (Marsaglia polar method; the second value is kept for the next call). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }
}
