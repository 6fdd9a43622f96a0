package io.campaignsim.app;

import io.campaignsim.core.InputFiles;
import io.campaignsim.core.IoFaults;
import io.campaignsim.core.OutputPaths;
import io.campaignsim.core.UserInputException;
import io.campaignsim.engine.RunTally;
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
import io.campaignsim.report.ParallelWrites;
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

    /** Where customer ranges run in range mode, or null: the whole population in this JVM. */
    private final ExecutionEngine ranges;

    /** Simulates the whole population in this JVM, day by day over all shards. */
    public SimulateJob() {
        this.ranges = null;
    }

    private SimulateJob(ExecutionEngine ranges) {
        this.ranges = ranges;
    }

    /**
     * A job that runs on {@code engine}: on the local engine the whole population in this JVM; on a
     * cluster engine one task per customer range ({@link CustomerRange}), each generating its own
     * customers, with the ranges' tallies merged here. Both give byte-identical files.
     */
    public static SimulateJob on(ExecutionEngine engine) {
        return engine instanceof LocalEngine ? new SimulateJob() : new SimulateJob(engine);
    }

    /** Range mode on any engine, including the local one (the equivalence tests run it without a cluster). */
    public static SimulateJob inRanges(ExecutionEngine engine) {
        return new SimulateJob(java.util.Objects.requireNonNull(engine));
    }

    public Outcome run(Request req, ProgressListener progress) throws IOException, InterruptedException {
        if (req.threads() > 1) {
            // a spare core while the scenario is read: the chart machinery's first-use cost goes there
            io.campaignsim.report.sim.SimulationCharts.warmUpInBackground();
        }
        Scenario scenario = new ScenarioOverrides(req.seed(), req.days(), req.size(), null)
                .apply(new ScenarioLoader().load(req.scenarioFile()));
        Path outDir = req.out() != null ? req.out() : Path.of(scenario.report().out());
        AtomicOutputDirectory.check(outDir);
        OutputPaths.checkFolder(outDir, req.out() != null ? "--out" : "report.out");
        if (ranges != null) {
            checkRangeMode(req, scenario);
        }
        WorkBudget.check((double) scenario.population().size() * scenario.horizonDays(), 1, req.threads(), req.allowLong());
        progress.dayDone(-1, scenario.horizonDays()); // the total is known now: an early Ctrl-C says "0 of N days"
        String yaml = new String(InputFiles.readAll(req.scenarioFile(), ScenarioLoader.MAX_FILE_BYTES, "a scenario file"),
                StandardCharsets.UTF_8);
        if (ranges != null) {
            return runInRanges(req, scenario, yaml, outDir, progress);
        }
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
                files = writeFiles(run, scenario, yaml, out.staging(), req.threads());
                if (req.stepping() != Stepping.DAILY) {
                    // summary.json again, with the engine's stepping and notes (the daily engine's file is unchanged)
                    io.campaignsim.report.sim.SummaryJson.write(result,
                            io.campaignsim.report.JourneysJson.Totals.of(run.breakdown().journeys()),
                            JourneyPolicy.dailyEvaluation(scenario), req.stepping().key(), run.engineNotes(),
                            out.staging());
                }
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

    /**
     * What range mode cannot do, each refused before anything runs: it needs a policy that does not
     * learn across customers, customers it can generate where they run, and no output that needs
     * every customer in one place.
     */
    private void checkRangeMode(Request req, Scenario scenario) {
        String where = "simulate --engine " + ranges.name();
        if (req.stepping() != Stepping.DAILY) {
            throw new UserInputException(where + " runs customer ranges with the daily engine; --stepping "
                    + req.stepping().key() + " runs on --engine local only (expected --engine local, or no --stepping)");
        }
        String learning = JourneyPolicy.learningKey(scenario);
        if (learning != null) {
            throw new UserInputException(where + " runs each customer range on its own, but " + learning + " learns "
                    + "each segment's profile from every customer between days, which needs a per-day synchronisation "
                    + "across ranges that is not built (docs/distributed.md); expected --engine local, or another mode");
        }
        if (req.populationFile() != null) {
            throw new UserInputException(where + " generates each customer range where it runs, so it cannot read "
                    + "--population " + req.populationFile() + " (the whole population in one place); expected "
                    + "--engine local with --population, or no --population");
        }
        if (req.events()) {
            throw new UserInputException(where + " cannot write --events: events.csv.gz lists every customer's events "
                    + "day by day, which needs the whole population in one place; expected --engine local with --events");
        }
    }

    private Outcome runInRanges(Request req, Scenario scenario, String yaml, Path outDir, ProgressListener progress)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        int days = scenario.horizonDays();
        // Each range runs the whole horizon, so progress is the share of ranges done, on the days' scale.
        RunTally tally = ranges.fold(scenario, CustomerRange.of(scenario), CustomerRange::run, RunTally::merge,
                req.threads(),
                (done, total) -> progress.dayDone((int) ((long) done * days / total) - 1, days));
        SimulationEngine.Run run = tally.toRun(scenario, 0, (System.nanoTime() - started) / 1_000_000, null);
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(outDir)) {
            List<Path> files;
            try {
                files = writeFiles(run, scenario, yaml, out.staging(), req.threads());
            } catch (IOException e) {
                throw out.writeFailed(e);
            }
            out.commit();
            return new Outcome(run.result(), outDir, files.stream().map(f -> outDir.resolve(f.getFileName())).toList(),
                    run.breakdown().journeys());
        } catch (IOException e) {
            if (IoFaults.isInterruption(e)) {
                throw e;
            }
            throw IoFaults.fault(e, "write the report", outDir);
        }
    }

    /**
     * Writes the report files into {@code staging} on up to {@code threads} threads (the charts render side
     * by side; the bytes are those of a serial write), then adds the micro review to the page.
     */
    private static List<Path> writeFiles(SimulationEngine.Run run, Scenario scenario, String yaml, Path staging,
            int threads) throws IOException {
        List<ParallelWrites.Write<Path>> writes = new java.util.ArrayList<>(SimulationReport.writes(run.result(),
                run.breakdown().journeys(), scenario, yaml, staging));
        writes.add(() -> io.campaignsim.report.BreakdownCsv.write(run.breakdown(), staging));
        List<Path> files = ParallelWrites.run(threads, writes);
        io.campaignsim.report.MicroReviewHtml.insertInto(staging.resolve("index.html"),
                staging.resolve(io.campaignsim.report.BreakdownCsv.FILE));
        return files;
    }
}
