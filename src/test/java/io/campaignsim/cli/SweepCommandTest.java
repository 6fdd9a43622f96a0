package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignsim.report.sweep.SweepCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** campaignsim sweep through the real command line: a run, the sweep: block, and every kind of bad input. */
class SweepCommandTest {

    private static final String QUICKSTART = "scenarios/quickstart.yaml";
    private static final String BLOCK = "\nsweep:\n  design: lhs\n  points: 4\n  parameters:\n"
            + "    policy.frequency_cap.per_week: [1, 2, 3, 4]\n"
            + "    offers.ten_off.discount: { from: 0.05, to: 0.25 }\n";

    @TempDir
    Path dir;

    @Test
    void aTwoParameterGridWritesTheResultAndAHeatmap() throws Exception {
        Path out = dir.resolve("grid");
        CliRun.Result r = CliRun.run("sweep", QUICKSTART, "--strategies", "control,business_as_usual", "--set",
                "policy.frequency_cap.per_week=1,3", "--set", "offers.ten_off.discount=0.05:0.15:0.1", "--size", "1000",
                "--days", "7", "--replications", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("4 points (grid design) x 2 strategies x 2 replications"), r.out());
        assertTrue(r.out().contains("best profit: "), r.out());
        assertTrue(r.out().contains("Holm-corrected over 7 comparisons"), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        assertEquals(4, json.path("points").asInt());
        assertEquals("holm", json.path("selection").path("correction").asText());
        assertTrue(Files.exists(out.resolve("response_heatmap_business_as_usual.png")));
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("point,policy.frequency_cap.per_week,offers.ten_off.discount,strategy,metric,mean,ci_low,ci_high,"
                + "std_error,replications", csv.get(0));
        assertEquals(1 + 4 * 2 * io.campaignsim.core.CompareMetric.values().length, csv.size());
        assertTrue(csv.get(1).startsWith("0,1,0.05,control,conversions,"), csv.get(1));
        assertTrue(Files.readString(out.resolve("index.html")).contains("response_heatmap_control.png"));
    }

    @Test
    void theSweepBlockRunsAndIsValidatedLikeEveryKey() throws Exception {
        Path scenario = dir.resolve("block.yaml");
        Files.writeString(scenario, Files.readString(Path.of(QUICKSTART)) + BLOCK);
        assertEquals(0, CliRun.run("validate", scenario.toString()).exit());
        Path out = dir.resolve("lhs");
        CliRun.Result r = CliRun.run("sweep", scenario.toString(), "--strategies", "business_as_usual", "--size", "1000",
                "--days", "7", "--replications", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(lhs design)"), r.out());
        assertTrue(Files.exists(out.resolve("response_marginal_1.png")) && Files.exists(out.resolve("response_marginal_2.png")));

        Path bad = dir.resolve("bad.yaml");
        int line = (int) Files.readString(Path.of(QUICKSTART)).lines().count() + 6;
        Files.writeString(bad, Files.readString(Path.of(QUICKSTART)) + BLOCK.replace("[1, 2, 3, 4]", "[1, -2]"));
        CliRun.Result v = CliRun.run("validate", bad.toString());
        assertEquals(2, v.exit());
        assertTrue(Pattern.compile(Pattern.quote(bad.toString()) + ":" + line + ":5: sweep.parameters "
                + "'policy.frequency_cap.per_week' value -2: .*; expected .*").matcher(v.err().strip()).matches(), v.err());
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing() throws Exception {
        Path scenarioWithBlock = dir.resolve("typo.yaml");
        Files.writeString(scenarioWithBlock, Files.readString(Path.of(QUICKSTART)) + "\nsweep:\n  desing: grid\n"
                + "  parameters: {}\n");
        String[][] cases = {
            {".*quickstart.yaml: nothing to sweep; expected --set PATH=VALUES .*", QUICKSTART},
            {"--set offers.ten_of.discount=0.1,0.2: path 'offers.ten_of.discount': offers \\(at .*quickstart.yaml:\\d+:\\d+\\) has no "
                    + "item named 'ten_of' \\(did you mean 'ten_off'\\?\\); expected one of none, ten_off, free_ship", QUICKSTART,
                "--set", "offers.ten_of.discount=0.1,0.2"},
            {"--set policy.frequency_cap.per_week=-1,1: value -1: policy.frequency_cap.per_week .*\\(at .*quickstart.yaml:"
                    + "\\d+:\\d+\\); expected .*", QUICKSTART, "--set", "policy.frequency_cap.per_week=-1,1"},
            {"--set policy.frequency_cap.per_wek=1: value 1: unknown key 'policy.frequency_cap.per_wek' \\(did you mean "
                    + "'per_week'\\?\\).*", QUICKSTART, "--set", "policy.frequency_cap.per_wek=1"},
            {"--set seed=1,2: path 'seed' names 'seed', which is not a scenario parameter.*", QUICKSTART, "--set", "seed=1,2"},
            {"--set offers.ten_off.discount=0.25:0.05:0.05: the range .* goes down; expected from <= to", QUICKSTART,
                "--set", "offers.ten_off.discount=0.25:0.05:0.05"},
            {"--points 5 is for --design random or lhs.*", QUICKSTART, "--set", "policy.frequency_cap.per_week=1,2",
                "--points", "5"},
            {"--design lhs needs --points N.*", QUICKSTART, "--set", "policy.frequency_cap.per_week=1,2", "--design", "lhs"},
            {"--design 'latin' is unknown; expected one of grid, random, lhs", QUICKSTART, "--set",
                "policy.frequency_cap.per_week=1,2", "--design", "latin"},
            {"--set offers.ten_off.discount=0.05:0.25: offers.ten_off.discount is an interval without a step.*",
                QUICKSTART, "--set", "offers.ten_off.discount=0.05:0.25"},
            {"--days fixes horizon_days, which --set horizon_days=10,20 sweeps; expected one of them", QUICKSTART, "--set",
                "horizon_days=10,20", "--days", "5"},
            {"sweep point population.segments.loyal.share=0.2, population.segments.lapsing.share=0.25 \\(--set "
                + "population.segments.loyal.share=0.2,0.25, --set population.segments.lapsing.share=0.3,0.25\\): "
                + ".*quickstart.yaml:15:7: population.segments shares sum to 0.95; expected shares that sum to 1",
                QUICKSTART, "--set", "population.segments.loyal.share=0.2,0.25", "--set",
                "population.segments.lapsing.share=0.3,0.25"},
            {".*typo.yaml:\\d+:3: unknown key 'sweep.desing' \\(did you mean 'design'\\?\\).*", scenarioWithBlock.toString()},
        };
        for (String[] c : cases) {
            Path out = dir.resolve("out");
            List<String> args = new ArrayList<>(List.of("sweep"));
            args.addAll(List.of(c).subList(1, c.length));
            if (!args.contains("--days")) {
                args.addAll(List.of("--days", "3"));
            }
            args.addAll(List.of("--size", "500", "--replications", "2", "--out", out.toString(), "-q"));
            CliRun.Result r = CliRun.run(args.toArray(String[]::new));
            String line = r.err().strip();
            assertEquals(2, r.exit(), args + "\n" + r.err());
            assertTrue(line.lines().count() == 1 || c[1].equals(scenarioWithBlock.toString()), args + "\n" + r.err());
            String first = line.lines().findFirst().orElse("");
            assertTrue(Pattern.compile("(campaignsim: )?" + c[0]).matcher(first).matches(), "expected " + c[0] + "\ngot "
                    + first);
            assertFalse(first.contains("Exception"), first);
            assertFalse(Files.exists(out), "nothing written: " + args);
            assertFalse(Files.exists(SweepCheckpoint.folderOf(out)), "no checkpoint: " + args);
        }
    }
}
