package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of {@code campaignsim bench} on a tiny workload (issue #8); no timing assertions. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void tinyBenchPrintsEveryTable() throws Exception {
        Path json = dir.resolve("bench.json");
        Result r = run("bench", "--size", "2000", "--days", "3", "--runs", "1", "--rounds", "20000", "--threads", "2",
                "-q", "--json", json.toString());
        assertEquals(0, r.exit(), r.err());
        for (String row : new String[] {"rules + journeys", "thompson", "linucb", "fitted_q", "q_learning",
            "population generation", "peak heap",
            "scaling", "algorithms", "thompson (K=5)", "linucb (d=10, K=5)"}) {
            assertTrue(r.out().contains(row), "missing '" + row + "' in:\n" + r.out());
        }
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertEquals(5, j.get("workloads").size());
        // sizes N/10, N, 10N on 1 and 2 threads
        assertEquals(6, j.get("scaling").size());
        assertTrue(j.get("workloads").get(0).get("customer_days_per_second").get("median").asDouble() > 0);
        assertSnakeCase(j, "");
    }

    /** Every key of the bench JSON is snake_case, as in every other JSON file the tool writes. */
    private static void assertSnakeCase(JsonNode node, String path) {
        node.fields().forEachRemaining(e -> {
            assertTrue(e.getKey().matches("[a-z][a-z0-9_]*"), "key " + path + "." + e.getKey());
            assertSnakeCase(e.getValue(), path + "." + e.getKey());
        });
        node.elements().forEachRemaining(child -> assertSnakeCase(child, path + "[]"));
    }

    @Test
    void algorithmsOnlySkipsTheEngine() {
        Result r = run("bench", "--algorithms-only", "--rounds", "5000", "--runs", "1", "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("linucb (d=10, K=5)"));
        assertTrue(!r.out().contains("rules + journeys"), r.out());
    }

    @Test
    void workloadsAndSkipsSelectWhatRuns() throws Exception {
        Path json = dir.resolve("rules.json");
        Result r = run("bench", "--size", "2000", "--days", "3", "--runs", "1", "--workloads", "rules", "--skip-scaling",
                "--skip-algorithms", "-q", "--json", json.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("rules + journeys"), r.out());
        for (String absent : new String[] {"thompson", "linucb", "fitted_q", "q_learning", "scaling", "algorithms"}) {
            assertTrue(!r.out().contains(absent), "unexpected '" + absent + "' in:\n" + r.out());
        }
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, j.get("workloads").size());
        assertEquals(0, j.get("scaling").size());
        assertEquals(0, j.get("algorithms").size());
    }

    @Test
    void rlWorkloadTimesBothRlStrategies() throws Exception {
        Path json = dir.resolve("rl.json");
        Result r = run("bench", "--size", "2000", "--days", "20", "--runs", "1", "--workloads", "rl", "--skip-scaling",
                "--skip-algorithms", "-q", "--json", json.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, j.get("workloads").size());
        assertEquals("fitted_q", j.get("workloads").get(0).get("name").asText());
        assertEquals("q_learning", j.get("workloads").get(1).get("name").asText());
        assertTrue(!r.out().contains("rules + journeys"), r.out());
    }

    @Test
    void unknownWorkloadIsAUsageErrorOnOneLine() {
        Result r = run("bench", "--workloads", "rules,bandits");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("'bandits'") && r.err().contains("rules, thompson, linucb"), r.err());
    }

    @Test
    void badRunsIsAUsageErrorOnOneLine() {
        Result r = run("bench", "--runs", "0");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--runs"), r.err());
    }
}
