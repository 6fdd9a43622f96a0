package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writesAndReplacesWithoutLeavingTempFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/x.txt");
        AtomicFiles.writeString(file, "one");
        AtomicFiles.writeString(file, "två");
        assertEquals("två", Files.readString(file));
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertEquals(List.of("x.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
