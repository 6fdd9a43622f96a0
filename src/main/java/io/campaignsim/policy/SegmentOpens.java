package io.campaignsim.policy;

import io.campaignsim.core.ShardRows;
import io.campaignsim.engine.SimulationEngine;

/**
 * Sends and opens per (segment, bucket) over every customer: the upper level of the
 * per-customer learners' hierarchical prior. Shard threads add to their own shard's counts
 * during the day; {@link #endOfDay} folds them into the totals between days. Counts are
 * integers, so the totals do not depend on the order of the folding (or on the thread count).
 */
final class SegmentOpens {

    private final int cells;
    private final long[][] shardSends;
    private final long[][] shardOpens;
    private final long[] sends;
    private final long[] opens;

    SegmentOpens(int customers, int segments, int buckets) {
        this.cells = segments * buckets;
        int shards = Math.max(1, (customers + SimulationEngine.SHARD_SIZE - 1) / SimulationEngine.SHARD_SIZE);
        this.shardSends = ShardRows.longs(shards, cells);
        this.shardOpens = ShardRows.longs(shards, cells);
        this.sends = new long[cells];
        this.opens = new long[cells];
    }

    /** Counts one send of {@code customer}'s shard in {@code cell} (segment x buckets + bucket). */
    void add(int customer, int cell, boolean opened) {
        int s = customer / SimulationEngine.SHARD_SIZE;
        shardSends[s][cell]++;
        if (opened) {
            shardOpens[s][cell]++;
        }
    }

    /** Folds the day's shard counts into the totals. */
    void endOfDay() {
        for (int s = 0; s < shardSends.length; s++) {
            for (int k = 0; k < cells; k++) {
                sends[k] += shardSends[s][k];
                opens[k] += shardOpens[s][k];
                shardSends[s][k] = 0;
                shardOpens[s][k] = 0;
            }
        }
    }

    long sends(int cell) {
        return sends[cell];
    }

    long opens(int cell) {
        return opens[cell];
    }
}
