package io.campaignsim.cli;

import io.campaignsim.app.GenerateJob;
import io.campaignsim.app.ScenarioOverrides;
import io.campaignsim.scenario.PopulationSpec;
import java.io.IOException;
import java.io.PrintWriter;
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
        footer = {"  campaignsim generate --scenario scenarios/quickstart.yaml --describe",
            "  campaignsim generate --scenario scenarios/quickstart.yaml \\",
            "      --out reports/quickstart-population.csv",
            "  campaignsim generate --scenario S.yaml --size 1000000 --with-truth \\",
            "      --out /tmp/population.csv",
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
    public Integer call() throws IOException {
        if (out == null && !describe) {
            throw new ParameterException(spec.commandLine(), "nothing to do: give --out FILE.csv, --describe, or both");
        }
        if (size != null && (size < 1 || size > PopulationSpec.MAX_SIZE)) {
            throw new ParameterException(spec.commandLine(),
                    "--size must be between 1 and " + PopulationSpec.MAX_SIZE + ", but was " + size);
        }
        GenerateJob.Outcome done = new GenerateJob().run(new GenerateJob.Request(scenarioFile,
                new ScenarioOverrides(seed, null, size, null), threads.count(), out, withTruth, describe));
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            stdout.printf(Locale.ROOT, "wrote %d customers to %s in %.1f s%n", done.customers(), out, done.seconds());
        }
        if (done.description() != null) {
            stdout.println(done.description());
        }
        stdout.flush();
        return ExitCode.OK.code();
    }
}
