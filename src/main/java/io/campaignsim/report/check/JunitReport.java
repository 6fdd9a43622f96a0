package io.campaignsim.report.check;

import io.campaignsim.compare.check.MetricCheck;
import io.campaignsim.compare.check.ScenarioCheck;
import io.campaignsim.compare.check.Verdict;
import io.campaignsim.report.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML, as CI servers (GitHub Actions reporters, GitLab, Jenkins) read it: one
 * {@code <testsuite>} per scenario, one {@code <testcase>} per (strategy, metric) with
 * {@code classname="<scenario>.<strategy>"} and {@code name="<metric>"}; a regression is a
 * {@code <failure>}, a test not run (no baseline for the strategy and metric) is {@code <skipped>}.
 */
public final class JunitReport {

    private JunitReport() {}

    public static void write(Path file, List<ScenarioCheck> checks) throws IOException {
        AtomicFiles.writeString(file, render(checks));
    }

    static String render(List<ScenarioCheck> checks) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suites = doc.createElement("testsuites");
            suites.setAttribute("name", "campaignsim check");
            doc.appendChild(suites);
            long tests = 0;
            long failures = 0;
            long skipped = 0;
            double time = 0;
            for (ScenarioCheck c : checks) {
                Element suite = doc.createElement("testsuite");
                suite.setAttribute("name", c.scenario());
                suite.setAttribute("tests", Integer.toString(c.rows().size()));
                suite.setAttribute("failures", Long.toString(c.count(Verdict.REGRESSED)));
                suite.setAttribute("errors", "0");
                suite.setAttribute("skipped", Long.toString(c.skipped()));
                suite.setAttribute("time", seconds(c.elapsedMillis()));
                Element props = doc.createElement("properties");
                property(doc, props, "scenario_file", c.file().toString());
                property(doc, props, "baseline_file", c.baselineFile().toString());
                property(doc, props, "seed", Long.toString(c.seed()));
                property(doc, props, "replications", Integer.toString(c.replications()));
                property(doc, props, "stepping", c.stepping().key());
                suite.appendChild(props);
                for (MetricCheck r : c.rows()) {
                    suite.appendChild(testcase(doc, c.scenario(), r));
                }
                if (!c.notes().isEmpty()) {
                    Element out = doc.createElement("system-out");
                    out.setTextContent(String.join("\n", c.notes()));
                    suite.appendChild(out);
                }
                suites.appendChild(suite);
                tests += c.rows().size();
                failures += c.count(Verdict.REGRESSED);
                skipped += c.skipped();
                time += c.elapsedMillis();
            }
            suites.setAttribute("tests", Long.toString(tests));
            suites.setAttribute("failures", Long.toString(failures));
            suites.setAttribute("errors", "0");
            suites.setAttribute("skipped", Long.toString(skipped));
            suites.setAttribute("time", seconds((long) time));
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString() + "\n";
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML writer is always configured", e);
        }
    }

    private static Element testcase(Document doc, String scenario, MetricCheck r) {
        Element tc = doc.createElement("testcase");
        tc.setAttribute("classname", scenario + "." + r.strategy());
        tc.setAttribute("name", r.metric());
        tc.setAttribute("time", "0");
        if (r.verdict() == Verdict.REGRESSED) {
            Element f = doc.createElement("failure");
            f.setAttribute("type", "regression");
            f.setAttribute("message", r.strategy() + " " + r.metric() + " REGRESSED");
            f.setTextContent(Explanation.of(r));
            tc.appendChild(f);
        } else if (r.verdict().skipped()) {
            Element s = doc.createElement("skipped");
            s.setAttribute("message", Explanation.of(r));
            tc.appendChild(s);
        } else {
            Element out = doc.createElement("system-out");
            out.setTextContent(Explanation.of(r));
            tc.appendChild(out);
        }
        return tc;
    }

    private static void property(Document doc, Element props, String name, String value) {
        Element p = doc.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", value);
        props.appendChild(p);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
