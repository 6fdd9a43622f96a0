package io.campaignsim.scenario;

import io.campaignsim.core.ChartName;
import io.campaignsim.scenario.yaml.YamlNode;
import io.campaignsim.scenario.yaml.YamlTreeReader;
import java.util.List;

/**
 * Where outputs go and which charts to draw.
 *
 * @param out output folder (default {@code reports/<scenario name>}), relative to the working directory
 * @param charts chart names (default: all of {@link ChartName}); each command draws those it has
 */
public record ReportSpec(String out, List<String> charts) implements java.io.Serializable {

    /** Every valid name of {@code report.charts}, from the shared vocabulary {@link ChartName}. */
    public static final List<String> CHART_NAMES = ChartName.keys();

    public ReportSpec {
        charts = List.copyOf(charts);
    }

    /**
     * The {@code report.charts} of a saved scenario text, read and checked on their own (so a results
     * folder written by an older version still renders even if other keys changed since).
     *
     * @param fileName used in messages
     * @return the names listed, or every name when the scenario has no {@code report.charts}
     * @throws ScenarioException (a user-input error, with file:line:col) for unreadable YAML or an unknown name
     */
    public static List<String> chartsIn(String scenarioText, String fileName) {
        Problems problems = new Problems();
        YamlNode root = new YamlTreeReader().read(scenarioText, problems);
        problems.throwIfAny(fileName);
        List<String> charts = CHART_NAMES;
        if (root instanceof YamlNode.MapNode top && top.entries().get("report") instanceof YamlNode.MapNode report) {
            MapReader m = MapReader.of(report, "report", problems);
            if (m != null && m.has("charts")) {
                charts = readCharts(m, problems);
            }
        }
        problems.throwIfAny(fileName);
        return charts;
    }

    static ReportSpec read(YamlNode node, String scenarioName, Problems problems) {
        ReportSpec d = new ReportSpec("reports/" + scenarioName, CHART_NAMES);
        if (node == null) {
            return d;
        }
        MapReader m = MapReader.of(node, "report", problems);
        if (m == null) {
            return d;
        }
        String out = m.string("out", d.out());
        String outProblem = m.has("out") && out != null ? io.campaignsim.core.OutputPaths.shapeProblem(out, "report.out")
                : null;
        if (outProblem != null) {
            int cut = outProblem.indexOf("; expected ");
            problems.add(m.locOf("out"), "report.out '" + out + "' " + (cut < 0 ? outProblem : outProblem.substring(0, cut)),
                    cut < 0 ? "a folder path" : outProblem.substring(cut + "; expected ".length()));
        }
        List<String> charts = m.has("charts") ? readCharts(m, problems) : CHART_NAMES;
        m.done();
        return new ReportSpec(out, charts);
    }

    // Each unknown name is reported at its own position in the list.
    private static List<String> readCharts(MapReader m, Problems problems) {
        List<String> charts = m.names("charts", false);
        if (m.node("charts") instanceof YamlNode.ListNode list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.ScalarNode s && !CHART_NAMES.contains(s.text())) {
                    problems.add(s.loc(), "report.charts names '" + s.text() + "'"
                            + MapReader.suggestion(s.text(), CHART_NAMES), "chart names from "
                            + String.join(", ", CHART_NAMES));
                }
            }
        }
        return charts;
    }
}
