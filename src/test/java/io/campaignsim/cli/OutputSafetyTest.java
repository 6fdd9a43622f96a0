package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes refuses an output path that is not a regular file or a folder (device, FIFO,
 * socket) and a folder where a file is expected (and the reverse): one line naming the path, exit 2, no
 * stack trace, nothing written, the special file untouched. The check comes before any work: each case
 * also gives an input that would fail later (a missing log, population or baseline), and the error must
 * be about the output.
 */
class OutputSafetyTest {

    @TempDir
    Path tmp;

    /** A command line with {@code OUT} standing for the output path, and whether OUT is a folder or a file. */
    private record Writer(String name, boolean folder, String... args) {
        String[] with(Path out) {
            return Stream.of(args).map(a -> a.equals("OUT") ? out.toString() : a).toArray(String[]::new);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Writer> writers() {
        return List.of(
                new Writer("simulate --out", true, "simulate", "scenarios/quickstart.yaml", "--size", "300", "--days", "2",
                        "--population", "/nonexistent/pop.csv", "--out", "OUT", "-q"),
                new Writer("compare --out", true, "compare", "scenarios/quickstart.yaml", "--size", "300", "--days", "2",
                        "--replications", "2", "--out", "OUT", "-q"),
                new Writer("analyze --out", true, "analyze", "/nonexistent/log.csv", "--treatment", "t", "--outcome", "y",
                        "--out", "OUT"),
                new Writer("calibrate --out", false, "calibrate", "/nonexistent/log.csv", "--treatment", "t", "--control",
                        "c", "--outcome", "y", "--out", "OUT"),
                new Writer("generate --out", false, "generate", "--scenario", "scenarios/quickstart.yaml", "--size", "300",
                        "--out", "OUT"),
                new Writer("bench --json", false, "bench", "--size", "1000", "--days", "2", "--workloads", "rules",
                        "--skip-scaling", "--skip-algorithms", "--json", "OUT"),
                new Writer("check --junit", false, "check", "scenarios/ci-check.yaml", "--baseline", "/nonexistent",
                        "--junit", "OUT"),
                new Writer("check --markdown", false, "check", "scenarios/ci-check.yaml", "--baseline", "/nonexistent",
                        "--markdown", "OUT"));
    }

    static Stream<Arguments> specialTargets() {
        List<Arguments> out = new ArrayList<>();
        for (Writer w : writers()) {
            for (String kind : List.of("character device", "FIFO (named pipe)", "socket")) {
                out.add(Arguments.of(w, kind));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at a {1}")
    @MethodSource("specialTargets")
    void specialFilesAreRefusedUpFront(Writer w, String kind) throws Exception {
        Path target = special(kind);
        CliRun.Result r = CliRun.run(w.with(target));
        assertEquals(2, r.exit(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.contains(target + " is a " + kind), first);
        assertOneLineNoTrace(r);
        assertTrue(Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(target), "still the special file");
        assertNothingWrittenBeside(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void theWrongKindOfPathIsRefusedUpFront(Writer w) throws Exception {
        Path target;
        String expected;
        if (w.folder()) {
            target = Files.writeString(tmp.resolve("a-file"), "keep");
            expected = target + " is a file; expected a directory path";
        } else {
            target = Files.createDirectory(tmp.resolve("a-folder"));
            Files.writeString(target.resolve("keep.txt"), "keep");
            expected = target + " is a folder; expected a path to a file";
        }
        CliRun.Result r = CliRun.run(w.with(target));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().lines().findFirst().orElse("").contains(expected), r.err());
        assertOneLineNoTrace(r);
        assertNothingWrittenBeside(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void aPathUnderARegularFileIsRefusedUpFront(Writer w) throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "keep");
        Path target = file.resolve("out");
        CliRun.Result r = CliRun.run(w.with(target));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().lines().findFirst().orElse("").contains(file + " is a file, so nothing can be created under it"),
                r.err());
        assertOneLineNoTrace(r);
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void aFolderWithACopiedMarkerIsRefusedAndKeepsTheUsersDocuments() throws Exception {
        Path report = tmp.resolve("report");
        assertEquals(0, CliRun.run("simulate", "scenarios/quickstart.yaml", "--size", "300", "--days", "2", "--out",
                report.toString(), "-q").exit());
        Path work = Files.createDirectory(tmp.resolve("work"));
        Files.writeString(work.resolve("thesis.tex"), "precious");
        try (Stream<Path> s = Files.list(report)) {
            for (Path p : s.toList()) {
                Files.copy(p, work.resolve(p.getFileName())); // cp -r report/. work/
            }
        }
        CliRun.Result r = CliRun.run("simulate", "scenarios/quickstart.yaml", "--size", "300", "--days", "2", "--out",
                work.toString(), "-q");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("campaignsim: " + work + " is a folder with "), r.err());
        assertTrue(r.err().contains("copied or moved from " + report.toRealPath()), r.err());
        assertOneLineNoTrace(r);
        assertEquals("precious", Files.readString(work.resolve("thesis.tex")));
    }

    @Test
    void userFilesInAReportFolderSurviveTheNextRun() throws Exception {
        Path report = tmp.resolve("report");
        String[] args = {"simulate", "scenarios/quickstart.yaml", "--size", "300", "--days", "2", "--out", report.toString(),
            "-q"};
        assertEquals(0, CliRun.run(args).exit());
        Files.writeString(report.resolve("notes.md"), "my notes");
        Files.createDirectories(report.resolve(".drafts/a"));
        Files.writeString(report.resolve(".drafts/a/b.txt"), "draft");
        CliRun.Result r = CliRun.run(args);
        assertEquals(0, r.exit(), r.err());
        assertEquals("my notes", Files.readString(report.resolve("notes.md")));
        assertEquals("draft", Files.readString(report.resolve(".drafts/a/b.txt")));
        assertTrue(Files.isRegularFile(report.resolve("summary.json")));
    }

    @Test
    void aUserFileWithTheNameOfANewResultFileIsNeverReplaced() throws Exception {
        Path report = tmp.resolve("report");
        List<String> args = new ArrayList<>(List.of("simulate", "scenarios/quickstart.yaml", "--size", "300", "--days",
                "2", "--out", report.toString(), "-q"));
        assertEquals(0, CliRun.run(args.toArray(String[]::new)).exit());
        String before = Files.readString(report.resolve("summary.json"));
        // The first result has no event log; the user happens to keep a file of that name there.
        Files.writeString(report.resolve("events.csv.gz"), "the user's own events");
        args.add("--events");
        args.set(3, "301");
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("campaignsim: " + report.toRealPath()
                + ": the new result would replace 1 file that campaignsim did not write: events.csv.gz; nothing was "
                + "changed."), r.err());
        assertOneLineNoTrace(r);
        assertEquals("the user's own events", Files.readString(report.resolve("events.csv.gz")));
        assertEquals(before, Files.readString(report.resolve("summary.json")), "the old result, untouched");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("report"), s.map(p -> p.getFileName().toString()).toList(), "no staging folder left");
        }
    }

    private Path special(String kind) throws Exception {
        switch (kind) {
            case "character device" -> {
                Path dev = Path.of("/dev/null");
                assumeTrue(Files.exists(dev), "no /dev/null");
                return dev;
            }
            case "FIFO (named pipe)" -> {
                Path fifo = tmp.resolve("pipe");
                assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo not available");
                return fifo;
            }
            default -> {
                Path sock = tmp.resolve("sock");
                ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                ch.bind(UnixDomainSocketAddress.of(sock));
                ch.close(); // the socket file stays until deleted
                return sock;
            }
        }
    }

    static void assertOneLineNoTrace(CliRun.Result r) {
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    /** Nothing new beside the target: no staging folder, no temporary file, no output. */
    private void assertNothingWrittenBeside(Path target) throws IOException {
        Path dir = target.startsWith(tmp) ? tmp : null;
        if (dir == null) {
            return; // /dev/null: its folder is not ours to list
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(target.getFileName().toString()), names);
        }
    }
}
