package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.check.CheckFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * End-to-end {@code campaignsim check} (issues #6, #16). The degraded scenario differs from the
 * baseline's only in its policy, so its world hash matches and the comparison runs on the baseline's
 * own replication seeds: that is the case check exists for. A baseline made from another world
 * (population size), an old-format baseline without seeds, or a --run-seed on a check is bad input.
 */
class CheckCommandTest {

    @TempDir
    Path dir;

    private Path scenario;
    private Path baselines;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void baseline() throws Exception {
        scenario = dir.resolve("tiny.yaml");
        baselines = dir.resolve("baselines");
        Files.writeString(scenario, CheckFixtures.GOOD);
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--update-baseline", "-t", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(baselines.resolve("tiny-check.json")), r.out());
    }

    @Test
    void unchangedPolicyReproducesItsBaselineAndPasses() throws Exception {
        Path junit = dir.resolve("junit.xml");
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--junit", junit.toString(), "-t", "2");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("0 REGRESSED"), r.out());
        assertFalse(r.out().contains("warning"), "same seeds, same world: no warning\n" + r.out());
        // The same seeds and the same policy give the very same values: every difference is zero.
        assertTrue(r.out().lines().filter(l -> l.startsWith("tiny-check")).allMatch(l -> l.contains("+0.00 [+0.00, +0.00]")),
                r.out());
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertEquals("8", root.getAttribute("tests"), "2 strategies x 4 metrics");
        assertEquals("0", root.getAttribute("failures"));
    }

    @Test
    void spammingPolicyIsCaughtAndTheMetricNamed() throws Exception {
        Files.writeString(scenario, CheckFixtures.SPAM);
        Path junit = dir.resolve("junit.xml");
        Path md = dir.resolve("check.md");
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--junit", junit.toString(),
                "--markdown", md.toString(), "-t", "2");
        assertEquals(ExitCode.FAILURE.code(), r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("bau") && l.contains("unsubscribes") && l.contains("REGRESSED")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("bau") && l.contains("incremental_profit") && l.contains("REGRESSED")),
                "the discounts and SMS costs lose money\n" + r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("control") && l.contains("unsubscribes") && l.endsWith("ok")),
                "the holdout contacts nobody either way\n" + r.out());

        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertTrue(Integer.parseInt(root.getAttribute("failures")) >= 1, root.getAttribute("failures"));
        NodeList cases = root.getElementsByTagName("testcase");
        boolean unsubscribesFailed = false;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals("tiny-check.bau") && c.getAttribute("name").equals("unsubscribes")) {
                unsubscribesFailed = c.getElementsByTagName("failure").getLength() == 1;
            }
        }
        assertTrue(unsubscribesFailed, Files.readString(junit));
        assertTrue(Files.readString(md).contains("**unsubscribes (lower)**"), Files.readString(md));
    }

    @Test
    void aBaselineFromAnotherWorldIsBadInputWithTheCommandToRegenerateIt() throws Exception {
        Files.writeString(scenario, CheckFixtures.BIGGER);
        Path junit = dir.resolve("junit.xml");
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--junit", junit.toString());
        assertEquals(ExitCode.INVALID_INPUT.code(), r.exit(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("another version of") && r.err().contains("campaignsim check " + scenario)
                && r.err().contains("--update-baseline"), r.err());
        assertFalse(Files.exists(junit), "nothing written");
    }

    @Test
    void anOldBaselineWithoutSeedsIsBadInputSayingHowToRegenerateIt() throws Exception {
        Path f = baselines.resolve("tiny-check.json");
        Files.writeString(f, Files.readString(f).replace("\"format\" : 2", "\"format\" : 1"));
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString());
        assertEquals(ExitCode.INVALID_INPUT.code(), r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("format 1") && r.err().contains("no replication seeds")
                && r.err().contains("regenerate it with: campaignsim check " + scenario), r.err());
    }

    @Test
    void aRunSeedOnACheckIsBadInput() {
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--run-seed", "7");
        assertEquals(ExitCode.INVALID_INPUT.code(), r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("--run-seed applies only with --update-baseline"), r.err());
    }

    @Test
    void missingBaselineIsBadInputWithTheCommandToCreateIt() {
        Result r = run("check", scenario.toString(), "--baseline", dir.resolve("nowhere").toString());
        assertEquals(ExitCode.INVALID_INPUT.code(), r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("no baseline for scenario 'tiny-check'") && r.err().contains("--update-baseline"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void oneReplicationIsBadInput() {
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--update-baseline",
                "--replications", "1");
        assertEquals(ExitCode.INVALID_INPUT.code(), r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
