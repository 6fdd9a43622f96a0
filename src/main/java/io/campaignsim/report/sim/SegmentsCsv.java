package io.campaignsim.report.sim;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SimulationResult;
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
 * {@code segments.csv}: for each segment, one row per channel (the contacts on that channel and the
 * conversions attributed to them, last touch) and one {@code all} row (every purchase of the
 * segment, with churn, head count and the true incremental effect against the no-contact twin).
 * The {@code all}-only columns are empty on channel rows. See docs/outputs.md.
 */
public final class SegmentsCsv {

    public static final String FILE = "segments.csv";

    /** Channel value of the row that covers all channels and all purchases of a segment. */
    public static final String ALL = "all";

    private static final List<Metric> CONTACT_METRICS = List.of(Metric.CONTACTS, Metric.OPENS, Metric.CLICKS,
            Metric.CONTACT_CONVERSIONS, Metric.REVENUE, Metric.MARGIN, Metric.INCENTIVE_COST, Metric.CONTACT_COST,
            Metric.PROFIT);
    private static final List<Metric> SEGMENT_METRICS = List.of(Metric.CONVERSIONS, Metric.CHURNED,
            Metric.UNSUBSCRIBES, Metric.ACTIVE);

    private SegmentsCsv() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(SimulationResult r, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r), StandardCharsets.UTF_8);
        return file;
    }

    /** Column names, in order. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("segment", "channel"));
        CONTACT_METRICS.forEach(m -> h.add(m.key()));
        SEGMENT_METRICS.forEach(m -> h.add(m.key()));
        h.addAll(List.of("incremental_conversions", "incremental_profit"));
        return h;
    }

    /** The CSV text. */
    public static String render(SimulationResult r) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(header()))) {
            for (int s = 0; s < r.segments().size(); s++) {
                String segment = r.segments().get(s);
                List<Kpis> byChannel = r.segmentChannel().get(s);
                for (int c = 0; c < r.channels().size(); c++) {
                    List<String> row = new ArrayList<>(List.of(segment, r.channels().get(c)));
                    Kpis k = byChannel.get(c);
                    CONTACT_METRICS.forEach(m -> row.add(metric(k.get(m))));
                    for (int i = 0; i < SEGMENT_METRICS.size() + 2; i++) {
                        row.add("");
                    }
                    p.printRecord(row);
                }
                Kpis all = r.segmentTotals().get(s);
                Kpis twin = r.counterfactualSegments().get(s);
                List<String> row = new ArrayList<>(List.of(segment, ALL));
                CONTACT_METRICS.forEach(m -> row.add(metric(all.get(m))));
                SEGMENT_METRICS.forEach(m -> row.add(metric(all.get(m))));
                row.add(metric(all.get(Metric.CONVERSIONS) - twin.get(Metric.CONVERSIONS)));
                row.add(metric(all.get(Metric.PROFIT) - twin.get(Metric.PROFIT)));
                p.printRecord(row);
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
