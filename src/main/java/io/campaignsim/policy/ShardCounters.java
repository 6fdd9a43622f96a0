package io.campaignsim.policy;

import io.campaignsim.engine.SimulationEngine;

/**
 * Counts that concurrent shards add to without sharing a cache line: one row per shard of
 * {@link SimulationEngine#SHARD_SIZE} customers, rows a cache line apart. An atomic counter
 * shared by all shards made every rule firing a locked add on a line bouncing between cores
 * (14 M firings on quickstart at 1 M customers x 90 days). A shard is simulated by one thread at
 * a time and the engine's day barrier orders the days, so plain adds suffice; totals are sums of
 * integers, the same for any thread count.
 */
final class ShardCounters {

    /** Longs in a 64-byte cache line: the gap left between two shards' rows. */
    private static final int LINE = 8;

    private final int slots;
    private final int stride;
    private final long[] counts;

    ShardCounters(int customers, int slots) {
        this.slots = slots;
        this.stride = (slots + LINE - 1) / LINE * LINE + LINE;
        int shards = Math.max(1, (customers + SimulationEngine.SHARD_SIZE - 1) / SimulationEngine.SHARD_SIZE);
        this.counts = new long[shards * stride];
    }

    void increment(int customer, int slot) {
        counts[customer / SimulationEngine.SHARD_SIZE * stride + slot]++;
    }

    /** The sum over shards; read after the run (or between days). */
    long total(int slot) {
        if (slot < 0 || slot >= slots) {
            throw new IndexOutOfBoundsException(slot);
        }
        long sum = 0;
        for (int row = slot; row < counts.length; row += stride) {
            sum += counts[row];
        }
        return sum;
    }
}
