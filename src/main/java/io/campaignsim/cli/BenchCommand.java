package io.campaignsim.cli;

import io.campaignsim.app.BenchJob;
import io.campaignsim.bench.BenchReport;
import io.campaignsim.core.UserInputException;
import io.campaignsim.report.AtomicFiles;
import io.campaignsim.report.bench.BenchJson;
import io.campaignsim.report.bench.BenchTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code campaignsim bench}: throughput, memory and scaling of the engine and of the bandit algorithms. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure customer-days per second of the engine (rules + journeys, Thompson sampling, LinUCB "
                + "over six channels), population generation speed, peak heap and scaling over sizes and threads, "
                + "and decisions per second of the bare Thompson and LinUCB algorithms. Figures are medians of "
                + "--runs timed runs after a warm-up."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim bench",
            "  campaignsim bench --size 100000 --days 30 --runs 3 \\",
            "      --json reports/bench.json",
            "  campaignsim bench --algorithms-only --rounds 1000000",
            "  campaignsim bench --workloads rules --skip-scaling --skip-algorithms \\",
            "      --threads 1"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Workload scenario with strategies 'ts' and 'linucb' (default: the bundled six-channel one).")
    Path scenario;

    @Option(names = "--size", paramLabel = "N", description = "Customers of the headline runs (default: ${DEFAULT-VALUE}).")
    long size = 1_000_000;

    @Option(names = "--days", paramLabel = "D", description = "Days of the headline runs (default: ${DEFAULT-VALUE}).")
    int days = 90;

    @Option(names = "--scale-days", paramLabel = "D",
            description = "Days of each scaling run over N/10, N and 10N customers (default: the smaller of --days and 30).")
    Integer scaleDays;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--runs", paramLabel = "K",
            description = "Timed runs per workload, and per scaling row shorter than "
                    + BenchReport.REPEAT_BELOW_SECONDS + " s (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--algorithms-only", description = "Time only the bare Thompson and LinUCB algorithms "
            + "(the workload of bench/reference.py).")
    boolean algorithmsOnly;

    @Option(names = "--rounds", paramLabel = "R", description = "Decisions per algorithm run (default: ${DEFAULT-VALUE}).")
    long rounds = 1_000_000;

    @Option(names = "--batch", paramLabel = "B",
            description = "Decisions between model updates in the algorithm runs (default: ${DEFAULT-VALUE}).")
    int batch = 1_000;

    @Option(names = "--workloads", paramLabel = "NAMES", split = ",",
            description = "Engine workloads to time, comma-separated, from: rules, thompson, linucb, rl "
                    + "(rl: fitted_q and q_learning; default: all).")
    List<String> workloads = new ArrayList<>(BenchJob.WORKLOADS);

    @Option(names = "--skip-scaling", description = "Leave out the scaling table over sizes and threads.")
    boolean skipScaling;

    @Option(names = "--skip-algorithms", description = "Leave out the bare Thompson and LinUCB algorithm runs.")
    boolean skipAlgorithms;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Mixin
    SteppingOption stepping;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        RunOptions.checkRange("--size", size, 1, io.campaignsim.scenario.PopulationSpec.MAX_SIZE);
        RunOptions.checkRange("--days", days, 1, io.campaignsim.scenario.Scenario.MAX_HORIZON_DAYS);
        RunOptions.checkRange("--scale-days", scaleDays, 1, io.campaignsim.scenario.Scenario.MAX_HORIZON_DAYS);
        RunOptions.checkRange("--runs", runs, 1, 1000);
        RunOptions.checkRange("--rounds", rounds, 1, 1_000_000_000_000L);
        RunOptions.checkRange("--batch", batch, 1, Integer.MAX_VALUE);
        if (json != null) {
            AtomicFiles.check(json, "--json");
        }
        for (String w : workloads) {
            if (!BenchJob.WORKLOADS.contains(w)) {
                throw new UserInputException("--workloads: unknown workload '" + w + "'; expected a comma-separated "
                        + "list of " + String.join(", ", BenchJob.WORKLOADS) + " (e.g. --workloads rules)");
            }
        }
        if (json != null) {
            io.campaignsim.core.OutputPaths.checkFile(json, "--json");
        }
        PrintWriter err = spec.commandLine().getErr();
        BenchJob.Options options = new BenchJob.Options(scenario, size, days, threads.count(), runs,
                scaleDays != null ? scaleDays : Math.min(days, 30), algorithmsOnly, rounds, batch, List.copyOf(workloads),
                !skipScaling, !skipAlgorithms, stepping.stepping());
        BenchReport report = new BenchJob().run(options, line -> {
            if (!quiet) {
                err.println("bench: " + line);
                err.flush();
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        out.print(BenchTable.render(report));
        if (json != null) {
            BenchJson.write(report, json);
            out.println("wrote " + json);
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
