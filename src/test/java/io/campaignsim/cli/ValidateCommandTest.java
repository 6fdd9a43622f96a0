package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code campaignsim validate}: exit codes and what lands on out and err. */
class ValidateCommandTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validFileIsOk() {
        Run r = run("validate", "scenarios/quickstart.yaml");
        assertEquals(0, r.code(), r.err());
        assertEquals("scenarios/quickstart.yaml: ok", r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void severalValidFilesAreEachOk() {
        Run r = run("validate", "scenarios/retail-winback.yaml", "scenarios/cross-sell.yaml");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("scenarios/retail-winback.yaml: ok", "scenarios/cross-sell.yaml: ok"), r.out().lines().toList());
    }

    @Test
    void badFilePrintsOneLinePerProblemAndExits2(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, """
                name: bad
                horizon_days: 0
                population:
                  size: 10
                  segments:
                    - { name: a, share: 0.5, purchase_rate: 0.01 }
                channels:
                  email: { cost: 0.002, reech: 0.9 }
                """);
        Run r = run("validate", f.toString());
        assertEquals(ExitCode.INVALID_INPUT.code(), r.code());
        assertEquals("", r.out());
        assertEquals(List.of(
                f + ":2:15: horizon_days is 0, out of range; expected a whole number between 1 and 3650",
                f + ":6:7: population.segments shares sum to 0.5; expected shares that sum to 1",
                f + ":8:25: unknown key 'channels.email.reech' (did you mean 'reach'?); expected one of cost, reach, "
                        + "preference, open_rate, click_rate, persuasion, fatigue_per_send, fatigue_half_life_days, "
                        + "unsubscribe_rate"), r.errLines());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("at io."), r.err());
    }

    @Test
    void okAndBadFilesTogetherExit2AndReportBoth(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("empty.yaml");
        Files.writeString(f, "");
        Run r = run("validate", "scenarios/quickstart.yaml", f.toString());
        assertEquals(2, r.code());
        assertEquals("scenarios/quickstart.yaml: ok", r.out().strip());
        assertEquals(List.of(f + ":1:1: the file is empty; expected a YAML mapping with at least 'name' and 'population'"),
                r.errLines());
    }

    @Test
    void missingFileExits2WithoutStackTrace(@TempDir Path dir) {
        Path f = dir.resolve("missing.yaml");
        Run r = run("validate", f.toString());
        assertEquals(2, r.code());
        assertEquals(List.of(f + ": no such file; expected an existing scenario .yaml file (see scenarios/)"), r.errLines());
    }

    @Test
    void helpExits0() {
        Run r = run("validate", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: campaignsim validate"), r.out());
    }

    @Test
    void unknownOptionExits2() {
        Run r = run("validate", "--frobnicate", "scenarios/quickstart.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("campaignsim: Unknown option: '--frobnicate'"), r.err());
        assertFalse(r.err().contains("at io."), r.err());
    }

    @Test
    void noFileExits2() {
        Run r = run("validate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("SCENARIO.yaml"), r.err());
    }
}
