package io.campaignsim.report.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.campaignsim.bench.BenchReport;
import io.campaignsim.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes every figure of a {@code bench} run as JSON ({@code bench --json FILE}), atomically, with
 * snake_case keys like every other JSON file the tool writes ({@code customer_days_per_second}).
 */
public final class BenchJson {

    private BenchJson() {
    }

    /** The report as indented JSON text. */
    public static String render(BenchReport report) throws JsonProcessingException {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report).replace("\r\n", "\n") + "\n";
    }

    public static void write(BenchReport report, Path file) throws IOException {
        AtomicFiles.writeString(file, render(report));
    }
}
