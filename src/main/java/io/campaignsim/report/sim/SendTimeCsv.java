package io.campaignsim.report.sim;

import io.campaignsim.engine.SendTimeTally;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.CsvFormats;
import io.campaignsim.report.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code send_time.csv}: delivered contacts and opens by weekday and send hour over the run, one
 * row per (weekday, hour), all 168 rows, Monday 00:00 first. {@code open_rate} is empty when
 * nothing was sent in that hour (undefined, not zero). The numbers behind {@code send_time.png}.
 */
public final class SendTimeCsv {

    public static final String FILE = "send_time.csv";

    private SendTimeCsv() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(SimulationResult r, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r.sendTime()), StandardCharsets.UTF_8);
        return file;
    }

    /** Column names, in order. */
    public static List<String> header() {
        return List.of("weekday", "hour", "contacts", "opens", "open_rate");
    }

    /** Lower-case English name of weekday 0 (Monday) .. 6, as in daily.csv. */
    public static String weekday(int weekday) {
        return DayOfWeek.MONDAY.plus(weekday).name().toLowerCase(Locale.ROOT);
    }

    /** The CSV text. */
    public static String render(SendTimeTally t) {
        StringBuilder out = new StringBuilder(8_192);
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(header()))) {
            for (int w = 0; w < SendTimeTally.WEEKDAYS; w++) {
                for (int h = 0; h < SendTimeTally.HOURS; h++) {
                    p.printRecord(weekday(w), h, Numbers.text(t.contacts(h, w), Numbers.METRIC_SCALE),
                            Numbers.text(t.opens(h, w), Numbers.METRIC_SCALE),
                            Numbers.text(t.openRate(h, w), Numbers.RATE_SCALE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }
}
