package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.Uplift;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.CsvFormats;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Estimate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code comparison.csv}: one row per strategy, best first by the objective and the oracle last, with
 * every figure's mean and interval, the uplift against the holdout, the true incremental effect, the
 * regret against the oracle and model quality. Empty cells are undefined values. See docs/compare.md.
 */
public final class ComparisonCsv {

    public static final String FILE = "comparison.csv";

    /** Figures whose uplift and true incremental effect get columns. */
    static final List<CompareMetric> UPLIFT_METRICS = List.of(CompareMetric.CONVERSIONS, CompareMetric.REVENUE,
            CompareMetric.PROFIT);

    private ComparisonCsv() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(Comparison c, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(c), StandardCharsets.UTF_8);
        return file;
    }

    /** Column names, in order. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("strategy", "type", "role", "rank", "replications"));
        for (CompareMetric m : CompareMetric.values()) {
            h.addAll(interval(m.key()));
        }
        for (CompareMetric m : UPLIFT_METRICS) {
            h.addAll(interval("uplift_" + m.key()));
            h.addAll(interval("uplift_" + m.key() + "_rel"));
        }
        for (CompareMetric m : UPLIFT_METRICS) {
            h.addAll(interval("incremental_" + m.key()));
        }
        h.addAll(interval("regret"));
        h.addAll(interval("regret_best_arm"));
        h.add("best_arm");
        h.addAll(List.of("p_vs_holdout", "p_vs_holdout_holm", "model", "auc", "qini_normalised", "auuc", "calibration_error"));
        return h;
    }

    /** The CSV text. */
    public static String render(Comparison c) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(header()))) {
            for (StrategySummary s : c.ranked()) {
                List<String> row = new ArrayList<>(List.of(s.name(), s.type(), s.role().name().toLowerCase(Locale.ROOT),
                        s.rank() == 0 ? "" : Integer.toString(s.rank()), Integer.toString(c.replications())));
                for (CompareMetric m : CompareMetric.values()) {
                    add(row, s.metric(m), Numbers.METRIC_SCALE);
                }
                for (CompareMetric m : UPLIFT_METRICS) {
                    Uplift u = s.uplift(m);
                    add(row, u.absolute(), Numbers.METRIC_SCALE);
                    addRelative(row, u.relative());
                }
                for (CompareMetric m : UPLIFT_METRICS) {
                    add(row, s.incremental(m), Numbers.METRIC_SCALE);
                }
                add(row, s.regret() == null ? Estimate.unavailable(c.replications()) : s.regret(), Numbers.METRIC_SCALE);
                add(row, s.armRegret() == null ? Estimate.unavailable(c.replications()) : s.armRegret().regret(),
                        Numbers.METRIC_SCALE);
                row.add(s.armRegret() == null ? "" : s.armRegret().bestArm());
                row.add(Numbers.text(s.uplift(c.objective().metric()).pValue(), Numbers.RATE_SCALE));
                row.add(Numbers.text(s.uplift(c.objective().metric()).pAdjusted(), Numbers.RATE_SCALE));
                ModelSummary q = s.model();
                if (q == null) {
                    row.addAll(List.of("", "", "", "", ""));
                } else {
                    row.addAll(List.of(q.model(), rate(q.auc()), rate(q.qini()), rate(q.auuc()), rate(q.calibrationError())));
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    private static List<String> interval(String name) {
        return List.of(name, name + "_low", name + "_high");
    }

    // Fieller's interval may be unbounded: both bounds are then the word "unbounded", not a number.
    private static void addRelative(List<String> row, Estimate e) {
        if (Double.isInfinite(e.ciLow()) || Double.isInfinite(e.ciHigh())) {
            row.addAll(List.of(Numbers.text(e.mean(), Numbers.RATE_SCALE), "unbounded", "unbounded"));
        } else {
            add(row, e, Numbers.RATE_SCALE);
        }
    }

    private static void add(List<String> row, Estimate e, int scale) {
        row.add(Numbers.text(e.mean(), scale));
        row.add(Numbers.text(e.ciLow(), scale));
        row.add(Numbers.text(e.ciHigh(), scale));
    }

    private static String rate(double v) {
        return Numbers.text(v, Numbers.RATE_SCALE);
    }
}
