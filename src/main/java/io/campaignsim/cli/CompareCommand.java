package io.campaignsim.cli;

import io.campaignsim.app.CompareJob;
import io.campaignsim.app.ExecutionEngine;
import io.campaignsim.report.compare.ComparisonTable;
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

/** {@code campaignsim compare}: run the scenario's strategies over replications and compare them. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run every strategy of the scenario (holdout, A/B tests, bandits, contextual bandits, "
                + "propensity and uplift targeting, next best action, the oracle) on the same populations and random "
                + "draws, R replications, and report each strategy's results and uplift versus holdout with 95%% "
                + "confidence intervals, regret versus the oracle, and the winner.",
            "Writes comparison.csv, comparison.json, series.csv, arms.csv (multivariate.csv for multivariate tests; "
                + "scores.csv with --scores), charts, index.html and summary.md to the output folder (atomically)."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim compare scenarios/quickstart.yaml",
            "  campaignsim compare scenarios/retail-winback.yaml \\",
            "      --strategies control,ts,uplift --replications 10",
            "  campaignsim compare scenarios/quickstart.yaml --size 5000 --days 20 \\",
            "      --out reports/qs-compare",
            "  campaignsim compare scenarios/predictions.yaml --scores \\",
            "      --out /tmp/predictions-compare"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario whose strategies to compare.")
    Path scenario;

    @Option(names = "--strategies", split = ",", paramLabel = "NAMES",
            description = "Only these strategies, comma-separated names from the scenario, in this order.")
    List<String> strategies;

    @Option(names = {"-r", "--replications"}, paramLabel = "R", description = "Replications (default: the scenario's).")
    Integer replications;

    @Mixin
    ScenarioSizeOptions sizing;

    @Mixin
    ThreadsOption threads;

    @Mixin
    SteppingOption stepping;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: report.out with '-compare' appended).")
    Path out;

    @Option(names = "--scores", description = "Also write scores.csv: every model's score for every customer at the "
            + "end of its warm-up (replication 0), beside the hidden truth (docs/predictions.md).")
    boolean scores;

    @Mixin
    EngineOptions engine;

    @Mixin
    RunMixin run;

    @Override
    public Integer call() throws Exception {
        RunOptions.checkRange("--replications", replications, 1, io.campaignsim.scenario.Scenario.MAX_REPLICATIONS);
        sizing.checkRanges();
        CompareJob.Request req = new CompareJob.Request(scenario, strategies, replications, sizing.seed, sizing.days,
                sizing.size,
                threads.count(), out, run.allowLong, scores, stepping.stepping());
        CompareJob.Outcome outcome;
        try (ExecutionEngine e = engine.open()) {
            outcome = run.withProgress("compare", " runs", p -> new CompareJob(e).run(req, p::update));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(ComparisonTable.render(outcome.comparison(), RunOptions.colorTerminal()));
        o.printf("%nwrote %d files to %s in %.1f s%n", outcome.files().size(), outcome.outDir(),
                outcome.elapsedMillis() / 1000.0);
        o.flush();
        return ExitCode.OK.code();
    }
}
