package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real environment faults on output, on small tmpfs mounts: a read-only file system and a full disk. Each
 * gives one line naming the path and the cause, exit 2, no stack trace, and leaves nothing half-written.
 * Mounting needs root (as on the project's machines and CI); elsewhere the tests are skipped with a message.
 */
class OutputEnvironmentFaultTest {

    @TempDir
    Path tmp;

    private Path mounted;

    private Path mount(String options) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("mnt"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(ok, "cannot mount a tmpfs here (needs root): " + new String(p.getInputStream().readAllBytes()));
        mounted = dir;
        return dir;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReadOnlyFileSystemIsReportedUpFrontForEveryKindOfOutput() throws Exception {
        Path ro = mount("ro,size=1m");
        for (String[] args : List.of(
                new String[] {"simulate", "scenarios/quickstart.yaml", "--size", "300", "--days", "2", "--out",
                    ro.resolve("out").toString(), "-q"},
                new String[] {"generate", "--scenario", "scenarios/quickstart.yaml", "--size", "300", "--out",
                    ro.resolve("pop.csv").toString()},
                new String[] {"calibrate", "/nonexistent/log.csv", "--treatment", "t", "--control", "c", "--outcome", "y",
                    "--out", ro.resolve("s.yaml").toString()})) {
            CliRun.Result r = CliRun.run(args);
            assertEquals(2, r.exit(), args[0] + ": " + r.err());
            assertTrue(r.err().startsWith("campaignsim: cannot write in " + ro + " (read-only file system) for " + ro),
                    args[0] + ": " + r.err());
            OutputSafetyTest.assertOneLineNoTrace(r);
        }
    }

    @Test
    void aFullDiskWhileWritingAReportLeavesNothingAndSaysSo() throws Exception {
        Path full = mount("size=64k");
        Path out = full.resolve("out");
        CliRun.Result r = CliRun.run("simulate", "scenarios/quickstart.yaml", "--size", "300", "--days", "2", "--out",
                out.toString(), "-q");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("campaignsim: cannot write " + out + ": no space left on device"), r.err());
        assertTrue(r.err().contains("nothing was changed there"), r.err());
        OutputSafetyTest.assertOneLineNoTrace(r);
        assertEquals(List.of(), listing(full), "no staging folder or partial result left");
    }

    @Test
    void aFullDiskWhileWritingAPopulationFileLeavesNothingAndSaysSo() throws Exception {
        Path full = mount("size=64k");
        Path csv = full.resolve("pop.csv");
        CliRun.Result r = CliRun.run("generate", "--scenario", "scenarios/quickstart.yaml", "--size", "20000", "--out",
                csv.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(csv + ": cannot write: no space left on device"), r.err());
        OutputSafetyTest.assertOneLineNoTrace(r);
        assertEquals(List.of(), listing(full), "no temporary or partial file left");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
