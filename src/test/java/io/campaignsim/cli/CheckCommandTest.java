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
 * End-to-end {@code campaignsim check} (issue #6). The degraded scenario differs from the baseline's
 * only in its policy, so its world hash matches and the comparison runs: that is the case check
 * exists for. A change to the world (population size) is skipped instead.
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
    void unchangedPolicyWithFreshDrawsPasses() throws Exception {
        Path junit = dir.resolve("junit.xml");
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--junit", junit.toString(), "-t", "2");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("0 REGRESSED"), r.out());
        assertFalse(r.out().contains("warning"), "fresh draws, same world: no warning\n" + r.out());
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
    void changedWorldIsSkippedWithAWarningNotFailed() throws Exception {
        Files.writeString(scenario, CheckFixtures.BIGGER);
        Path junit = dir.resolve("junit.xml");
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--junit", junit.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("scenario changed since the baseline") && r.out().contains("--update-baseline"), r.out());
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertEquals("8", root.getAttribute("skipped"));
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
        Result r = run("check", scenario.toString(), "--baseline", baselines.toString(), "--replications", "1");
        assertEquals(ExitCode.INVALID_INPUT.code(), r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
