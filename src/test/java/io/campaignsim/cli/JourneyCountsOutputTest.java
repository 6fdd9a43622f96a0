package io.campaignsim.cli;

import static io.campaignsim.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18: journeys report opted-out, finished and bought separately in simulate's terminal and
 * summary.json, and per strategy in comparison.json (the mean per replication), with the same
 * numbers as breakdown.csv's touchpoint rows.
 */
class JourneyCountsOutputTest {

    private static final String QUICKSTART = "scenarios/quickstart.yaml";

    @TempDir
    Path dir;

    @Test
    void simulateShowsJourneyExitsByReasonInTheTerminalAndSummary() throws Exception {
        Path out = dir.resolve("s");
        CliRun.Result r = run("simulate", QUICKSTART, "--size", "3000", "--days", "30", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        JsonNode welcome = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/journeys/welcome");
        Map<String, Double> csv = touchpointRows(Files.readAllLines(out.resolve("breakdown.csv")), 0, "");
        assertEquals(csv.get("journey:welcome/hello entries"), welcome.path("entered").asDouble());
        double opted = 0;
        double finished = 0;
        double bought = 0;
        double other = 0;
        for (String stage : List.of("hello", "nudge")) {
            opted += csv.get("journey:welcome/" + stage + " opted_out");
            finished += csv.get("journey:welcome/" + stage + " finished");
            bought += csv.get("journey:welcome/" + stage + " bought");
            other += csv.get("journey:welcome/" + stage + " other_exits");
        }
        assertEquals(opted, welcome.path("opted_out").asDouble());
        assertEquals(finished, welcome.path("finished").asDouble());
        assertEquals(bought, welcome.path("bought").asDouble());
        assertEquals(other, welcome.path("other_exits").asDouble());
        assertTrue(finished > 0 && bought > 0, "a 30-day welcome journey has finishers and buyers: " + welcome);
        assertTrue(opted + finished + bought + other <= welcome.path("entered").asDouble());
        String line = String.format(java.util.Locale.ROOT, "journey welcome: %,d entered, %,d opted out, %,d finished, %,d bought",
                (long) welcome.path("entered").asDouble(), (long) opted, (long) finished, (long) bought);
        assertTrue(r.out().contains(line), line + " in\n" + r.out());
        assertTrue(r.out().contains("rules fired: winback "), r.out());
    }

    @Test
    void compareGivesEachStrategyItsMeanJourneyCounts() throws Exception {
        Path out = dir.resolve("c");
        CliRun.Result r = run("compare", QUICKSTART, "--strategies", "control,ts", "--size", "2000", "--days", "21",
                "--replications", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
        List<String> rows = Files.readAllLines(out.resolve("breakdown.csv"));
        int checked = 0;
        for (JsonNode s : json.path("strategies")) {
            String name = s.path("name").asText();
            double mean = (touchpointRows(rows, 2, name + ",0,").get("journey:welcome/hello entries")
                    + touchpointRows(rows, 2, name + ",1,").get("journey:welcome/hello entries")) / 2;
            assertEquals(mean, s.at("/journeys/welcome/entered").asDouble(), 1e-9, name);
            assertTrue(s.at("/rules/winback/fired").isNumber(), name);
            checked++;
        }
        assertEquals(2, checked);
    }

    /** "key metric" to value of breakdown.csv's touchpoint rows starting with {@code prefix} (columns shifted by {@code skip}). */
    private static Map<String, Double> touchpointRows(List<String> lines, int skip, String prefix) {
        Map<String, Double> m = new HashMap<>();
        for (String l : lines) {
            if (!l.startsWith(prefix)) {
                continue;
            }
            String[] f = l.split(",");
            if (f.length == skip + 4 && f[skip].equals("touchpoint")) {
                m.put(f[skip + 1] + " " + f[skip + 2], Double.parseDouble(f[skip + 3]));
            }
        }
        return m;
    }
}
