package io.campaignsim.cli;

import io.campaignsim.app.CheckJob;
import io.campaignsim.app.CompareJob;
import io.campaignsim.app.ExecutionEngine;
import io.campaignsim.report.AtomicFiles;
import io.campaignsim.report.check.CheckTable;
import io.campaignsim.report.check.JunitReport;
import io.campaignsim.report.check.MarkdownReport;
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

/** {@code campaignsim check}: fail the build when a strategy got worse than its stored baseline. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Rerun each scenario's strategies on the replication seeds stored in its baseline "
                + "(DIR/<scenario-name>.json) and test every strategy's metrics replication by replication: a metric "
                + "REGRESSED when a one-sided paired t-test, Holm-corrected over the scenario's tests, says it got worse "
                + "by more than its margin (the scenario's check: block; see docs/ci.md).",
            "Exit 0 when nothing regressed, 1 when something did, 2 on bad input (e.g. a missing baseline, or one "
                + "made from another version of the scenario's world: the message says how to regenerate it)."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim check scenarios/ci-check.yaml --baseline baselines \\",
            "      --update-baseline",
            "  campaignsim check scenarios/ci-check.yaml --baseline baselines \\",
            "      --junit reports/check-junit.xml",
            "  campaignsim check scenarios/*.yaml --baseline baselines \\",
            "      --markdown reports/check.md"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "The scenarios to check.")
    List<Path> scenarios;

    @Option(names = "--baseline", required = true, paramLabel = "DIR",
            description = "Folder of the baselines, one <scenario-name>.json per scenario.")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Run and write DIR/<scenario-name>.json (with its replication seeds) instead of checking.")
    boolean update;

    @Option(names = "--junit", paramLabel = "FILE.xml", description = "Also write JUnit XML (one testcase a strategy and metric).")
    Path junit;

    @Option(names = "--markdown", paramLabel = "FILE.md", description = "Also write a Markdown summary for a PR comment.")
    Path markdown;

    @Option(names = {"-r", "--replications"}, paramLabel = "R",
            description = "Replications of a new baseline (default: the scenario's); a check reruns the baseline's.")
    Integer replications;

    @Option(names = "--run-seed", paramLabel = "K",
            description = "With --update-baseline: names the baseline's random draws, root seed = derive(scenario "
                    + "seed, K) (default: " + CheckJob.BASELINE_RUN_SEED + ").")
    Long runSeed;

    @Mixin
    ThreadsOption threads;

    @Mixin
    SteppingOption stepping;

    @Mixin
    EngineOptions engine;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        RunOptions.checkRange("--replications", replications, 2, io.campaignsim.scenario.Scenario.MAX_REPLICATIONS);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        if (junit != null) {
            AtomicFiles.check(junit, "--junit");
            io.campaignsim.core.OutputPaths.checkFile(junit, "--junit");
        }
        if (markdown != null) {
            AtomicFiles.check(markdown, "--markdown");
            io.campaignsim.core.OutputPaths.checkFile(markdown, "--markdown");
        }
        CheckJob.Request req = new CheckJob.Request(scenarios, baseline, update, runSeed, replications, threads.count(),
                stepping.given());
        CheckJob.Outcome outcome;
        try (ExecutionEngine en = engine.open()) {
            outcome = new CheckJob(new CompareJob(en)).run(req, line -> {
                e.println(line);
                e.flush();
            });
        }
        if (update) {
            for (Path f : outcome.written()) {
                o.println("wrote " + f);
            }
            o.printf("updated %d baseline%s in %.1f s%n", outcome.written().size(), outcome.written().size() == 1 ? "" : "s",
                    outcome.elapsedMillis() / 1000.0);
            o.flush();
            return ExitCode.OK.code();
        }
        if (junit != null) {
            JunitReport.write(junit, outcome.checks());
        }
        if (markdown != null) {
            MarkdownReport.write(markdown, outcome.checks());
        }
        o.print(CheckTable.render(outcome.checks()));
        o.printf("checked in %.1f s%n", outcome.elapsedMillis() / 1000.0);
        o.flush();
        return outcome.regressed() ? ExitCode.FAILURE.code() : ExitCode.OK.code();
    }
}
