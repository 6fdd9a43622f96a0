package io.campaignsim.cli;

import io.campaignsim.scenario.PopulationSpec;
import io.campaignsim.scenario.Scenario;
import picocli.CommandLine.Option;

/**
 * The shared {@code --seed}, {@code --days} and {@code --size} options of the commands that run a scenario
 * (simulate, compare, sweep): each overrides the scenario's value (app.ScenarioOverrides applies them).
 */
public final class ScenarioSizeOptions {

    @Option(names = "--seed", paramLabel = "K", description = "Root seed (default: the scenario's).")
    Long seed;

    @Option(names = "--days", paramLabel = "D", description = "Days to simulate (default: horizon_days).")
    Integer days;

    @Option(names = "--size", paramLabel = "N", description = "Customers per run (default: population.size).")
    Long size;

    /** Refuses values outside the scenario keys' ranges, in one line (exit 2). */
    void checkRanges() {
        RunOptions.checkRange("--days", days, 1, Scenario.MAX_HORIZON_DAYS);
        RunOptions.checkRange("--size", size, 1, PopulationSpec.MAX_SIZE);
    }
}
