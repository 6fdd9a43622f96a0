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
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code daily.csv}: one row a simulated day (day 0 is a Monday) with every metric of the policy
 * run, contacts per channel, the no-contact twin's conversions, revenue and profit, the incremental
 * ones, and cumulative profit. See docs/outputs.md.
 */
public final class DailyCsv {

    public static final String FILE = "daily.csv";

    private static final List<Metric> TWIN_METRICS = List.of(Metric.CONVERSIONS, Metric.REVENUE, Metric.PROFIT);

    private DailyCsv() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(SimulationResult r, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r), StandardCharsets.UTF_8);
        return file;
    }

    /** Column names, in order. */
    public static List<String> header(List<String> channels) {
        List<String> h = new ArrayList<>(List.of("day", "weekday"));
        for (Metric m : Metric.values()) {
            h.add(m.key());
        }
        for (String c : channels) {
            h.add("contacts_" + c);
        }
        for (Metric m : TWIN_METRICS) {
            h.add("no_contact_" + m.key());
        }
        for (Metric m : TWIN_METRICS) {
            h.add("incremental_" + m.key());
        }
        h.addAll(List.of("cumulative_profit", "cumulative_no_contact_profit", "cumulative_incremental_profit"));
        return h;
    }

    /** The CSV text. */
    public static String render(SimulationResult r) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(header(r.channels())))) {
            double cumulative = 0;
            double cumulativeTwin = 0;
            for (int d = 0; d < r.daily().size(); d++) {
                Kpis k = r.daily().get(d);
                Kpis twin = r.counterfactualDaily().get(d);
                cumulative += k.get(Metric.PROFIT);
                cumulativeTwin += twin.get(Metric.PROFIT);
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(d));
                row.add(DayOfWeek.MONDAY.plus(d).name().toLowerCase(Locale.ROOT));
                for (Metric m : Metric.values()) {
                    row.add(metric(k.get(m)));
                }
                for (int c = 0; c < r.channels().size(); c++) {
                    row.add(metric(k.contacts(c)));
                }
                for (Metric m : TWIN_METRICS) {
                    row.add(metric(twin.get(m)));
                }
                for (Metric m : TWIN_METRICS) {
                    row.add(metric(k.get(m) - twin.get(m)));
                }
                row.add(metric(cumulative));
                row.add(metric(cumulativeTwin));
                row.add(metric(cumulative - cumulativeTwin));
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
