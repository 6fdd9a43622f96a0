package io.campaignsim.cli;

import io.campaignsim.app.CompareJob;
import io.campaignsim.app.ExecutionEngine;
import io.campaignsim.app.SweepJob;
import io.campaignsim.report.sweep.SweepTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaignsim sweep}: run strategies over a design of scenario parameters and find the best point. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Vary scenario parameters (--set PATH=VALUES or the scenario's sweep: block) over a grid, "
                + "random or Latin-hypercube design; run the strategies at every point with replications on the same "
                + "seeds (common random numbers, so points are compared pairwise); report each point's figures with "
                + "95%% CIs, the best configuration and those not significantly worse (paired t-tests, Holm).",
            "Writes sweep.csv, sweep-replications.csv, sweep.json, the response-surface charts and index.html to the "
                + "output folder (atomically). Finished points are kept beside it in .<out>.sweep-checkpoint: a "
                + "stopped sweep resumes when the same command is run again, with the same result."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim sweep scenarios/quickstart.yaml --strategies control,ts \\",
            "      --set policy.frequency_cap.per_week=1,2,3,4",
            "  campaignsim sweep scenarios/quickstart.yaml --strategies business_as_usual \\",
            "      --set policy.frequency_cap.per_week=1:4:1 \\",
            "      --set offers.ten_off.discount=0.05:0.25:0.05 --size 5000",
            "  campaignsim sweep scenarios/quickstart.yaml --strategies ts --design lhs \\",
            "      --points 12 --set offers.ten_off.discount=0.05:0.3 --out /tmp/lhs"})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario to sweep.")
    Path scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUES",
            description = "A parameter and its values: a list 1,2,3, a range from:to:step (inclusive, exact "
                    + "decimals), or an interval from:to (random and lhs designs). Repeat for more parameters; "
                    + "replaces the scenario's sweep: parameters.")
    List<String> sets;

    @Option(names = "--design", paramLabel = "grid|random|lhs",
            description = "grid (every combination; default), random or lhs (Latin hypercube) of --points points.")
    String design;

    @Option(names = "--points", paramLabel = "N", description = "Points of a random or lhs design.")
    Integer points;

    @Option(names = "--strategies", split = ",", paramLabel = "NAMES",
            description = "Only these strategies, comma-separated names from the scenario, in this order.")
    List<String> strategies;

    @Option(names = {"-r", "--replications"}, paramLabel = "R", description = "Replications per point (default: the "
            + "scenario's).")
    Integer replications;

    @Mixin
    ScenarioSizeOptions sizing;

    @Mixin
    ThreadsOption threads;

    @Mixin
    SteppingOption stepping;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: report.out with '-sweep' appended).")
    Path out;

    @Option(names = "--fresh", description = "Discard the finished points of an earlier, stopped sweep into the same "
            + "folder instead of resuming it (needed when the sweep changed).")
    boolean fresh;

    @Mixin
    EngineOptions engine;

    @Mixin
    RunMixin run;

    @Override
    public Integer call() throws Exception {
        RunOptions.checkRange("--replications", replications, 1, io.campaignsim.scenario.Scenario.MAX_REPLICATIONS);
        sizing.checkRanges();
        RunOptions.checkRange("--points", points, 1, io.campaignsim.scenario.SweepSpec.MAX_POINTS);
        SweepJob.Request req = new SweepJob.Request(scenario, sets, design, points, strategies, replications,
                sizing.seed, sizing.days,
                sizing.size, threads.count(), out, run.allowLong, fresh, stepping.stepping());
        SweepJob.Outcome outcome;
        try (ExecutionEngine e = engine.open()) {
            outcome = run.withProgress("sweep", " runs", "the finished points are kept; run the same "
                    + "command again to resume", p -> new SweepJob(new CompareJob(e)).run(req, p::update));
        }
        PrintWriter o = spec.commandLine().getOut();
        if (outcome.resumedPoints() > 0) {
            o.printf("resumed: %d of %d points were already done by a stopped run%n", outcome.resumedPoints(),
                    outcome.result().plan().points().size());
        }
        o.print(SweepTable.render(outcome.result()));
        o.printf("%nwrote %d files to %s in %.1f s%n", outcome.files().size(), outcome.outDir(),
                outcome.elapsedMillis() / 1000.0);
        o.flush();
        return ExitCode.OK.code();
    }
}
