package io.campaignsim.report.sim;

import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.ParallelWrites;
import io.campaignsim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the output folder of {@code campaignsim simulate}: {@code summary.json}, {@code daily.csv},
 * {@code segments.csv}, {@code send_time.csv}, the charts and {@code index.html}, all in one atomic step.
 *
 * <p>Files produced elsewhere go into the same atomic step in one of two ways: pass a
 * {@link StagingWriter} to {@link #write(SimulationResult, Scenario, String, Path, StagingWriter)}
 * for files written after the simulation, or, for files written during it (the engine's event log),
 * open the {@link AtomicOutputDirectory} yourself and call {@link #writeFiles} on its staging folder:
 *
 * <pre>{@code
 * try (var out = AtomicOutputDirectory.create(target)) {
 *     SimulationResult result = engine.run(out.staging().resolve("events.csv.gz"));
 *     SimulationReport.writeFiles(result, scenario, yaml, out.staging());
 *     out.commit();
 * }
 * }</pre>
 */
public final class SimulationReport {

    /** Writes extra files into the staging folder before the commit. */
    @FunctionalInterface
    public interface StagingWriter {
        StagingWriter NONE = staging -> {};

        void writeInto(Path staging) throws IOException;
    }

    private SimulationReport() {}

    /** Writes all report files to {@code outDir}, replacing its previous content atomically. */
    public static List<Path> write(SimulationResult result, Scenario scenario, String scenarioYaml, Path outDir)
            throws IOException {
        return write(result, scenario, scenarioYaml, outDir, StagingWriter.NONE);
    }

    /**
     * Writes all report files and whatever {@code extraFiles} writes to {@code outDir}, replacing its
     * previous content atomically; if anything throws, {@code outDir} is left as it was.
     *
     * @return every file now in {@code outDir}, sorted by name
     */
    public static List<Path> write(SimulationResult result, Scenario scenario, String scenarioYaml, Path outDir,
            StagingWriter extraFiles) throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(outDir)) {
            List<Path> files = new ArrayList<>();
            try {
                writeFiles(result, scenario, scenarioYaml, out.staging());
                extraFiles.writeInto(out.staging());
                try (Stream<Path> s = Files.list(out.staging())) {
                    s.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString)
                            .filter(name -> !name.startsWith(".campaignsim-")).sorted()
                            .forEach(name -> files.add(out.target().resolve(name)));
                }
            } catch (IOException e) {
                throw out.writeFailed(e);
            }
            out.commit();
            return List.copyOf(files);
        }
    }

    /**
     * Writes the report files into {@code dir} directly (not atomically; use it on a staging folder).
     *
     * @return the files written, in writing order
     */
    public static List<Path> writeFiles(SimulationResult result, Scenario scenario, String scenarioYaml, Path dir)
            throws IOException {
        return writeFiles(result, io.campaignsim.engine.JourneyCounts.NONE, scenario, scenarioYaml, dir);
    }

    /** As {@link #writeFiles(SimulationResult, Scenario, String, Path)}, with the policy's journey and rule counts. */
    public static List<Path> writeFiles(SimulationResult result, io.campaignsim.engine.JourneyCounts journeys,
            Scenario scenario, String scenarioYaml, Path dir) throws IOException {
        return List.copyOf(ParallelWrites.run(1, writes(result, journeys, scenario, scenarioYaml, dir)));
    }

    /**
     * The writes of {@link #writeFiles(SimulationResult, io.campaignsim.engine.JourneyCounts, Scenario, String, Path)},
     * in its order, each writing one file into {@code dir} and returning it; independent of each other,
     * so that {@link ParallelWrites#run} can run them side by side (the charts dominate).
     */
    public static List<ParallelWrites.Write<Path>> writes(SimulationResult result,
            io.campaignsim.engine.JourneyCounts journeys, Scenario scenario, String scenarioYaml, Path dir) {
        checkShape(result);
        List<ParallelWrites.Write<Path>> writes = new ArrayList<>();
        writes.add(() -> SummaryJson.write(result, io.campaignsim.report.JourneysJson.Totals.of(journeys),
                io.campaignsim.policy.JourneyPolicy.dailyEvaluation(scenario), dir));
        writes.add(() -> DailyCsv.write(result, dir));
        writes.add(() -> SegmentsCsv.write(result, dir));
        writes.add(() -> SendTimeCsv.write(result, dir));
        List<String> charts = SimulationCharts.planned(result, scenario.report().charts());
        for (String chart : charts) {
            writes.add(() -> SimulationCharts.write(result, chart, dir));
        }
        List<String> chartFiles = charts.stream().map(c -> SimulationCharts.fileStem(c) + ".png").toList();
        writes.add(() -> SimulationHtml.write(result, scenario, scenarioYaml, chartFiles, dir));
        return writes;
    }

    // The result record does not check that its lists agree; a mismatch is an engine bug, caught here
    // before it turns into an IndexOutOfBoundsException halfway through a file.
    private static void checkShape(SimulationResult r) {
        int channels = r.channels().size();
        int segments = r.segments().size();
        require(r.daily().size() == r.days(), "daily has " + r.daily().size() + " days, expected " + r.days());
        require(r.counterfactualDaily().size() == r.days(),
                "counterfactualDaily has " + r.counterfactualDaily().size() + " days, expected " + r.days());
        require(r.segmentTotals().size() == segments && r.counterfactualSegments().size() == segments
                && r.segmentChannel().size() == segments, "segment lists must have " + segments + " entries");
        require(r.segmentChannel().stream().allMatch(l -> l.size() == channels),
                "segmentChannel entries must have " + channels + " channels");
        require(r.total().channels() == channels && r.counterfactualTotal().channels() == channels,
                "totals must have " + channels + " channels");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("inconsistent SimulationResult: " + message);
        }
    }
}
