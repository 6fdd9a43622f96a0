package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.SegmentIncrementals;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Numbers;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Per segment: each strategy's true incremental profit per customer in each segment (from the
 * no-contact twin, averaged over replications), as a table and the segment heatmap.
 */
final class SegmentsSection implements PageSection {

    @Override
    public String id() {
        return "segments";
    }

    @Override
    public String title() {
        return "Per segment";
    }

    @Override
    public Set<ChartName> chartKinds() {
        return Set.of(ChartName.SEGMENT_HEATMAP);
    }

    @Override
    public Optional<String> body(PageContext page) {
        Comparison c = page.comparison();
        SegmentIncrementals seg = c.segments();
        List<PageContext.ChartFile> charts = page.charts(ChartName.SEGMENT_HEATMAP);
        if ((seg == null || seg.segments().isEmpty()) && charts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder h = new StringBuilder();
        if (seg != null && !seg.segments().isEmpty()) {
            h.append("<p>True incremental profit per customer of each segment (the run minus its no-contact twin, "
                    + "mean over replications).</p>\n<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr>"
                    + "<th scope=\"col\">strategy</th>");
            seg.segments().forEach(s -> h.append("<th scope=\"col\">").append(esc(s)).append("</th>"));
            h.append("</tr></thead>\n<tbody>\n");
            for (StrategySummary s : c.ranked()) {
                List<Double> v = seg.of(s.name());
                if (v.isEmpty()) {
                    continue;
                }
                h.append("<tr><td>").append(esc(s.role().display(s.name()))).append("</td>");
                for (double x : v) {
                    h.append("<td class=\"n\" data-v=\"").append(Double.isFinite(x) ? Double.toString(x) : "NaN")
                            .append("\">").append(esc(Numbers.signedGrouped(x, 2))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table></div>\n");
        }
        h.append(PageContext.figures(charts));
        return Optional.of(h.toString());
    }
}
