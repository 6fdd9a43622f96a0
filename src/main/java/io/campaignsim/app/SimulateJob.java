package io.campaignsim.app;

import io.campaignsim.core.InputFiles;
import io.campaignsim.core.IoFaults;
import io.campaignsim.core.OutputPaths;
import io.campaignsim.engine.EventLog;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.engine.Stepping;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationBudget;
import io.campaignsim.population.PopulationCsv;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.sim.SimulationReport;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The {@code simulate} use case: load the scenario, apply overrides, check the memory budget,
 * generate or import the population, run the journey policy day by day, and write every output
 * into the output folder in one atomic step (events stream into the staging folder while the
 * simulation runs).
 */
public final class SimulateJob {

    /** What the user asked for; null fields keep the scenario's value. */
    public record Request(Path scenarioFile, Long seed, Integer days, Long size, Path populationFile, int threads,
            Path out, boolean events, boolean allowLong, Stepping stepping) {

        /** With the daily engine. */
        public Request(Path scenarioFile, Long seed, Integer days, Long size, Path populationFile, int threads,
                Path out, boolean events, boolean allowLong) {
            this(scenarioFile, seed, days, size, populationFile, threads, out, events, allowLong, Stepping.DAILY);
        }
    }

    /** What was done. */
    /** @param journeys the policy's journey and rule counts (also in summary.json and breakdown.csv) */
    public record Outcome(SimulationResult result, Path outDir, List<Path> files,
            io.campaignsim.engine.JourneyCounts journeys) {}

    /** Observes progress: called with the number of the day just finished (0-based; -1 before the first) and the total. */
    @FunctionalInterface
    public interface ProgressListener {
        void dayDone(int day, int days);
    }

    public Outcome run(Request req, ProgressListener progress) throws IOException, InterruptedException {
        Scenario scenario = new ScenarioOverrides(req.seed(), req.days(), req.size(), null)
                .apply(new ScenarioLoader().load(req.scenarioFile()));
        Path outDir = req.out() != null ? req.out() : Path.of(scenario.report().out());
        AtomicOutputDirectory.check(outDir);
        OutputPaths.checkFolder(outDir, req.out() != null ? "--out" : "report.out");
        WorkBudget.check((double) scenario.population().size() * scenario.horizonDays(), 1, req.threads(), req.allowLong());
        progress.dayDone(-1, scenario.horizonDays()); // the total is known now: an early Ctrl-C says "0 of N days"
        String yaml = new String(InputFiles.readAll(req.scenarioFile(), ScenarioLoader.MAX_FILE_BYTES, "a scenario file"),
                StandardCharsets.UTF_8);
        Population population;
        if (req.populationFile() != null) {
            population = PopulationCsv.read(req.populationFile(), scenario, req.threads());
            scenario = scenario.withSize(population.size());
        } else {
            PopulationBudget.check(scenario);
            population = new PopulationGenerator(scenario).generate(req.threads());
        }
        SimulationEngine engine = SimulationEngine.builder(scenario, population).threads(req.threads())
                .stepping(req.stepping()).policy(JourneyPolicy.factory(scenario)).build();
        int days = scenario.horizonDays();
        IntConsumer dayDone = d -> progress.dayDone(d, days);
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(outDir)) {
            SimulationResult result;
            SimulationEngine.Run run;
            List<Path> files;
            try {
                if (req.events()) {
                    try (EventLog log = new EventLog(out.staging().resolve("events.csv.gz"), scenario.channelNames(),
                            scenario.offerNames(), scenario.catalog().categories())) {
                        run = engine.runDetailed(new SimulationEngine.RunOptions(0, log, dayDone));
                    }
                } else {
                    run = engine.runDetailed(new SimulationEngine.RunOptions(0, null, dayDone));
                }
                result = run.result();
                files = new java.util.ArrayList<>(SimulationReport.writeFiles(result, run.breakdown().journeys(), scenario, yaml,
                        out.staging()));
                if (req.stepping() != Stepping.DAILY) {
                    // summary.json again, with the engine's stepping and notes (the daily engine's file is unchanged)
                    io.campaignsim.report.sim.SummaryJson.write(result,
                            io.campaignsim.report.JourneysJson.Totals.of(run.breakdown().journeys()),
                            JourneyPolicy.dailyEvaluation(scenario), req.stepping().key(), run.engineNotes(),
                            out.staging());
                }
                files.add(io.campaignsim.report.BreakdownCsv.write(run.breakdown(), out.staging()));
                io.campaignsim.report.MicroReviewHtml.insertInto(out.staging().resolve("index.html"),
                        out.staging().resolve(io.campaignsim.report.BreakdownCsv.FILE));
            } catch (IOException e) {
                throw out.writeFailed(e);
            }
            out.commit();
            return new Outcome(result, outDir, files.stream().map(f -> outDir.resolve(f.getFileName())).toList(),
                    run.breakdown().journeys());
        } catch (IOException e) {
            if (IoFaults.isInterruption(e)) {
                throw e;
            }
            throw IoFaults.fault(e, "write the report", outDir);
        }
    }
}
