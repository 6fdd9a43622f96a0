package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignsim.report.AtomicOutputDirectory;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Atomic output under SIGKILL and SIGTERM, with the kill placed at an observed point of the run, never
 * after a fixed delay: when the staging folder appears (the simulation is under way), or when the
 * commit has reached a given step (a test entry point, {@code PausingMain}, pauses the real command line
 * there and says so on stderr). After each kill the result folder holds one complete result, the old or
 * the new one, the user's file in it is untouched, and the next run cleans up or finishes the commit.
 */
class KillDuringWriteTest {

    private static final String QUICKSTART = "scenarios/quickstart.yaml";
    private static final Set<String> FILES = Set.of(".campaignsim-output", "summary.json", "daily.csv", "segments.csv",
            "breakdown.csv",
            "send_time.csv", "index.html", "conversions.png", "profit.png", "contacts_by_channel.png", "send_time.png",
            "segments.png");
    private static final String NOTES = "notes.txt";
    private static final long OBSERVE_TIMEOUT_SECONDS = 180;

    @TempDir
    Path tmp;

    /** kill -9 while the simulation runs: the old result stays whole; the next run removes the leftover. */
    @Test
    void aRunKilledWhileSimulatingLeavesTheOldResultAndTheNextRunCleansUp() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, simulateInProcess(out, 1000));
        String before = Files.readString(out.resolve("summary.json"));
        Files.writeString(out.resolve(NOTES), "my notes");

        Process p = start("io.campaignsim.cli.Main", "simulate", QUICKSTART, "--size", "150000", "--days", "60", "--out",
                out.toString(), "-q");
        Path staging = await(p, () -> stagingOf(out), "the staging folder to appear");
        assertTrue(p.isAlive(), "the run was still simulating when its staging folder appeared");
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertEquals(withNotes(FILES), results(out), "the old complete result, and the user's file");
        assertEquals(before, Files.readString(out.resolve("summary.json")), "the old result, unchanged");
        assertEquals("my notes", Files.readString(out.resolve(NOTES)));
        assertTrue(Files.isDirectory(staging), "kill -9 leaves the staging folder (no shutdown hook ran)");

        assertEquals(0, simulateInProcess(out, 1200));
        assertEquals(1200, customers(out), "the next run's result");
        assertEquals(withNotes(FILES), results(out));
        assertEquals("my notes", Files.readString(out.resolve(NOTES)));
        assertEquals(List.of(), hidden(tmp), "the killed run's staging folder was removed");
    }

    /**
     * kill -9 between two steps of the commit: the killed run had a complete result (it was past "ready"),
     * so the next run puts exactly that result in place before it starts; the user's file stays.
     */
    @ParameterizedTest(name = "kill after {0} #{1}, existing folder: {2}")
    @CsvSource({"READY, 1, true", "FILE_MOVED, 6, true", "READY, 1, false"})
    void aRunKilledInsideTheCommitIsFinishedByTheNextRun(String step, int occurrence, boolean existing) throws Exception {
        Path out = tmp.resolve("out");
        String before = null;
        if (existing) {
            assertEquals(0, simulateInProcess(out, 1000));
            before = Files.readString(out.resolve("summary.json"));
            Files.writeString(out.resolve(NOTES), "my notes");
        }
        Path err = tmp.resolve("paused.err");
        Process p = start(err, "io.campaignsim.report.PausingMain", step, Integer.toString(occurrence), "simulate",
                QUICKSTART, "--size", "1500", "--days", "3", "--out", out.toString(), "-q");
        await(p, () -> {
            try {
                return Files.readString(err).contains("PAUSED " + step) ? Optional.of(err) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }, "the commit to reach " + step + " #" + occurrence);
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Path staging = stagingOf(out).orElse(null);
        if (!step.equals("MARKER_WRITTEN")) {
            assertTrue(staging != null, "a kill inside the commit leaves the staging folder marked ready");
            assertTrue(Files.readString(staging.resolve(AtomicOutputDirectory.MARKER)).contains("\"state\" : \"ready\""));
        }
        if (existing) {
            AtomicOutputDirectory.check(out); // still provably ours: the next run may write into it
            assertEquals("my notes", Files.readString(out.resolve(NOTES)));
            if (step.equals("READY")) {
                assertEquals(before, Files.readString(out.resolve("summary.json")), "nothing moved before 'ready'");
            }
        } else {
            assertFalse(Files.exists(out), "killed before the rename of a new folder");
        }

        AtomicOutputDirectory.create(out).close(); // what every next run does first
        assertEquals(existing ? withNotes(FILES) : FILES, results(out));
        assertEquals(1500, customers(out), "the killed run's complete result, put in place by the next run");
        assertEquals(List.of(), hidden(tmp), "no staging folder left");
        if (existing) {
            assertEquals("my notes", Files.readString(out.resolve(NOTES)));
        }
    }

    /** Ctrl-C (or a polite kill) during the simulation: stops promptly, says how far it got, leaves nothing. */
    @Test
    void anInterruptedRunSaysHowFarItGotAndLeavesNoOutput() throws Exception {
        Path out = tmp.resolve("never");
        Path err = tmp.resolve("err");
        Process p = start(err, "io.campaignsim.cli.Main", "simulate", "scenarios/retail-winback.yaml", "--out",
                out.toString(), "-q");
        await(p, () -> stagingOf(out), "the staging folder to appear");
        assertTrue(p.isAlive(), "the run was still simulating when its staging folder appeared");
        p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops promptly");
        String message = Files.readString(err);
        assertTrue(message.contains("interrupted after") && message.contains("no output was written"), message);
        assertFalse(Files.exists(out), "no output folder");
        assertEquals(List.of(), hidden(tmp), "no staging folder left");
    }

    // ------------------------------------------------------------------ helpers

    private int simulateInProcess(Path out, int size) {
        return Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("simulate", QUICKSTART, "--size", Integer.toString(size), "--days", "3", "--out", out.toString(),
                        "-q");
    }

    private Process start(String mainClass, String... args) throws IOException {
        return start(tmp.resolve("err"), mainClass, args);
    }

    private Process start(Path err, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(new File(tmp.resolve("out.txt").toString()))
                .redirectError(new File(err.toString())).start();
    }

    /** Polls until {@code probe} finds something; fails if the process ends first or nothing comes in time. */
    private Path await(Process p, Supplier<Optional<Path>> probe, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(OBSERVE_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            Optional<Path> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (!p.isAlive()) {
                fail("the process ended (exit " + p.exitValue() + ") before " + what + ": "
                        + Files.readString(tmp.resolve("out.txt")));
            }
            Thread.sleep(5);
        }
        p.destroyForcibly();
        fail("timed out waiting for " + what);
        return null;
    }

    /** The staging folder of {@code out}, once its marker exists (so it is fully set up). */
    private static Optional<Path> stagingOf(Path out) {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.filter(f -> f.getFileName().toString().startsWith("." + out.getFileName() + ".tmp-"))
                    .filter(f -> Files.exists(f.resolve(AtomicOutputDirectory.MARKER))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int customers(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("customers").asInt();
    }

    private static Set<String> withNotes(Set<String> files) {
        Set<String> s = new TreeSet<>(files);
        s.add(NOTES);
        return s;
    }

    /** The result folder's entries, without the lock file every result folder may hold. */
    private static Set<String> results(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".campaignsim-lock")).toList());
        }
    }

    /** Hidden entries of {@code dir}: staging folders, temporary files. */
    private static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }
}
