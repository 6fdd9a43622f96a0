package io.campaignsim.population;

import io.campaignsim.core.AgeBand;
import io.campaignsim.core.Lifecycle;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.UpliftGroupsSpec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Population files: one row per customer, the observed columns and optionally the hidden truth
 * (columns prefixed {@code true_}). Rows are in customer-index order; {@code customer_id} is the
 * index when written and is not kept on import (row order defines the index). Floats are
 * written with {@link Float#toString(float)}, which is deterministic and reads back to the same
 * float, so equal populations give byte-identical files.
 *
 * <pre>{@code
 * customer_id,segment,age_band,region,tenure_days,recency_days,frequency,monetary,reachable_email,...,last_category,lifecycle
 * 0,regular,25-34,north,412,37,3,58.21,1,...,shoes,cooling
 * }</pre>
 */
public final class PopulationCsv {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private PopulationCsv() {}

    /**
     * Writes {@code population} as CSV to {@code out} (not closed).
     *
     * @param scenario the scenario the population belongs to; its channels and categories must match
     * @param withTruth also write the hidden truth columns
     */
    public static void write(Population population, Scenario scenario, Writer out, boolean withTruth)
            throws IOException {
        ObservedPopulation o = population.observed();
        if (!o.channelNames().equals(scenario.channelNames())
                || !o.categoryNames().equals(scenario.catalog().categories())) {
            throw new IllegalArgumentException("population does not belong to scenario " + scenario.name());
        }
        GroundTruth t = population.truth();
        List<String> header = new java.util.ArrayList<>(CsvColumns.observed(o.channelNames()));
        if (withTruth) {
            header.addAll(CsvColumns.truth(o.channelNames(), o.categoryNames()));
        }
        CSVPrinter p = new CSVPrinter(out, FORMAT);
        p.printRecord(header);
        int channels = o.channelNames().size();
        int categories = o.categoryNames().size();
        for (int i = 0; i < o.size(); i++) {
            p.print(Integer.toString(i));
            p.print(o.segmentNames.get(o.segment[i]));
            p.print(AgeBand.LABELS.get(o.ageBand[i]));
            p.print(o.regionNames.get(o.region[i]));
            p.print(Integer.toString(o.tenureDays[i]));
            p.print(Integer.toString(o.recencyDays[i]));
            p.print(Integer.toString(o.frequency[i]));
            p.print(Float.toString(o.monetary[i]));
            for (int c = 0; c < channels; c++) {
                p.print(o.reachable(i, c) ? "1" : "0");
            }
            p.print(o.categoryNames.get(o.lastCategory[i]));
            p.print(Lifecycle.NAMES.get(o.lifecycle[i]));
            if (withTruth) {
                p.print(Float.toString(t.purchaseRate[i]));
                p.print(Float.toString(t.churnHazard[i]));
                p.print(Float.toString(t.basketMean[i]));
                p.print(Float.toString(t.discountSensitivity[i]));
                p.print(UpliftGroupsSpec.NAMES.get(t.upliftGroup[i]));
                p.print(Float.toString(t.effectScale[i]));
                for (int c = 0; c < channels; c++) {
                    p.print(Float.toString(t.channelAffinity[i * channels + c]));
                }
                p.print(Integer.toString(t.preferredHour[i]));
                p.print(Integer.toString(t.preferredWeekday[i]));
                for (int k = 0; k < categories; k++) {
                    p.print(Float.toString(t.categoryAffinity[i * categories + k]));
                }
            }
            p.println();
        }
        p.flush();
    }

    /**
     * Writes the CSV file atomically: to a hidden temporary file {@code .FILE.<random>.tmp} in the same
     * folder (a new name, so no file of the user's is overwritten), then renamed over {@code file}, so a
     * failure never leaves a half-written file under the final name. Creates missing parent folders. Only
     * a regular file (or a new path) is replaced; a symbolic link is followed.
     *
     * @throws ScenarioException when {@code file} is a directory or special file, or cannot be written
     */
    public static void writeFile(Population population, Scenario scenario, Path file, boolean withTruth) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw ScenarioException.of(name, "is a directory", "a file name such as " + file.resolve("population.csv"));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw ScenarioException.of(name, "is not a regular file (a device, FIFO or socket)",
                    "a path to a regular file or a new file");
        }
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            if (Files.isSymbolicLink(target)) {
                target = target.toRealPath();
            }
            Files.createDirectories(target.getParent());
            tmp = Files.createFile(target.resolveSibling(
                    "." + target.getFileName() + "." + java.util.UUID.randomUUID().toString().substring(0, 13) + ".tmp"));
            try (BufferedWriter w = new BufferedWriter(
                    new java.io.OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                write(population, scenario, w, withTruth);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(tmp);
            throw ScenarioException.of(name, "cannot write: " + describe(e), "a writable path with free disk space");
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /**
     * Reads a population file written by {@link #write} or by an analyst. Every observed column
     * is required except {@code lifecycle} (derived from tenure and recency when absent). The
     * {@code true_} columns are all present or all absent; when absent, the hidden truth is drawn
     * from the scenario's model given each customer's segment, seeded per shard.
     *
     * @throws ScenarioException listing up to 20 problems as {@code file:line:col} lines
     */
    public static Population read(Path file, Scenario scenario, int threads) {
        return new PopulationCsvReader(file, scenario).read(threads);
    }

    private static String describe(Exception e) {
        Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (c instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (c instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT);
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort: the temporary file carries a .tmp suffix and is harmless.
        }
    }
}
