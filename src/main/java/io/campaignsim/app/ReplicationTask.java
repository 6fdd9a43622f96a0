package io.campaignsim.app;

import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StrategySpec;
import java.io.Serializable;
import java.util.List;

/**
 * One replication of a comparison as a self-contained unit of work: everything a worker needs to
 * run it, on this machine or on a cluster node. Its result depends only on these fields, never on
 * where or on how many threads it runs, so an engine may run the tasks in any order and place.
 *
 * @param scenario the scenario, with every override already applied
 * @param strategies the strategies to run, in report order
 * @param replication replication index, 0-based
 * @param seed the replication's root seed (see {@link CompareJob#replicationSeeds})
 * @param fixedArms whether to also play each distinct arm of the strategies alone (regret against
 *     the best fixed arm)
 */
public record ReplicationTask(Scenario scenario, List<StrategySpec> strategies, int replication, long seed,
                              boolean fixedArms) implements Serializable {

    public ReplicationTask {
        strategies = List.copyOf(strategies);
    }

    /** Without the fixed-arm runs. */
    public ReplicationTask(Scenario scenario, List<StrategySpec> strategies, int replication, long seed) {
        this(scenario, strategies, replication, seed, false);
    }
}
