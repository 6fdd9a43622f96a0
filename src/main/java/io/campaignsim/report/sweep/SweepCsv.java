package io.campaignsim.report.sweep;

import io.campaignsim.compare.sweep.SweepPlan;
import io.campaignsim.compare.sweep.SweepPoint;
import io.campaignsim.compare.sweep.SweepResult;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.CsvFormats;
import io.campaignsim.report.Numbers;
import io.campaignsim.scenario.SweepParameter;
import io.campaignsim.stats.Estimate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code sweep.csv}, tidy: one row per point × strategy × metric with the parameter values as columns,
 * the mean over replications and its 95 % t interval; and {@code sweep-replications.csv}, every
 * replication's raw value (point × strategy × replication, one column per metric), for analyses of
 * one's own (the replications are paired across points: the same seed in the same row position).
 */
public final class SweepCsv {

    public static final String FILE = "sweep.csv";
    public static final String REPLICATIONS_FILE = "sweep-replications.csv";

    private SweepCsv() {}

    public static Path write(SweepResult r, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r), StandardCharsets.UTF_8);
        return file;
    }

    public static Path writeReplications(SweepResult r, Path dir) throws IOException {
        Path file = dir.resolve(REPLICATIONS_FILE);
        Files.writeString(file, renderReplications(r), StandardCharsets.UTF_8);
        return file;
    }

    static String render(SweepResult r) throws IOException {
        SweepPlan plan = r.plan();
        List<String> header = new ArrayList<>(List.of("point"));
        plan.parameters().stream().map(SweepParameter::path).forEach(header::add);
        header.addAll(List.of("strategy", "metric", "mean", "ci_low", "ci_high", "std_error", "replications"));
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CsvFormats.withHeader(header))) {
            for (SweepPoint point : plan.points()) {
                for (int s = 0; s < plan.strategies().size(); s++) {
                    for (CompareMetric m : CompareMetric.values()) {
                        Estimate e = r.estimate(point.index(), s, m);
                        List<Object> row = new ArrayList<>();
                        row.add(point.index());
                        row.addAll(point.values());
                        row.add(plan.strategies().get(s));
                        row.add(m.key());
                        row.add(num(e.mean()));
                        row.add(num(e.ciLow()));
                        row.add(num(e.ciHigh()));
                        row.add(num(e.standardError()));
                        row.add(e.n());
                        p.printRecord(row);
                    }
                }
            }
        }
        return w.toString();
    }

    static String renderReplications(SweepResult r) throws IOException {
        SweepPlan plan = r.plan();
        List<String> header = new ArrayList<>(List.of("point"));
        plan.parameters().stream().map(SweepParameter::path).forEach(header::add);
        header.addAll(List.of("strategy", "replication", "seed"));
        for (CompareMetric m : CompareMetric.values()) {
            header.add(m.key());
        }
        long[] seeds = plan.replicationSeeds();
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CsvFormats.withHeader(header))) {
            for (SweepPoint point : plan.points()) {
                for (int s = 0; s < plan.strategies().size(); s++) {
                    for (int rep = 0; rep < plan.replications(); rep++) {
                        List<Object> row = new ArrayList<>();
                        row.add(point.index());
                        row.addAll(point.values());
                        row.add(plan.strategies().get(s));
                        row.add(rep);
                        row.add(seeds[rep]);
                        for (CompareMetric m : CompareMetric.values()) {
                            row.add(num(r.results().get(point.index()).value(s, rep, m)));
                        }
                        p.printRecord(row);
                    }
                }
            }
        }
        return w.toString();
    }

    static String num(double v) {
        return Numbers.text(v, Numbers.METRIC_SCALE);
    }
}
