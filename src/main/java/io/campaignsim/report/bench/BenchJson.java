package io.campaignsim.report.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.campaignsim.bench.BenchReport;
import io.campaignsim.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Writes every figure of a {@code bench} run as JSON ({@code bench --json FILE}), atomically. */
public final class BenchJson {

    private BenchJson() {
    }

    /** The report as indented JSON text. */
    public static String render(BenchReport report) throws JsonProcessingException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report)
                + System.lineSeparator();
    }

    public static void write(BenchReport report, Path file) throws IOException {
        AtomicFiles.writeString(file, render(report));
    }
}
