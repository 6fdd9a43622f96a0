package io.campaignsim.strategy;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.strategy.oracle.TrueResponse;
import java.util.List;

/**
 * What a strategy is built from in one replication. {@code truth} is handed only to the oracle
 * by the registry; every other strategy is built from observed data alone.
 *
 * @param scenario the scenario
 * @param history this replication's observed history
 * @param truth the hidden truth as expectations (oracle only)
 * @param strategyIndex position of the strategy in the scenario (salts its random split)
 * @param replication replication index
 */
public record StrategyContext(Scenario scenario, ObservedHistory history, TrueResponse truth, int strategyIndex,
        int replication) {

    /** The arms named {@code labels} ('ten_off', 'sms:none') in this scenario. */
    public List<Arm> arms(List<String> labels) {
        return Arm.parse(labels, scenario);
    }

    /** The observed features strategies learn from, for this scenario. */
    public FeatureBuilder features() {
        return new FeatureBuilder(scenario);
    }

    /** A salt for hash-based splits (A/B assignment) that differs between strategies and replications. */
    public long salt() {
        return RandomStreams.seed(scenario.seed(), RandomStreams.Purpose.ASSIGNMENT, strategyIndex, replication);
    }
}
