package io.campaignsim.cli;

import static io.campaignsim.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: compare through the real CLI on the bundled quickstart (issue #4). */
class CompareCommandTest {

    private static final String QUICKSTART = "scenarios/quickstart.yaml";

    @TempDir
    Path dir;



    @Test
    void quickstartComparesEveryStrategyAndWritesTheResults() throws Exception {
        Path out = dir.resolve("c");
        CliRun.Result r = run("compare", QUICKSTART, "--size", "3000", "--days", "14", "--replications", "2", "--out",
                out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("(Winner: |Inconclusive between |Underpowered: ).*")),
                "the decision is the headline: " + r.out());
        for (String f : List.of("comparison.csv", "comparison.json", "series.csv", "arms.csv", "multivariate.csv")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        var json = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
        assertEquals(2, json.path("replications").asInt());
        assertTrue(List.of("winner", "inconclusive", "underpowered").contains(json.at("/decision/kind").asText()));
        assertEquals(2, json.at("/decision/power").size(), "ab and mvt report their achieved power");
        assertTrue(Files.readString(out.resolve("multivariate.csv")).contains("offer=ten_off x hour=19"));
    }

    @Test
    void aSubsetOfStrategiesAndBadNamesAreHandled() {
        Path out = dir.resolve("s");
        CliRun.Result ok = run("compare", QUICKSTART, "--strategies", "control,ts", "--size", "2000", "--days", "7",
                "--replications", "2", "--out", out.toString(), "-q");
        assertEquals(0, ok.exit(), ok.err());
        assertFalse(ok.out().contains("linucb"));
        CliRun.Result bad = run("compare", QUICKSTART, "--strategies", "control,tss", "--out", dir.resolve("x").toString());
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().contains("did you mean 'ts'"), bad.err());
        assertFalse(Files.exists(dir.resolve("x")));
        assertEquals(2, run("compare", QUICKSTART, "--replications", "0").exit());
    }
}
