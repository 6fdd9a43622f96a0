package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ope} through the real CLI (issue #7). */
class OpeCommandTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path log(String name, int hotItem) throws Exception {
        StringBuilder csv = new StringBuilder("item_id,position,click,propensity_score\n");
        for (int i = 0; i < 300; i++) {
            int item = i % 3;
            csv.append(item).append(',').append(1 + i % 2).append(',').append(item == hotItem && i % 4 == 0 ? 1 : 0)
                    .append(",0.3333333333333333\n");
        }
        Path f = dir.resolve(name);
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void printsEveryEstimatorAndTheReferenceOfAnEmpiricalPolicy() throws Exception {
        Path a = log("a.csv", 0);
        Path b = log("b.csv", 1);
        Result r = run("ope", a.toString(), "--policy", "empirical:" + b, "--bootstrap", "50");
        assertEquals(0, r.exit(), r.err());
        for (String s : new String[] {"ips", "snips", "dm", "dr", "switch-dr (tau ", "dr-os (lambda ", "logged (behaviour)",
            "reference (on-policy)", "cross-fitted over 5 folds"}) {
            assertTrue(r.out().contains(s), s + "\n" + r.out());
        }
        // Item 0 is shown on rows i % 3 == 0 and clicked when also i % 4 == 0: 25 of its 100 rows.
        Result one = run("ope", a.toString(), "--policy", "item:0", "--estimators", "snips");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().lines().anyMatch(l -> l.startsWith("snips") && l.contains("25.000 %")), one.out());
    }

    @Test
    void outWritesTheEstimatesAsCsvAndJsonThatAgreeWithTheTable() throws Exception {
        Path a = log("a.csv", 0);
        Path out = dir.resolve("ope-out");
        Result r = run("ope", a.toString(), "--policy", "item:0", "--estimators", "ips,snips", "--bootstrap", "50",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("wrote 2 files to " + out), r.out());
        java.util.List<String> csv = Files.readAllLines(out.resolve("estimates.csv"));
        assertEquals("estimator,value,ci_low,ci_high,interval,parameter", csv.get(0));
        // Item 0 is clicked on 25 of its 100 rows: SNIPS is exactly 0.25 (IPS depends on the propensities).
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("snips,0.25,")), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("observed,")), csv.toString());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("ope.json").toFile());
        assertEquals(300, json.get("rows").asInt());
        assertEquals("item:0", json.get("policy").asText());
        assertEquals(2, json.get("estimates").size());
        assertEquals(0.25, json.get("estimates").get(1).get("value").asDouble(), 0.0);
        json.fieldNames().forEachRemaining(k -> assertTrue(k.matches("[a-z][a-z0-9_]*"), "snake_case key " + k));
        // Same inputs, same bytes.
        String first = Files.readString(out.resolve("ope.json"));
        assertEquals(0, run("ope", a.toString(), "--policy", "item:0", "--estimators", "ips,snips", "--bootstrap", "50",
                "--out", out.toString()).exit());
        assertEquals(first, Files.readString(out.resolve("ope.json")));
    }

    @Test
    void fixedTuningParametersAreUsedAndWritten() throws Exception {
        Path a = log("a.csv", 0);
        Path out = dir.resolve("ope-fixed");
        Result r = run("ope", a.toString(), "--policy", "item:1", "--switch-tau", "inf", "--dros-lambda", "0",
                "--folds", "3", "--bootstrap", "20", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("ope.json").toFile());
        assertEquals("inf", json.get("switch_tau").asText());
        assertEquals(3, json.get("reward_model").get("folds").asInt());
        java.util.Map<String, Double> value = new java.util.HashMap<>();
        json.get("estimates").forEach(e -> value.put(e.get("estimator").asText(), e.get("value").asDouble()));
        assertEquals(value.get("dr"), value.get("switch-dr"), 0.0, "tau = inf is DR");
        assertEquals(value.get("dm"), value.get("dr-os"), 0.0, "lambda = 0 is DM");
    }

    @Test
    void badOptionsAreOneLineErrors() throws Exception {
        Path a = log("a.csv", 0);
        String[][] bad = {{"--policy", "unifrom"}, {"--policy", "item:7"}, {"--policy", "uniform", "--estimators", "ipw"},
            {"--policy", "uniform", "--bootstrap", "1"}, {"--policy", "empirical:" + dir.resolve("none.csv")},
            {"--policy", "uniform", "--folds", "1"}, {"--policy", "uniform", "--switch-tau", "-1"},
            {"--policy", "uniform", "--dros-lambda", "often"}, {"--policy", "uniform", "--reward-l2", "-2"},
            {"--policy", "uniform", "--folds", "301"}};
        for (String[] b : bad) {
            String[] args = new String[b.length + 2];
            args[0] = "ope";
            args[1] = a.toString();
            System.arraycopy(b, 0, args, 2, b.length);
            Result r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }
}
