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
        for (String s : new String[] {"ips", "snips", "dm", "dr", "logged (behaviour)", "reference (on-policy)",
            "overlaps reference"}) {
            assertTrue(r.out().contains(s), s + "\n" + r.out());
        }
        // Item 0 is shown on rows i % 3 == 0 and clicked when also i % 4 == 0: 25 of its 100 rows.
        Result one = run("ope", a.toString(), "--policy", "item:0", "--estimators", "snips");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().lines().anyMatch(l -> l.startsWith("snips") && l.contains("25.000 %")), one.out());
    }

    @Test
    void badOptionsAreOneLineErrors() throws Exception {
        Path a = log("a.csv", 0);
        String[][] bad = {{"--policy", "unifrom"}, {"--policy", "item:7"}, {"--policy", "uniform", "--estimators", "ipw"},
            {"--policy", "uniform", "--bootstrap", "1"}, {"--policy", "empirical:" + dir.resolve("none.csv")}};
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
