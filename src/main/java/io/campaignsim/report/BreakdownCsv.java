package io.campaignsim.report;

import io.campaignsim.engine.Breakdown;
import io.campaignsim.engine.JourneyCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code breakdown.csv}, the micro review as a tidy table: one row per (dimension, key, metric),
 * with {@code strategy} and {@code replication} columns in front when written by {@code compare}.
 * Dimensions: {@code channel} (contacts, opens, clicks, conversions (last touch), incremental_profit),
 * {@code touchpoint} (each rule: contacts, entries (times it fired), incremental_profit; each journey
 * stage: contacts, entries, exits, opted_out, finished, bought, other_exits, incremental_profit; the key {@value #NO_TOUCHPOINT} holds contacts no rule or
 * stage proposed) and {@code total} (incremental_profit). How incremental profit is allocated:
 * {@link Breakdown} and docs/statistics.md.
 */
public final class BreakdownCsv {

    public static final String FILE = "breakdown.csv";
    public static final String NO_TOUCHPOINT = "(no touchpoint)";

    /** One run's breakdown with its labels (compare: strategy and replication; simulate: none). */
    public record Row(String strategy, int replication, Breakdown breakdown) implements java.io.Serializable {}

    private BreakdownCsv() {}

    /** Writes simulate's file (no strategy columns). */
    public static Path write(Breakdown b, Path dir) throws IOException {
        return write(List.of(new Row(null, 0, b)), false, dir);
    }

    /** Writes compare's file: one block per strategy and replication. */
    public static Path write(List<Row> rows, Path dir) throws IOException {
        return write(rows, true, dir);
    }

    private static Path write(List<Row> rows, boolean labelled, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(rows, labelled), StandardCharsets.UTF_8);
        return file;
    }

    static String render(List<Row> rows, boolean labelled) {
        List<String> header = new ArrayList<>();
        if (labelled) {
            header.addAll(List.of("strategy", "replication"));
        }
        header.addAll(List.of("dimension", "key", "metric", "value"));
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(header))) {
            for (Row row : rows) {
                Printer pr = (dim, key, metric, v) -> {
                    List<Object> r = new ArrayList<>();
                    if (labelled) {
                        r.add(row.strategy());
                        r.add(row.replication());
                    }
                    r.add(dim);
                    r.add(key);
                    r.add(metric);
                    r.add(Numbers.text(v, Numbers.METRIC_SCALE));
                    p.printRecord(r);
                };
                rows(row.breakdown(), pr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Printer {
        void print(String dimension, String key, String metric, double value) throws IOException;
    }

    private static void rows(Breakdown b, Printer p) throws IOException {
        for (int c = 0; c < b.channels().size(); c++) {
            String ch = b.channels().get(c);
            p.print("channel", ch, "contacts", b.contacts()[c]);
            p.print("channel", ch, "opens", b.opens()[c]);
            p.print("channel", ch, "clicks", b.clicks()[c]);
            p.print("channel", ch, "conversions", b.conversions()[c]);
            p.print("channel", ch, "incremental_profit", b.channelIncrementalProfit()[c]);
        }
        JourneyCounts j = b.journeys();
        for (int t = 0; t < j.size(); t++) {
            String key = j.touchpoints().get(t);
            p.print("touchpoint", key, "contacts", b.touchpointContacts()[t]);
            p.print("touchpoint", key, "entries", j.entries()[t]);
            if (key.startsWith("journey:")) { // rules have no exits
                p.print("touchpoint", key, "exits", j.exits(t));
                p.print("touchpoint", key, "opted_out", j.optedOut()[t]);
                p.print("touchpoint", key, "finished", j.finished()[t]);
                p.print("touchpoint", key, "bought", j.bought()[t]);
                p.print("touchpoint", key, "other_exits", j.otherExits()[t]);
            }
            p.print("touchpoint", key, "incremental_profit", b.touchpointIncrementalProfit()[t]);
        }
        if (b.unattributedContacts() > 0 || j.size() == 0) {
            p.print("touchpoint", NO_TOUCHPOINT, "contacts", b.unattributedContacts());
            p.print("touchpoint", NO_TOUCHPOINT, "incremental_profit", b.unattributedIncrementalProfit());
        }
        p.print("total", "all", "incremental_profit", b.incrementalProfit());
    }
}
