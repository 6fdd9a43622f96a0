package io.campaignsim.report.compare;

import io.campaignsim.compare.ArmShares;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.report.CsvFormats;
import io.campaignsim.report.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code arms.csv}: for each strategy with arms, the mean share of each day's pulls per arm, in long
 * form. An empty share means no replication pulled any arm that day. See docs/compare.md.
 */
public final class ArmsCsv {

    public static final String FILE = "arms.csv";
    public static final List<String> HEADER = List.of("strategy", "day", "arm", "share");

    private ArmsCsv() {}

    /** Writes {@link #FILE} into {@code dir}; returns its path. */
    public static Path write(Comparison c, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(c), StandardCharsets.UTF_8);
        return file;
    }

    /** The CSV text (a header only if no strategy has arms). */
    public static String render(Comparison c) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CsvFormats.withHeader(HEADER))) {
            for (StrategySummary s : c.ranked()) {
                ArmShares a = s.arms();
                if (a == null) {
                    continue;
                }
                for (int d = 0; d < a.days(); d++) {
                    for (int arm = 0; arm < a.arms().size(); arm++) {
                        p.printRecord(s.name(), Integer.toString(d), a.arms().get(arm),
                                Numbers.text(a.share(d, arm), Numbers.RATE_SCALE));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }
}
