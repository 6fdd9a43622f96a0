package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.HoldoutExperiment;
import io.campaignsim.compare.HoldoutReading;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.TestVsTruth;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.CsvFormats;
import io.campaignsim.report.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The holdout test against the truth in CSV: the per-strategy summary columns of comparison.csv, and
 * {@code holdout_test.csv} with every replication's test (one row per strategy, replication and
 * metric). Empty cells are undefined values. See docs/compare.md.
 */
public final class TestVsTruthCsv {

    /** Every replication's test and truth. */
    public static final String FILE = "holdout_test.csv";

    private TestVsTruthCsv() {}

    /** The columns appended to comparison.csv. */
    static List<String> summaryHeader() {
        List<String> h = new ArrayList<>(List.of("holdout_share"));
        for (CompareMetric m : HoldoutExperiment.METRICS) {
            String p = "holdout_test_" + m.key();
            h.addAll(List.of(p, p + "_half_width", p + "_coverage", p + "_coverage_se", p + "_bias", p + "_bias_se"));
        }
        return h;
    }

    /** The cells of {@link #summaryHeader} for {@code s}. */
    static List<String> summaryCells(StrategySummary s) {
        List<String> row = new ArrayList<>();
        TestVsTruth any = s.testVsTruth().values().stream().findFirst().orElse(null);
        row.add(any == null ? "" : Numbers.text(any.holdoutShare(), Numbers.RATE_SCALE));
        for (CompareMetric m : HoldoutExperiment.METRICS) {
            TestVsTruth t = s.testVsTruth(m);
            if (t == null) {
                row.addAll(List.of("", "", "", "", "", ""));
                continue;
            }
            row.add(Numbers.text(t.estimate().mean(), Numbers.METRIC_SCALE));
            row.add(Numbers.text(t.meanHalfWidth(), Numbers.METRIC_SCALE));
            row.add(Numbers.text(t.coverage(), Numbers.RATE_SCALE));
            row.add(Numbers.text(t.coverageSe(), Numbers.RATE_SCALE));
            row.add(Numbers.text(t.bias().mean(), Numbers.METRIC_SCALE));
            row.add(Numbers.text(t.bias().standardError(), Numbers.METRIC_SCALE));
        }
        return row;
    }

    /** Column names of {@link #FILE}. */
    public static List<String> header() {
        return List.of("strategy", "type", "replication", "metric", "holdout_share", "customers", "treated", "held_out",
                "true_effect", "estimate", "ci_low", "ci_high", "se", "covered", "error");
    }

    /**
     * Writes {@link #FILE} into {@code dir} when some strategy has its replications' tests (a
     * comparison read back from comparison.json has not); returns the files written.
     */
    public static List<Path> write(Comparison c, Path dir) throws IOException {
        if (c.strategies().stream().allMatch(s -> s.testVsTruth().values().stream()
                .allMatch(t -> t.byReplication().isEmpty()))) {
            return List.of();
        }
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(c), StandardCharsets.UTF_8);
        return List.of(file);
    }

    /** The CSV text of {@link #FILE}: strategies best first, then replication, then metric. */
    public static String render(Comparison c) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(header()))) {
            for (StrategySummary s : c.ranked()) {
                int reps = s.testVsTruth().values().stream().mapToInt(t -> t.byReplication().size()).max().orElse(0);
                for (int r = 0; r < reps; r++) {
                    for (CompareMetric m : HoldoutExperiment.METRICS) {
                        TestVsTruth t = s.testVsTruth(m);
                        if (t == null || r >= t.byReplication().size()) {
                            continue;
                        }
                        HoldoutReading x = t.byReplication().get(r);
                        p.printRecord(s.name(), s.type(), r, m.key(), Numbers.text(t.holdoutShare(), Numbers.RATE_SCALE),
                                x.customers(), x.treated(), x.heldOut(), metric(x.truth()), metric(x.estimate()),
                                metric(x.ciLow()), metric(x.ciHigh()), metric(x.standardError()),
                                x.hasInterval() ? Boolean.toString(x.covers()) : "", metric(x.error()));
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
