package io.campaignsim.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Factory of named generator streams. A stream is identified by (root seed, purpose, keys...),
 * e.g. (seed, POPULATION, shard); the same name always yields the same sequence.
 */
public final class RandomStreams {

    /** What a stream is used for; part of its name so that purposes never share draws. */
    public enum Purpose { POPULATION, WORLD, POLICY, STRATEGY, ANALYSIS }

    private RandomStreams() {}

    /** A fresh XoShiRo256++ generator for the named stream (fast, 2^256 period, good for splitting). */
    public static UniformRandomProvider create(long root, Purpose purpose, long... keys) {
        long[] all = new long[keys.length + 1];
        all[0] = purpose.ordinal();
        System.arraycopy(keys, 0, all, 1, keys.length);
        long s = Seeds.derive(root, all);
        // Four well-mixed words so that nearby names give unrelated states.
        long[] state = {Seeds.mix(s), Seeds.mix(s + 1), Seeds.mix(s + 2), Seeds.mix(s + 3)};
        return RandomSource.XO_SHI_RO_256_PP.create(state);
    }
}
