package io.campaignsim.report.analyze;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.campaignsim.data.AnalyzeResult;
import io.campaignsim.data.ArmAnalysis;
import io.campaignsim.data.ArmStat;
import io.campaignsim.data.Effect;
import io.campaignsim.data.OutcomeShape;
import io.campaignsim.data.SegmentFamilies;
import io.campaignsim.data.UpliftResult;
import io.campaignsim.report.ForestPlot;
import io.campaignsim.report.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code index.html} of {@code analyze}: the headline (which arm moved the first outcome most, each
 * outcome's effects, how many segment effects survive Holm's correction), a forest plot of the
 * effects with their 95 % intervals per outcome (whole log, then each segment), then the tables
 * (effects with raw and Holm-adjusted p-values, arms, uplift models) and the Qini charts. Tables
 * wider than a phone scroll in their own box; the first screen does not scroll sideways.
 */
final class AnalyzeHtml {

    private static final String CSS = """
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.2em auto;max-width:1100px;\
            padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.5em;margin:0 0 .2em;overflow-wrap:anywhere}h2{font-size:1.2em;margin:1.2em 0 .4em}
            .small{font-size:.85em;color:#555;overflow-wrap:anywhere}
            .banner{border-left:6px solid #0072B2;background:#eef4f9;padding:.5em 1em;margin:.5em 0 1em;overflow-wrap:anywhere}
            .banner p{margin:.25em 0}.banner-title{font-size:1.25em;font-weight:700}
            .scroll{overflow-x:auto}table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}
            td,th{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap}
            td:first-child,th:first-child,td.t{text-align:left}th{background:#f4f4f4}
            .note{background:#fff6e0;padding:6px 10px;border-left:4px solid #e69f00}
            img{max-width:100%;height:auto}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
            .fp-row.fp-segment .fp-label{padding-left:1.2em;color:#444}
            """;

    private AnalyzeHtml() {}

