package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.report.CsvFormats;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code series.csv}: per-day series in long (tidy) form, one row per strategy, day and metric, with
 * the mean over replications and its t band. Strategies in ranked order, the oracle last.
 * See docs/compare.md.
 */
public final class SeriesCsv {

    public static final String FILE = "series.csv";
    public static final List<String> HEADER = List.of("strategy", "day", "metric", "mean", "low", "high");

    private SeriesCsv() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(Comparison c, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(c), StandardCharsets.UTF_8);
        return file;
    }

    /** The CSV text. */
    public static String render(Comparison c) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (StrategySummary s : c.ranked()) {
                for (int d = 0; d < c.days(); d++) {
                    for (Series series : s.series()) {
                        Estimate e = series.byDay().get(d);
                        p.printRecord(s.name(), Integer.toString(d), series.metric(), metric(e.mean()), metric(e.ciLow()),
                                metric(e.ciHigh()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    private static String metric(double v) {
        return Numbers.text(v, Numbers.METRIC_SCALE);
    }
}
