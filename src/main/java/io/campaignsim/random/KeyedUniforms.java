package io.campaignsim.random;

/**
 * Counter-based random numbers: every draw of the world is a pure function of (seed,
 * replication, customer, day, event). Nothing is shared or advanced, so results cannot depend
 * on thread count or shard order, and two strategies run on the same replication see the same
 * draws for the same customer-day (common random numbers), which is what makes their difference
 * precise.
 *
 * @implNote Immutable and allocation-free.
 */
public final class KeyedUniforms {

    private static final long EVENT_STEP = 0xD1B54A32D192ED03L;

    private final long base;

    /** The uniforms of the stream named (seed, purpose, keys...), e.g. (seed, WORLD, replication). */
    public KeyedUniforms(long seed, RandomStreams.Purpose purpose, long... keys) {
        this.base = RandomStreams.seed(seed, purpose, keys);
    }

    private KeyedUniforms(long base) {
        this.base = base;
    }

    /**
     * The same stream for a population that holds the customers from global index {@code first}
     * on, indexed from 0: {@code forCustomersFrom(f).key(i, day) == key(f + i, day)}. A customer
     * range simulated on its own (on a cluster node) so draws exactly what it would draw inside the
     * whole population.
     */
    public KeyedUniforms forCustomersFrom(int first) {
        if (first < 0) {
            throw new IllegalArgumentException("first customer must be at least 0, but was " + first);
        }
        return first == 0 ? this : new KeyedUniforms(base + ((long) first << 12));
    }

    /** The key of one customer-day; derive that day's draws from it with {@link #uniform}. */
    public long key(int customer, int day) {
        // (customer, day) packs injectively: day < 4096 (horizons are at most 3650 days).
        return Seeds.mix(base + (((long) customer << 12) | day));
    }

    /** A uniform in [0, 1) for {@code event} of the customer-day {@code key}. */
    public static double uniform(long key, int event) {
        return Seeds.toUnit(Seeds.mix(key + EVENT_STEP * (event + 1)));
    }

    /** A standard normal draw (Box-Muller) from events {@code event} and {@code event + 1}. */
    public static double normal(long key, int event) {
        double u1 = 1.0 - uniform(key, event); // in (0, 1]
        double u2 = uniform(key, event + 1);
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
