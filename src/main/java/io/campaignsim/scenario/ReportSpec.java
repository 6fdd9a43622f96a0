package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * Where outputs go and which charts to draw.
 *
 * @param out output folder (default {@code reports/<scenario name>}), relative to the working directory
 * @param charts chart names (default: all that apply)
 */
public record ReportSpec(String out, List<String> charts) {

    public static final List<String> CHART_NAMES = List.of("conversions", "profit", "contacts_by_channel", "uplift",
            "regret", "arm_allocation", "qini", "calibration", "segment_heatmap", "send_time_heatmap", "power");

    public ReportSpec {
        charts = List.copyOf(charts);
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
        List<String> charts = m.has("charts") ? m.names("charts", false) : CHART_NAMES;
        for (String c : charts) {
            if (!CHART_NAMES.contains(c)) {
                problems.add(m.locOf("charts"), "report.charts names '" + c + "'" + MapReader.suggestion(c, CHART_NAMES),
                        "chart names from " + String.join(", ", CHART_NAMES));
            }
        }
        m.done();
        return new ReportSpec(out, charts);
    }
}
