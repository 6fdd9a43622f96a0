package io.campaignsim.app;

import io.campaignsim.engine.Stepping;
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
 * @param fixedArmRuns how many distinct arms of the strategies to also play alone, for regret
 *     against the best fixed arm ({@link FixedArms#count}); 0 for none
 * @param scores whether to keep every model's per-customer scores ({@code compare --scores})
 * @param stepping how the engine advances time ({@code --stepping}); part of what the result depends on
 */
public record ReplicationTask(Scenario scenario, List<StrategySpec> strategies, int replication, long seed,
        int fixedArmRuns, boolean scores, Stepping stepping) implements Serializable {

    public ReplicationTask {
        strategies = List.copyOf(strategies);
        java.util.Objects.requireNonNull(stepping, "stepping");
    }

    /** Without the fixed-arm runs and without per-customer scores, on the daily engine. */
    public ReplicationTask(Scenario scenario, List<StrategySpec> strategies, int replication, long seed) {
        this(scenario, strategies, replication, seed, 0, false, Stepping.DAILY);
    }

    /** Whether the task also plays each distinct arm alone. */
    public boolean fixedArms() {
        return fixedArmRuns > 0;
    }

    /** Simulations the task makes: one per strategy and one per fixed arm (what progress counts). */
    public int runs() {
        return strategies.size() + fixedArmRuns;
    }
}
