package io.campaignsim.cli;

import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationBudget;
import io.campaignsim.population.PopulationCsv;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.population.PopulationSummary;
import io.campaignsim.scenario.PopulationSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import io.campaignsim.report.AtomicFiles;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Generates a scenario's synthetic population and writes it as CSV and/or describes it. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate the synthetic population of a scenario: observed customer features (segment, RFM, "
                + "reachability, ...) and, with --with-truth, the hidden ground truth (true_* columns).",
            "The same scenario and seed give a byte-identical file whatever the number of threads."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim generate --scenario scenarios/quickstart.yaml --out pop.csv",
            "  campaignsim generate --scenario scenarios/quickstart.yaml --describe",
            "  campaignsim generate --scenario S.yaml --size 1000000 --with-truth --out p.csv",
            "%nLarge populations need more heap, e.g. CAMPAIGNSIM_OPTS=-Xmx8g."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "SCENARIO.yaml", description = "Scenario file.")
    Path scenarioFile;

    @Option(names = "--size", paramLabel = "N", description = "Number of customers (default: population.size).")
    Long size;

    @Option(names = "--seed", paramLabel = "K", description = "Root seed (default: the scenario's seed).")
    Long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the population to this CSV file.")
    Path out;

    @Option(names = "--with-truth", description = "Also write the hidden ground truth (true_* columns).")
    boolean withTruth;

    @Option(names = "--describe", description = "Print a per-segment summary table.")
    boolean describe;

    @Override
    public Integer call() {
        if (out == null && !describe) {
            throw new ParameterException(spec.commandLine(), "nothing to do: give --out FILE.csv, --describe, or both");
        }
        if (size != null && (size < 1 || size > PopulationSpec.MAX_SIZE)) {
            throw new ParameterException(spec.commandLine(),
                    "--size must be between 1 and " + PopulationSpec.MAX_SIZE + ", but was " + size);
        }
        if (out != null) {
            AtomicFiles.check(out, "--out");
        }
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        if (size != null) {
            scenario = scenario.withSize(size);
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        PopulationBudget.check(scenario);
        long start = System.nanoTime();
        Population population = new PopulationGenerator(scenario).generate(threads.count());
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            PopulationCsv.writeFile(population, scenario, out, withTruth);
            stdout.printf(Locale.ROOT, "wrote %d customers to %s in %.1f s%n", population.size(), out,
                    (System.nanoTime() - start) / 1e9);
        }
        if (describe) {
            stdout.println(PopulationSummary.describe(population));
        }
        stdout.flush();
        return ExitCode.OK.code();
    }
}
