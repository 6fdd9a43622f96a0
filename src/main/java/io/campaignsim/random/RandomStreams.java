package io.campaignsim.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Factory of named random streams. A stream is identified by (root seed, purpose, keys...),
 * e.g. (scenario seed, POPULATION, shard); the same name always yields the same sequence, and
 * different purposes never share draws. Every random stream of campaignsim is named here by a
 * {@link Purpose}: there are no ad-hoc salts.
 */
public final class RandomStreams {

    /**
     * What a stream is used for; part of its name so that purposes never share draws. Each has a
     * fixed key (not its position) so that adding a purpose changes no existing stream.
     */
    public enum Purpose {
        /** The synthetic customers and their hidden truth (keys: shard). */
        POPULATION(0),
        /** The world's responses: opens, purchases, churn (keys: replication; then customer, day). */
        WORLD(1),
        /** The journey policy's own draws, e.g. the explored send hours (keys: customer, day). */
        POLICY(2),
        /** A strategy's decisions (keys: replication, strategy index; then customer, day). */
        STRATEGY(3),
        /** Draws of the analysis, not of the simulation: the purchases a model is scored against. */
        ANALYSIS(4),
        /** The root seed of each compare replication after the first (keys: replication). */
        REPLICATION(5),
        /** The hash split of customers between a test's arms (keys: strategy index, replication). */
        ASSIGNMENT(6),
        /** The root seed of a check run (keys: run seed), apart from compare's. */
        CHECK_RUN(7),
        /** The cross-fitting folds of {@code ope}'s reward model (no keys), apart from its bootstrap draws. */
        OPE_FOLDS(8),
        /** Which customers a strategy's randomised holdout test keeps uncontacted (keys: replication; then customer). */
        HOLDOUT_TEST(9),
        /** Draws of the analysis: the outcomes a prediction's AUC and Brier score are measured on (issue #17). */
        PREDICTION(17),
        /** The Thompson draws of the per-customer send-time and channel learners of a journey policy (keys: customer, day). */
        PERSONALISATION(18),
        /** The points of a random or Latin-hypercube sweep design (no keys). */
        SWEEP_DESIGN(19);


        private final long key;

        Purpose(long key) {
            this.key = key;
        }

        /** The purpose's part of a stream's name. */
        public long key() {
            return key;
        }
    }

    private RandomStreams() {}

    /** The seed of the stream named (root, purpose, keys...). */
    public static long seed(long root, Purpose purpose, long... keys) {
        long[] all = new long[keys.length + 1];
        all[0] = purpose.key();
        System.arraycopy(keys, 0, all, 1, keys.length);
        return Seeds.derive(root, all);
    }

    /** A fresh XoShiRo256++ generator for the named stream (fast, 2^256 period, good for splitting). */
    public static UniformRandomProvider create(long root, Purpose purpose, long... keys) {
        long s = seed(root, purpose, keys);
        // Four well-mixed words so that nearby names give unrelated states.
        long[] state = {Seeds.mix(s), Seeds.mix(s + 1), Seeds.mix(s + 2), Seeds.mix(s + 3)};
        return RandomSource.XO_SHI_RO_256_PP.create(state);
    }
}
