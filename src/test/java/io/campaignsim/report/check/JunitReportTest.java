package io.campaignsim.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.check.CheckFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML has the shape CI servers read, and a parser reads it back. */
class JunitReportTest {

    @TempDir
    Path dir;

    static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void suitesCasesFailuresAndSkipsWithMatchingCounts() throws Exception {
        Path f = dir.resolve("junit.xml");
        JunitReport.write(f, CheckFixtures.checks());
        Element root = parse(f).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("skipped"));
        assertEquals("0", root.getAttribute("errors"));

        List<Element> suites = children(root, "testsuite");
        assertEquals(List.of("alpha", "beta"), suites.stream().map(s -> s.getAttribute("name")).toList());
        for (Element suite : suites) {
            List<Element> cases = children(suite, "testcase");
            assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases.size());
            long failures = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            long skipped = cases.stream().filter(c -> !children(c, "skipped").isEmpty()).count();
            assertEquals(Long.parseLong(suite.getAttribute("failures")), failures);
            assertEquals(Long.parseLong(suite.getAttribute("skipped")), skipped);
        }
        Element regressed = children(suites.get(0), "testcase").get(0);
        assertEquals("alpha.ts", regressed.getAttribute("classname"));
        assertEquals("profit", regressed.getAttribute("name"));
        Element failure = children(regressed, "failure").get(0);
        assertTrue(failure.getAttribute("message").contains("profit REGRESSED"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("by more than the margin"), failure.getTextContent());
        Element skipped = children(children(suites.get(1), "testcase").get(0), "skipped").get(0);
        assertTrue(skipped.getAttribute("message").contains("no values for ts"), skipped.getAttribute("message"));
    }

    @Test
    void markdownNamesTheRegressionAndHowToUpdate() {
        String md = MarkdownReport.render(CheckFixtures.checks());
        assertTrue(md.startsWith("## campaignsim check: 1 regression\n"), md);
        assertTrue(md.contains("| **alpha** | **ts** | **profit (higher)** |"), md);
        assertTrue(md.contains("no baseline") && md.contains("--update-baseline"), md);
    }
}
