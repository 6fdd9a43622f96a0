package io.campaignsim.app;

import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.oracle.TrueResponse;
import io.campaignsim.strategy.spec.OracleSpec;
import io.campaignsim.strategy.spec.StrategyRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arms that a comparison plays alone, for regret against the best fixed arm: every distinct arm
 * (by label) of the strategies with two or more arms, the oracle's excepted. A strategy's arms are
 * only known once it is built (a send-time strategy has 24 hour arms, a channel strategy one per
 * channel), so the guards, which must count those runs before any work starts, build each strategy
 * on a one-customer, one-day copy of the scenario: arms depend on the scenario, never on the
 * population.
 */
final class FixedArms {

    private FixedArms() {}

    /** Adds the arms of {@code built} to {@code into} when it is one that is played alone. */
    static void collect(StrategySpec spec, List<Arm> arms, Map<String, Arm> into) {
        if (arms.size() >= 2 && !OracleSpec.TYPE.name().equals(spec.type())) {
            arms.forEach(a -> into.putIfAbsent(a.label(), a)); // one run per label
        }
    }

    /** How many fixed-arm runs each replication of {@code strategies} on {@code scenario} makes. */
    static int count(Scenario scenario, List<StrategySpec> strategies) throws InterruptedException {
        Scenario tiny = scenario.withSize(1).withHorizonDays(1).withReplications(1);
        Population population = new PopulationGenerator(tiny).generate(1);
        StrategyRegistry registry = new StrategyRegistry();
        Map<String, Arm> distinct = new LinkedHashMap<>();
        SimulationEngine.builder(tiny, population).oraclePolicy((history, hidden) -> {
            TrueResponse truth = new TrueResponse(tiny, population.truth(), history, hidden);
            for (int s = 0; s < strategies.size(); s++) {
                StrategySpec spec = strategies.get(s);
                collect(spec, registry.create(spec, new StrategyContext(tiny, history, truth, s, 0)).arms(), distinct);
            }
            return ContactPolicy.NONE;
        }).build().run(SimulationEngine.RunOptions.of(0));
        return distinct.size();
    }
}
