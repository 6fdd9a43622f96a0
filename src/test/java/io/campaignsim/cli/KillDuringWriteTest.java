package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic output (issue #9): a simulate process killed with SIGKILL at several moments leaves
 * the output folder holding either the previous complete result or the new complete result,
 * never a mix.
 */
class KillDuringWriteTest {

    private static final String QUICKSTART = "scenarios/quickstart.yaml";
    private static final Set<String> FILES = Set.of(".campaignsim-output", "summary.json", "daily.csv", "segments.csv",
            "send_time.csv", "index.html", "conversions.png", "profit.png", "contacts_by_channel.png", "send_time.png",
            "segments.png");

    @TempDir
    Path tmp;

    @Test
    void aKilledRunLeavesTheOldOrTheNewCompleteResult() throws Exception {
        Path out = tmp.resolve("out");
        int exit = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("simulate", QUICKSTART, "--size", "1000", "--days", "3", "--out", out.toString(), "-q");
        assertEquals(0, exit);
        String before = Files.readString(out.resolve("summary.json"));
        int oldSeen = 0;
        int newSeen = 0;
        for (long delay : new long[] {200, 700, 1500, 2500, 4000}) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "io.campaignsim.cli.Main",
                    "simulate", QUICKSTART, "--size", "150000", "--days", "30", "--out", out.toString(), "-q")
                    .redirectOutput(new File(tmp.resolve("stdout").toString()))
                    .redirectError(new File(tmp.resolve("stderr").toString())).start();
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertEquals(FILES, list(out), "after a kill at " + delay + " ms the folder holds one complete result");
            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            if (Files.readString(out.resolve("summary.json")).equals(before)) {
                oldSeen++;
            } else {
                assertEquals(150_000, summary.path("customers").asInt(), "the new result, complete");
                newSeen++;
            }
        }
        assertTrue(oldSeen + newSeen == 5);
    }

    /** Ctrl-C (or a polite kill): stops promptly, says how far it got, leaves nothing behind. */
    @Test
    void anInterruptedRunSaysHowFarItGotAndLeavesNoOutput() throws Exception {
        Path out = tmp.resolve("never");
        Path err = tmp.resolve("err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "io.campaignsim.cli.Main",
                "simulate", "scenarios/retail-winback.yaml", "--out", out.toString(), "-q")
                .redirectOutput(new File(tmp.resolve("out.txt").toString())).redirectError(new File(err.toString()))
                .start();
        assertTrue(!p.waitFor(2500, TimeUnit.MILLISECONDS), "the run should still be going");
        p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
        assertTrue(p.waitFor(15, TimeUnit.SECONDS), "stops promptly");
        String message = Files.readString(err);
        assertTrue(message.contains("interrupted after") && message.contains("no output was written"), message);
        assertTrue(!Files.exists(out), "no output folder");
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().contains("never")), "no staging folder left");
        }
    }

    private static Set<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
