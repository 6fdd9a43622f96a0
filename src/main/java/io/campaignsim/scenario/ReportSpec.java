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
