package io.campaignsim.report.compare;

import io.campaignsim.compare.ScoreSnapshot;
import io.campaignsim.report.CsvFormats;
import io.campaignsim.report.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code scores.csv} ({@code compare --scores}): every model's score for every customer it covers at
 * the end of its strategy's warm-up in replication 0, beside the hidden truth of what it predicts,
 * tidy: one row per (strategy, customer). Written into the staging folder of the atomic output, so it
 * appears only with the rest of the result. See docs/predictions.md.
 */
public final class ScoresCsv {

    public static final String FILE = "scores.csv";
    public static final List<String> HEADER = List.of("replication", "strategy", "prediction", "within_days", "day",
            "customer_id", "segment", "score", "true_value");

    private ScoresCsv() {}

    /** Writes {@link #FILE} into {@code dir} (a header only when no strategy has a model); returns its path. */
    public static Path write(List<ScoreSnapshot> snapshots, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CsvFormats.withHeader(HEADER))) {
            for (ScoreSnapshot s : snapshots) {
                for (int k = 0; k < s.size(); k++) {
                    p.printRecord(s.replication(), s.strategy(), s.prediction(), s.withinDays(), s.day(), s.customer()[k],
                            s.segments().get(s.segment()[k]), Numbers.significantText(s.score()[k]),
                            Numbers.significantText(s.truth()[k]));
                }
            }
        }
        return file;
    }
}
