package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} through the real CLI on a small log (issue #7). */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private Path log;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void writeLog() throws Exception {
        StringBuilder csv = new StringBuilder("group,tenure,city,visit,spend\n");
        for (int i = 0; i < 400; i++) {
            String group = i % 2 == 0 ? "No Mail" : "Mail";
            int visit = (i % 2 == 1 && i % 5 < 2) || i % 10 == 0 ? 1 : 0;
            csv.append(group).append(',').append(i % 13).append(',').append(i % 3 == 0 ? "Lyon" : "Nice").append(',')
                    .append(visit).append(',').append(visit * (i % 7)).append('\n');
        }
        log = dir.resolve("log.csv");
        Files.writeString(log, csv);
    }

    @Test
    void writesEveryFileAndPrintsTheTables() throws Exception {
        Path out = dir.resolve("report");
        Result r = run("analyze", log.toString(), "--treatment", "group", "--outcome", "visit,spend", "--segment", "city",
                "--out", out.toString(), "--folds", "3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("control 'No Mail'"), r.out());
        assertTrue(r.out().contains("uplift models, 3-fold"), r.out());
        for (String f : List.of("arms.csv", "effects.csv", "uplift.csv", "qini.csv", "qini-visit-mail.png", "index.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(out.resolve("effects.csv")).contains("city=Lyon,visit,Mail,No Mail"));
        assertTrue(Files.readString(out.resolve("index.html")).contains("src=\"qini-visit-mail.png\""));
        assertTrue(Files.readString(out.resolve("uplift.csv"))
                .startsWith("outcome,model,arm,n,qini_area_per_customer,qini_normalised,auuc,uplift_at_10,uplift_at_30\n"));
    }

    @Test
    void badMappingsAreOneLineErrorsAndWriteNothing() {
        Path out = dir.resolve("x");
        List<String[]> bad = List.of(
                new String[] {"--treatment", "grup", "--outcome", "visit"},
                new String[] {"--treatment", "group", "--outcome", "visits"},
                new String[] {"--treatment", "group", "--control", "Nomail", "--outcome", "visit"},
                new String[] {"--treatment", "group", "--outcome", "city"},
                new String[] {"--treatment", "group", "--outcome", "visit", "--segment", "cty"},
                new String[] {"--treatment", "group", "--outcome", "visit", "--folds", "1"});
        String[] expected = {"did you mean 'group'", "did you mean 'visit'", "does not occur", "log.csv:2:",
            "did you mean 'city'", "--folds"};
        for (int i = 0; i < bad.size(); i++) {
            String[] args = new String[bad.get(i).length + 4];
            args[0] = "analyze";
            args[1] = log.toString();
            System.arraycopy(bad.get(i), 0, args, 2, bad.get(i).length);
            args[args.length - 2] = "--out";
            args[args.length - 1] = out.toString();
            Result r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(expected[i]), r.err());
        }
        assertFalse(Files.exists(out));
    }
}
