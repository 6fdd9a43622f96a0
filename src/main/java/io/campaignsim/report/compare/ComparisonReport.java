package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the files of {@code compare} into a folder: comparison.csv, comparison.json, series.csv,
 * arms.csv and, when the holdout tests' replications are at hand, holdout_test.csv. Not atomic on its own; the caller writes into an AtomicOutputDirectory's staging folder.
 * The bytes depend only on the comparison (no dates or timings).
 */
public final class ComparisonReport {

    private ComparisonReport() {}

    /** Writes every file into {@code dir} (which must exist); returns their paths in a fixed order. */
    public static List<Path> write(Comparison c, Path dir) throws IOException {
        return write(c, java.util.Map.of(), dir);
    }

    /** As {@link #write(Comparison, Path)}, with each strategy's mean journey and rule counts in comparison.json. */
    public static List<Path> write(Comparison c, java.util.Map<String, io.campaignsim.report.JourneysJson.Totals> journeys,
            Path dir) throws IOException {
        return write(c, journeys, null, dir);
    }

    /** As above, with the engine's stepping in comparison.json (null: no key). */
    public static List<Path> write(Comparison c, java.util.Map<String, io.campaignsim.report.JourneysJson.Totals> journeys,
            String stepping, Path dir) throws IOException {
        List<Path> files = new java.util.ArrayList<>(List.of(ComparisonCsv.write(c, dir),
                ComparisonJson.write(c, journeys, stepping, dir),
                SeriesCsv.write(c, dir), ArmsCsv.write(c, dir)));
        files.addAll(TestVsTruthCsv.write(c, dir));
        return List.copyOf(files);
    }
}
