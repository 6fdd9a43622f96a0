package io.campaignsim.app;

import io.campaignsim.engine.RunTally;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationBudget;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer range of a {@code simulate} run as a task: with the scenario (shipped once per
 * node), the node that runs it generates the range's customers itself (population draws are keyed by population shard), simulates
 * them over the whole horizon under the scenario's journey policy and returns the range's
 * {@link RunTally}. The tallies of all ranges merge exactly into the whole population's, so the
 * process that merges them never holds a customer.
 *
 * @param from first customer (global index), a multiple of {@link PopulationGenerator#RANGE_UNIT}
 * @param to end of the range (exclusive)
 */
public record CustomerRange(int from, int to) implements Serializable {

    /** Customers per range: one population shard, the smallest range that can be generated on its own. */
    public static final int SIZE = PopulationGenerator.RANGE_UNIT;

    /** The ranges of the scenario's population, in customer order. */
    public static List<CustomerRange> of(Scenario scenario) {
        long n = scenario.population().size();
        List<CustomerRange> out = new ArrayList<>();
        for (long from = 0; from < n; from += SIZE) {
            out.add(new CustomerRange((int) from, (int) Math.min(n, from + SIZE)));
        }
        return out;
    }

    /**
     * Generates and simulates {@code range} of {@code scenario} (every override applied) on one
     * thread: the work of one task.
     */
    public static RunTally run(Scenario scenario, CustomerRange range) throws InterruptedException {
        return range.simulate(scenario);
    }

    /** As {@link #run(Scenario, CustomerRange)}. */
    public RunTally simulate(Scenario scenario) throws InterruptedException {
        // The memory guard for what this node holds: one range, not the population.
        PopulationBudget.check(scenario.withSize(to - from));
        Population population = new PopulationGenerator(scenario).generateRange(from, to, 1);
        SimulationEngine engine = SimulationEngine.builder(scenario, population).policy(JourneyPolicy.factory(scenario))
                .build();
        return engine.runRange(new SimulationEngine.RunOptions(0, null, d -> { }, true));
    }
}
