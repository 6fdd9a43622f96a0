package io.campaignsim.report.compare;

import io.campaignsim.compare.FactorialEffect;
import io.campaignsim.report.CsvFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code multivariate.csv}: the multivariate tests' main effects and interactions, one row per
 * (strategy, replication, term), tidy. See docs/compare.md.
 */
public final class FactorialCsv {

    public static final String FILE = "multivariate.csv";
    public static final List<String> HEADER = List.of("strategy", "replication", "term", "estimate", "standard_error");

    private FactorialCsv() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(List<FactorialEffect> effects, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(effects), StandardCharsets.UTF_8);
        return file;
    }

    /** The CSV text. */
    public static String render(List<FactorialEffect> effects) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (FactorialEffect e : effects) {
                p.printRecord(e.strategy(), e.replication(), e.effect().term(), sixDecimals(e.effect().estimate()),
                        sixDecimals(e.effect().standardError()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    private static String sixDecimals(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
