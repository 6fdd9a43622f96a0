package io.campaignsim.cli;

import io.campaignsim.app.ExecutionEngine;
import io.campaignsim.app.SimulateJob;
import io.campaignsim.report.sim.TerminalTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code campaignsim simulate}: run the scenario's journey policy and write the report folder. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate the scenario's journey policy day by day over a synthetic population and write "
                + "summary.json, daily.csv, segments.csv, charts and index.html to the output folder (atomically).",
            "Every KPI is also reported for a no-contact twin of the same world with the same random draws, so the "
                + "true incremental effect of the policy is known."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim simulate scenarios/quickstart.yaml",
            "  campaignsim simulate scenarios/retail-winback.yaml --size 1000000 \\",
            "      --threads 2 --out reports/rw",
            "  campaignsim simulate scenarios/quickstart.yaml --size 10000000 --days 30 \\",
            "      --engine spark --master 'local[2]'",
            "  campaignsim simulate scenarios/quickstart.yaml --events \\",
            "      --population reports/quickstart-population.csv"})
public final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario to simulate.")
    Path scenario;

    @Mixin
    ScenarioSizeOptions sizing;

    @Option(names = "--population", paramLabel = "FILE.csv",
            description = "Use customers from this CSV (as written by 'generate') instead of generating them.")
    Path population;

    @Mixin
    ThreadsOption threads;

    @Mixin
    SteppingOption stepping;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: report.out, reports/<name>).")
    Path out;

    @Option(names = "--events", description = "Also write every contact, open, click, purchase and churn to "
            + "events.csv.gz (streamed).")
    boolean events;

    @Mixin
    EngineOptions engine;

    @Mixin
    RunMixin run;

    @Override
    public Integer call() throws Exception {
        sizing.checkRanges();
        PrintWriter o = spec.commandLine().getOut();
        SimulateJob.Request req = new SimulateJob.Request(scenario, sizing.seed, sizing.days, sizing.size, population,
                threads.count(), out,
                events, run.allowLong, stepping.stepping());
        SimulateJob.Outcome outcome;
        try (ExecutionEngine e = engine.open()) {
            outcome = run.withProgress("simulate", " days",
                    p -> SimulateJob.on(e).run(req, (d, total) -> p.update(d + 1L, total)));
        }
        o.print(TerminalTable.render(outcome.result(), RunOptions.colorTerminal()));
        java.util.List<String> journeys = io.campaignsim.report.JourneysJson.lines(
                io.campaignsim.report.JourneysJson.Totals.of(outcome.journeys()));
        if (!journeys.isEmpty()) {
            o.println();
            journeys.forEach(o::println);
        }
        o.printf("%nwrote %d files to %s in %.1f s%n", outcome.files().size(), outcome.outDir(),
                outcome.result().elapsedMillis() / 1000.0);
        o.flush();
        return ExitCode.OK.code();
    }
}
