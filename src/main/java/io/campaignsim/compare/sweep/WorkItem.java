package io.campaignsim.compare.sweep;

/**
 * The unit of work of a sweep: one strategy at one point in one replication. Its result depends on
 * nothing else (not on the order, the thread or the machine that runs it), which is what lets an
 * engine run items in any grouping: the local engine runs one point's replications in parallel and
 * the strategies of a replication on one shared population; a cluster engine could ship each item
 * (or each (point, replication) group) as a task, and the results are the same.
 *
 * @param point index of the point in the design
 * @param strategy index of the strategy in the sweep's strategy list (it keys the strategy's random stream)
 * @param replication replication index
 * @param seed the replication's root seed: the same at every point (common random numbers)
 */
public record WorkItem(int point, int strategy, int replication, long seed) {}
