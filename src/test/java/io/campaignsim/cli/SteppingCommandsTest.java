package io.campaignsim.cli;

import static io.campaignsim.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignsim.compare.check.CheckFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --stepping} on compare, sweep and check (issue #20): it reaches the engine (next-event numbers
 * differ from daily's), it is recorded in every output, next-event results do not depend on the thread
 * count (bandits learn across customers through endOfShardDay / endOfDay), and a check never pairs a
 * baseline with runs of another stepping.
 */
class SteppingCommandsTest {

    private static final String QUICKSTART = "scenarios/quickstart.yaml";
    /** Bandits that learn across customers, a test, the policy and the holdout; with their fixed-arm runs. */
    private static final String STRATEGIES = "control,business_as_usual,ab,eps,ucb,ts,linucb";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Two shards of 16,384 customers (17,000), two replications: threads split both replications and shards. */
    private CliRun.Result compare(Path out, String threads, String... stepping) {
        List<String> args = new java.util.ArrayList<>(List.of("compare", QUICKSTART, "--strategies", STRATEGIES,
                "--size", "17000", "--days", "8", "--replications", "2", "--threads", threads, "--out", out.toString(),
                "-q"));
        args.addAll(List.of(stepping));
        return run(args.toArray(String[]::new));
    }

    @Test
    void nextEventCompareIsByteIdenticalOnOneAndFourThreads() throws IOException {
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        CliRun.Result r1 = compare(one, "1", "--stepping", "next-event");
        assertEquals(0, r1.exit(), r1.err());
        CliRun.Result r4 = compare(four, "4", "--stepping", "next-event");
        assertEquals(0, r4.exit(), r4.err());
        int compared = 0;
        try (Stream<Path> files = Files.list(one)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("run.json") || name.equals("index.html") || name.startsWith(".")) {
                    continue; // they state the wall time; the folder's marker states its own path
                }
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(four.resolve(name)), name);
                compared++;
            }
        }
        assertTrue(compared >= 8, "compared " + compared + " files");
        assertEquals(withoutWallTime(r1.out()), withoutWallTime(r4.out()), "the terminal table too");
    }

    private static String withoutWallTime(String terminal) {
        return terminal.lines().filter(l -> !l.startsWith("wrote ")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void compareRecordsItsSteppingEverywhereAndItReachesTheEngine() throws IOException {
        Path out = dir.resolve("c");
        CliRun.Result r = run("compare", QUICKSTART, "--strategies", "control,ts", "--size", "1500", "--days", "6",
                "--replications", "2", "--stepping", "next-event", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals("next-event", JSON.readTree(out.resolve("run.json").toFile()).path("stepping").asText());
        JsonNode ne = JSON.readTree(out.resolve("comparison.json").toFile());
        assertEquals("next-event", ne.path("stepping").asText());
        Path daily = dir.resolve("d");
        assertEquals(0, run("compare", QUICKSTART, "--strategies", "control,ts", "--size", "1500", "--days", "6",
                "--replications", "2", "--out", daily.toString(), "-q").exit());
        JsonNode d = JSON.readTree(daily.resolve("comparison.json").toFile());
        assertEquals("daily", d.path("stepping").asText());
        assertEquals("daily", JSON.readTree(daily.resolve("run.json").toFile()).path("stepping").asText());
        // the option reaches the engine: the same seeds draw differently (equal in distribution only)
        assertNotEquals(d.path("strategies").toString(), ne.path("strategies").toString());
        assertTrue(Files.readString(out.resolve("index.html")).contains("next-event stepping"));
        assertTrue(Files.readString(out.resolve("summary.md")).contains("next-event stepping"));
        // report re-renders the page from the saved files and keeps the stepping
        CliRun.Result again = run("report", out.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(Files.readString(out.resolve("index.html")).contains("next-event stepping"));
    }

    @Test
    void sweepRecordsItsStepping() throws IOException {
        Path out = dir.resolve("s");
        CliRun.Result r = run("sweep", QUICKSTART, "--strategies", "control,business_as_usual", "--set",
                "policy.frequency_cap.per_week=1,3", "--size", "1500", "--days", "6", "--replications", "2",
                "--stepping", "next-event", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals("next-event", JSON.readTree(out.resolve("sweep.json").toFile()).path("stepping").asText());
        assertTrue(Files.readString(out.resolve("index.html")).contains("next-event stepping"));
        Path daily = dir.resolve("sd");
        assertEquals(0, run("sweep", QUICKSTART, "--strategies", "control,business_as_usual", "--set",
                "policy.frequency_cap.per_week=1,3", "--size", "1500", "--days", "6", "--replications", "2",
                "--out", daily.toString(), "-q").exit());
        assertEquals("daily", JSON.readTree(daily.resolve("sweep.json").toFile()).path("stepping").asText());
        assertNotEquals(Files.readString(daily.resolve("sweep.csv")), Files.readString(out.resolve("sweep.csv")),
                "every point ran on the next-event engine");
    }

    @Test
    void badSteppingIsOneLineAndExitTwoOnEveryCommand() {
        for (String[] args : List.of(
                new String[] {"compare", QUICKSTART, "--stepping", "weekly", "--out", dir.resolve("x").toString()},
                new String[] {"sweep", QUICKSTART, "--stepping", "NEXT", "--set", "policy.frequency_cap.per_week=1,2",
                    "--out", dir.resolve("y").toString()},
                new String[] {"check", QUICKSTART, "--baseline", dir.resolve("b").toString(), "--stepping", "daly"})) {
            CliRun.Result r = run(args);
            assertEquals(2, r.exit(), args[0] + ": " + r.err());
            // the one line, then the parser's usual pointer to --help
            List<String> lines = r.err().lines().toList();
            assertTrue(lines.get(0).startsWith("campaignsim: --stepping: expected daily or next-event, but was '"),
                    r.err());
            assertEquals(List.of("Try 'campaignsim " + args[0] + " --help' for usage."), lines.subList(1, lines.size()));
        }
        assertFalse(Files.exists(dir.resolve("x")));
        assertFalse(Files.exists(dir.resolve("y")));
    }

    @Test
    void checkRerunsItsBaselinesSteppingAndRefusesAnother() throws Exception {
        Path scenario = dir.resolve("tiny.yaml");
        Path baselines = dir.resolve("baselines");
        Files.writeString(scenario, CheckFixtures.GOOD);
        CliRun.Result made = run("check", scenario.toString(), "--baseline", baselines.toString(), "--update-baseline",
                "--stepping", "next-event", "-t", "2");
        assertEquals(0, made.exit(), made.err());
        Path baseline = baselines.resolve("tiny-check.json");
        assertEquals("next-event", JSON.readTree(baseline.toFile()).path("stepping").asText());

        // no --stepping: the check reruns the baseline's, so an unchanged policy reproduces it exactly
        Path junit = dir.resolve("junit.xml");
        CliRun.Result same = run("check", scenario.toString(), "--baseline", baselines.toString(), "--junit",
                junit.toString(), "-t", "1");
        assertEquals(0, same.exit(), same.out() + same.err());
        assertTrue(same.err().contains("next-event stepping"), same.err());
        assertTrue(same.out().lines().filter(l -> l.startsWith("tiny-check"))
                .allMatch(l -> l.contains("+0.00 [+0.00, +0.00]")), same.out());
        assertTrue(Files.readString(junit).contains("<property name=\"stepping\" value=\"next-event\"/>"));
        assertEquals(0, run("check", scenario.toString(), "--baseline", baselines.toString(), "--stepping",
                "next-event").exit());

        // another stepping would not pair with the baseline's draws: refused before anything runs
        CliRun.Result other = run("check", scenario.toString(), "--baseline", baselines.toString(), "--stepping",
                "daily", "--junit", dir.resolve("j2.xml").toString());
        assertEquals(2, other.exit(), other.out() + other.err());
        assertEquals(1, other.err().lines().count(), other.err());
        assertTrue(other.err().contains("tiny-check.json: the baseline was made with --stepping next-event, not daily"),
                other.err());
        assertTrue(other.err().contains("--stepping daily --update-baseline"), other.err());
        assertFalse(Files.exists(dir.resolve("j2.xml")), "nothing written");
    }
}
