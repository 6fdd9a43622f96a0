package io.campaignsim.core;

/**
 * Per-shard scratch and counter rows, each followed by 64 bytes it never uses. Shards run on different
 * threads, and {@code new long[shards][n]} puts small rows side by side, so that two threads writing
 * their own rows would write the same cache line, which then moves between the cores at every write
 * (false sharing): the send-time learner's outcome counters and scratch cost about twice as much on two
 * threads as on one before they were padded (docs/personalisation.md, "Speed"). A row's head follows the
 * previous row's unused tail, so no two rows share a line. Callers index the first {@code length}
 * entries and must not use a row's {@code length} as the logical size.
 */
public final class ShardRows {

    /** 64 bytes of longs or doubles. */
    private static final int PAD_8 = 8;
    /** 64 bytes of ints. */
    private static final int PAD_4 = 16;

    private ShardRows() {
    }

    public static long[][] longs(int shards, int length) {
        return new long[shards][length + PAD_8];
    }

    public static double[][] doubles(int shards, int length) {
        return new double[shards][length + PAD_8];
    }

    public static int[][] ints(int shards, int length) {
        return new int[shards][length + PAD_4];
    }
}
