package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.campaignsim.report.sweep.SweepCheckpoint;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real sweep process once it has stored a point (observed, not after a fixed delay): the
 * same command resumes from the stored points and writes exactly the bytes of an uninterrupted sweep.
 */
class SweepKillTest {

    private static final List<String> ARGS = List.of("sweep", "scenarios/quickstart.yaml", "--strategies",
            "control,business_as_usual", "--set", "policy.frequency_cap.per_week=1:4:1", "--size", "3000", "--days", "14",
            "--replications", "2", "-q");

    @TempDir
    Path tmp;

    @Test
    void aKilledSweepResumesToTheSameBytes() throws Exception {
        Path whole = tmp.resolve("whole");
        assertEquals(0, CliRun.run(args(whole)).exit());

        Path killed = tmp.resolve("killed");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "io.campaignsim.cli.Main"));
        cmd.addAll(List.of(args(killed)));
        Process p = new ProcessBuilder(cmd).redirectOutput(new File(tmp.resolve("out.txt").toString()))
                .redirectError(new File(tmp.resolve("err.txt").toString())).start();
        Path checkpoint = SweepCheckpoint.folderOf(killed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (points(checkpoint) == 0) {
            if (!p.isAlive()) {
                fail("the sweep ended before storing a point: " + Files.readString(tmp.resolve("err.txt")));
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail("timed out waiting for the first stored point");
            }
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "still running when the first point was stored");
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long stored = points(checkpoint);
        assertFalse(Files.exists(killed), "no result folder from the killed run");

        CliRun.Result resumed = CliRun.run(args(killed));
        assertEquals(0, resumed.exit(), resumed.err());
        Matcher m = Pattern.compile("resumed: (\\d+) of 4 points").matcher(resumed.out());
        assertTrue(m.find(), resumed.out());
        assertEquals(stored, Long.parseLong(m.group(1)), "every stored point is complete and reused: " + resumed.out());
        List<String> names = files(whole);
        assertEquals(names, files(killed));
        for (String f : names) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        assertFalse(Files.exists(checkpoint), "the checkpoint is gone after the result is in place");
    }

    private static String[] args(Path out) {
        List<String> a = new ArrayList<>(ARGS);
        a.addAll(List.of("--out", out.toString()));
        return a.toArray(String[]::new);
    }

    private static long points(Path checkpoint) throws IOException {
        if (!Files.isDirectory(checkpoint)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(checkpoint)) {
            return s.filter(f -> f.getFileName().toString().matches("point-\\d{6}\\.tsv")).count();
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
