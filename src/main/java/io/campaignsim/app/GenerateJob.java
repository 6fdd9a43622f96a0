package io.campaignsim.app;

import io.campaignsim.core.OutputPaths;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationBudget;
import io.campaignsim.population.PopulationCsv;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.population.PopulationSummary;
import io.campaignsim.report.AtomicFiles;
import io.campaignsim.report.generate.PopulationTable;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code generate} use case: load the scenario, apply overrides, check the memory budget,
 * generate the population, write it as CSV and/or describe it per segment.
 */
public final class GenerateJob {

    /**
     * @param scenarioFile the scenario
     * @param overrides seed and size from the command line
     * @param threads worker threads (never changes the population)
     * @param out CSV file to write, or null
     * @param withTruth whether the CSV gets the hidden {@code true_*} columns
     * @param describe whether to build the per-segment summary
     */
    public record Request(Path scenarioFile, ScenarioOverrides overrides, int threads, Path out, boolean withTruth,
            boolean describe) {}

    /**
     * @param customers customers generated
     * @param seconds time taken to generate and write
     * @param description the per-segment summary table, or null
     */
    public record Outcome(long customers, double seconds, String description) {}

    public Outcome run(Request req) throws IOException {
        if (req.out() != null) {
            AtomicFiles.check(req.out(), "--out"); // before any work: a device, FIFO or folder is refused
        }
        Scenario scenario = req.overrides().apply(new ScenarioLoader().load(req.scenarioFile()));
        if (req.out() != null) {
            OutputPaths.checkFile(req.out(), "--out");
        }
        PopulationBudget.check(scenario);
        long start = System.nanoTime();
        Population population = new PopulationGenerator(scenario).generate(req.threads());
        if (req.out() != null) {
            PopulationCsv.writeFile(population, scenario, req.out(), req.withTruth());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(population.size(), seconds, req.describe() ? PopulationTable.render(PopulationSummary.summarize(population)) : null);
    }
}
