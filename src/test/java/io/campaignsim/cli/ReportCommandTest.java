package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: compare writes the charted report, and report redraws it from the saved files (issue #5). */
class ReportCommandTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path results;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void compare() {
        results = shared.resolve("qs-compare");
        Result r = run("compare", "scenarios/quickstart.yaml", "--size", "800", "--days", "6", "--replications", "2",
                "--strategies", "control,ts,uplift,oracle", "--out", results.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void compareWritesTheChartedReport() {
        for (String f : List.of("index.html", "summary.md", "uplift_profit.png", "cumulative_objective.png",
                "regret.png", "arms_ts.png", "run.json", "scenario.yaml")) {
            assertTrue(Files.isRegularFile(results.resolve(f)), f);
        }
    }

    @Test
    void reportRedrawsByteIdenticalFiles() throws IOException {
        Path copy = copyOf(results);
        Map<String, byte[]> before = contents(copy);
        Result r = run("report", copy.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("wrote "), r.out());
        Map<String, byte[]> after = contents(copy);
        assertEquals(before.keySet(), after.keySet(), "the same files, and no staging folder left behind");
        for (String name : before.keySet()) {
            if (!name.startsWith(".campaignsim-")) { // the marker now records this folder's own path
                assertArrayEquals(before.get(name), after.get(name), name + " changed on redraw");
            }
        }
    }

    @Test
    void svgOnRequest() throws IOException {
        Path copy = copyOf(results);
        Result r = run("report", copy.toString(), "--format", "svg", "--log-time");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(copy.resolve("regret.svg")) > 0);
    }

    @Test
    void aFolderThatIsNotAResultsFolderIsExitTwoInOneLine() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Result r = run("report", dir.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("is not a results folder"), r.err());
        assertEquals(List.of("notes.txt"), names(dir), "nothing written");
    }

    @Test
    void aSimulateFolderIsExitTwoWithAClearMessage() throws IOException {
        Files.writeString(dir.resolve("summary.json"), "{}");
        Result r = run("report", dir.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("'simulate' results"), r.err());
    }

    @Test
    void aMissingFolderOrAnUnknownFormatIsExitTwo() {
        Result missing = run("report", dir.resolve("nope").toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().lines().count(), missing.err());
        Result format = run("report", results.toString(), "--format", "pdf");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("--format 'pdf' is unknown"), format.err());
    }

    @Test
    void reportDrawsTheChartsTheSavedScenarioLists() throws IOException {
        Path copy = copyOf(results);
        Path yaml = copy.resolve("scenario.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^report:\n", "report:\n  charts: [regret]\n"));
        Map<String, byte[]> before = contents(copy);
        Result r = run("report", copy.toString());
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(copy.resolve("index.html"));
        assertTrue(page.contains("<img src=\"regret.png\""), "the listed chart is on the page");
        assertFalse(page.contains("uplift_profit.png") || page.contains("arms_ts.png"), "charts not listed are not");
        assertArrayEquals(before.get("regret.png"), Files.readAllBytes(copy.resolve("regret.png")));
        assertEquals(before.keySet(), contents(copy).keySet(), "no file deleted, none added");
    }

    @Test
    void anUnknownChartInTheSavedScenarioIsExitTwoInOneLineAndChangesNothing() throws IOException {
        Path copy = copyOf(results);
        Path yaml = copy.resolve("scenario.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^report:\n", "report:\n  charts: [regrets]\n"));
        Map<String, byte[]> before = contents(copy);
        Result r = run("report", copy.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("scenario.yaml:") && r.err().contains("'regrets' (did you mean 'regret'?)"), r.err());
        Map<String, byte[]> after = contents(copy);
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name);
        }
    }

    @Test
    void aBrokenComparisonJsonIsExitTwoAndLeavesTheFolderAlone() throws IOException {
        Files.writeString(dir.resolve("comparison.json"), "{ \"objective\": ");
        Result r = run("report", dir.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(List.of("comparison.json"), names(dir));
    }

    private Path copyOf(Path from) throws IOException {
        Path to = Files.createDirectories(dir.resolve("copy"));
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static Map<String, byte[]> contents(Path d) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String name : names(d)) {
            m.put(name, Files.readAllBytes(d.resolve(name)));
        }
        return m;
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
