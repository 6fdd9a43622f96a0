package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.Metric;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Determinism across commands (issue #9): the first replication of compare's "business as
 * usual" strategy is the same simulation as simulate, to the last cent.
 */
class SimulateMatchesCompareTest {

    @Test
    void comparesFirstReplicationOfThePolicyStrategyEqualsSimulate() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml")).withSize(6_000).withHorizonDays(14)
                .withReplications(1);
        SimulationResult simulated = SimulationEngine.builder(s, new PopulationGenerator(s).generate(2)).threads(2)
                .policy(JourneyPolicy.factory(s)).build().run(SimulationEngine.RunOptions.of(0));
        StrategySpec policy = s.strategies().stream().filter(x -> x.name().equals("business_as_usual")).findFirst()
                .orElseThrow();
        List<StrategyRun> runs = new CompareJob().simulate(s, List.of(policy), 1, (d, t) -> { });
        assertTrue(simulated.total().get(Metric.CONTACTS) > 0);
        assertEquals(simulated.total(), runs.get(0).result().total());
        assertEquals(simulated.daily(), runs.get(0).result().daily());
    }
}