    static String render(AnalyzeResult r, List<String> charts) {
        List<SegmentFamilies.Adjusted> adjusted = SegmentFamilies.adjust(r.effects());
        StringBuilder b = new StringBuilder(32_768);
        String name = Path.of(r.file()).getFileName().toString();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>analyze ")
                .append(e(name)).append("</title>\n<style>\n").append(CSS).append(ForestPlot.CSS)
                .append("</style></head>\n<body data-first-screen=\"#headline|figure.forest\">\n");
        b.append("<h1>Analysis of ").append(e(name)).append("</h1>\n<p class=\"small\">").append(e(r.file())).append(": ")
                .append(r.rows()).append(" rows; treatment ").append(e(r.treatment())).append(", control '")
                .append(e(r.control())).append("'; ").append(r.folds()).append("-fold cross-fitting, seed ").append(r.seed())
                .append(".</p>\n");
        b.append("<div id=\"headline\" class=\"banner\" role=\"status\"><p class=\"banner-title\">")
                .append(e(AnalyzeHeadline.title(r))).append("</p>\n");
        AnalyzeHeadline.details(r).forEach(line -> b.append("<p>").append(e(line)).append("</p>\n"));
        b.append("</div>\n");
        for (String n : r.notes()) {
            b.append("<p class=\"note\">").append(e(n)).append("</p>\n");
        }
        b.append("<h2>Effects versus ").append(e(r.control())).append("</h2>\n");
        for (OutcomeShape o : r.outcomes()) {
            b.append(forest(r, o, adjusted));
        }
        effects(b, r, adjusted);
        arms(b, r);
        uplift(b, r);
        for (String c : charts) {
            b.append("<figure><img src=\"").append(e(c)).append("\" alt=\"").append(e(c))
                    .append("\" width=\"900\" height=\"500\" loading=\"lazy\"></figure>\n");
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    /** The forest plot of one outcome: each arm on the whole log (bold), then its segments, on one axis. */
    private static String forest(AnalyzeResult r, OutcomeShape o, List<SegmentFamilies.Adjusted> adjusted) {
        List<ForestPlot.Row> rows = new ArrayList<>();
        boolean rate = false;
        for (String arm : r.arms()) {
            for (int i = 0; i < r.effects().size(); i++) {
                Effect x = r.effects().get(i);
                if (!x.outcome().equals(o.outcome()) || !x.arm().equals(arm)) {
                    continue;
                }
                rate = x.test().equals("z");
                boolean whole = x.scope().equals(ArmAnalysis.ALL);
                String[] c = AnalyzeTable.effectCells(x);
                String p = whole ? Numbers.pValueClause(x.pValue())
                        : "Holm " + Numbers.pValueClause(adjusted.get(i).pAdjusted());
                rows.add(new ForestPlot.Row(whole ? arm : x.scope(), x.effect(), x.ciLow(), x.ciHigh(),
                        c[0] + " " + c[1] + ", " + p, whole ? ForestPlot.Emphasis.STRONG : ForestPlot.Emphasis.NORMAL));
            }
        }
        String html = ForestPlot.html(rows, "Effect on " + o.outcome() + " versus " + r.control() + (rate
                ? " (percentage points)" : " (outcome units)") + ": estimate (dot) and 95 % confidence interval (line) on "
                + "the whole log (bold), then per segment with Holm-adjusted p-values; dashed line at 0",
                rate ? AnalyzeHtml::points : ForestPlot::signedCompact);
        // segment rows are indented under their arm
        for (ForestPlot.Row row : rows) {
            if (row.emphasis() == ForestPlot.Emphasis.NORMAL) {
                html = html.replace("<div class=\"fp-row\"><span class=\"fp-label\">" + e(row.label()) + "</span>",
                        "<div class=\"fp-row fp-segment\"><span class=\"fp-label\">" + e(row.label()) + "</span>");
            }
        }
        return html;
    }

    private static String points(double v) {
        return v == 0 ? "0" : String.format(java.util.Locale.ROOT, "%+.3g pp", 100 * v).replaceAll("\\.?0+ pp$", " pp");
    }

    private static void effects(StringBuilder b, AnalyzeResult r, List<SegmentFamilies.Adjusted> adjusted) {
        b.append("<p class=\"small\">All effects in <a href=\"effects.csv\">effects.csv</a>. p (Holm): adjusted across "
                + "the segments of each arm and outcome; the whole-log test of each arm and outcome stands alone.</p>\n")
                .append("<div class=\"scroll\"><table><tr><th>outcome</th><th>arm</th><th>scope</th><th>effect</th>"
                        + "<th>95 % CI</th><th>relative</th><th>p</th><th>p (Holm)</th></tr>\n");
        for (int i = 0; i < r.effects().size(); i++) {
            Effect x = r.effects().get(i);
            String[] c = AnalyzeTable.effectCells(x);
            b.append("<tr><td>").append(e(x.outcome())).append("</td><td class=\"t\">").append(e(x.arm()))
                    .append("</td><td class=\"t\">").append(e(x.scope())).append("</td><td>").append(e(c[0]))
                    .append("</td><td>").append(e(c[1])).append("</td><td>").append(e(c[2])).append("</td><td>")
                    .append(e(c[3])).append("</td><td>").append(e(Numbers.pValue(adjusted.get(i).pAdjusted())))
                    .append("</td></tr>\n");
        }
        b.append("</table></div>\n");
    }

    private static void arms(StringBuilder b, AnalyzeResult r) {
        b.append("<h2>Arms</h2>\n<div class=\"scroll\"><table><tr><th>outcome</th><th>arm</th><th>n</th><th>value</th>"
                + "<th>95 % CI</th></tr>\n");
        for (ArmStat a : r.armStats()) {
            if (a.scope().equals(ArmAnalysis.ALL)) {
                b.append("<tr><td>").append(e(a.outcome())).append("</td><td class=\"t\">").append(e(a.arm()))
                        .append("</td><td>").append(a.n()).append("</td><td>").append(e(AnalyzeTable.value(a)))
                        .append("</td><td>").append(e(AnalyzeTable.interval(a))).append("</td></tr>\n");
            }
        }
        b.append("</table></div>\n");
    }

    private static void uplift(StringBuilder b, AnalyzeResult r) {
        if (r.uplift().isEmpty()) {
            return;
        }
        b.append("<h2>Uplift models (out-of-fold)</h2>\n<div class=\"scroll\"><table><tr><th>outcome</th><th>model</th>"
                + "<th>arm</th><th>Qini area per customer</th><th>Qini normalised</th><th>AUUC</th><th>uplift@10%</th><th>uplift@30%</th></tr>\n");
        for (UpliftResult u : r.uplift()) {
            b.append("<tr><td>").append(e(u.outcome())).append("</td><td class=\"t\">").append(e(u.model()))
                    .append("</td><td class=\"t\">").append(e(u.arm())).append("</td><td>").append(Numbers.fixed(u.qini(), 5))
                    .append("</td><td>").append(Numbers.fixed(u.normalisedQini(), 3)).append("</td><td>")
                    .append(Numbers.fixed(u.auuc(), 5)).append("</td><td>").append(e(Numbers.points(u.upliftAt10())))
                    .append("</td><td>").append(e(Numbers.points(u.upliftAt30()))).append("</td></tr>\n");
        }
        b.append("</table></div>\n");
    }

    private static String e(String s) {
        return escapeHtml4(s == null ? "" : s);
    }
}
