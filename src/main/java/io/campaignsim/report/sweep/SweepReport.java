package io.campaignsim.report.sweep;

import io.campaignsim.compare.sweep.Candidate;
import io.campaignsim.compare.sweep.SweepAnalysis;
import io.campaignsim.compare.sweep.SweepResult;
import io.campaignsim.report.Numbers;
import io.campaignsim.scenario.SweepParameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a sweep's result folder: sweep.csv, sweep-replications.csv, sweep.json, the charts and index.html. */
public final class SweepReport {

    public static final String PAGE = "index.html";

    private SweepReport() {}

    /** Writes every file into {@code dir}; returns them in writing order. */
    public static List<Path> write(SweepResult r, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(SweepCsv.write(r, dir));
        files.add(SweepCsv.writeReplications(r, dir));
        files.add(SweepJson.write(r, dir));
        List<SweepCharts.Named> charts = SweepCharts.draw(r);
        files.addAll(SweepCharts.write(charts, dir));
        Path page = dir.resolve(PAGE);
        Files.writeString(page, html(r, charts), StandardCharsets.UTF_8);
        files.add(page);
        return files;
    }

    static String html(SweepResult r, List<SweepCharts.Named> charts) {
        SweepAnalysis.Result a = r.analysis();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>sweep ")
                .append(e(r.scenario())).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{padding:4px 10px;border-bottom:1px solid #ddd;")
                .append("text-align:right}td:first-child,th:first-child{text-align:left}img{max-width:100%;height:auto}")
                .append(".note{background:#fff6e0;padding:6px 10px;border-left:4px solid #e69f00}</style></head><body>\n");
        b.append("<h1>Sweep: ").append(e(r.scenario())).append("</h1>\n<p>")
                .append(r.plan().points().size()).append(" points (").append(r.plan().design().key()).append(" design) &times; ")
                .append(r.plan().strategies().size()).append(" strategies &times; ").append(r.plan().replications())
                .append(" replications (").append(e(r.plan().stepping().key()))
                .append(" stepping); every point runs replication <i>r</i> on the same seed, so differences between "
                        + "points are paired.</p>\n<ul>");
        for (SweepParameter p : r.plan().parameters()) {
            b.append("<li><code>").append(e(p.path())).append("</code>: ").append(e(p.describe())).append("</li>");
        }
        b.append("</ul>\n");
        Candidate best = a.best();
        b.append("<h2>Best configuration</h2>\n<p><b>").append(e(r.plan().strategies().get(best.strategy())))
                .append("</b> at <b>").append(e(SweepTable.point(r, best))).append("</b>: mean ").append(e(a.objective().key()))
                .append(" ").append(e(SweepTable.ci(best.objective()))).append(".</p>\n");
        b.append("<p class=\"note\">The best is the highest mean of ").append(a.candidates().size())
                .append(" configurations (point, strategy; the oracle excluded) and is chosen from the same data, so "
                        + "its mean is optimistic. The configurations below are those not significantly worse: one-sided "
                        + "paired t-tests of best minus each, replication by replication, Holm-corrected over ")
                .append(a.candidates().size() - 1).append(" comparisons at &alpha; = ")
                .append(Numbers.significantText(a.alpha())).append(". They are the ones the data cannot tell apart from "
                        + "the observed best, not a confidence set for the true best.</p>\n");
        b.append("<table><tr><th>strategy</th><th>point</th><th>mean (95% CI)</th><th>shortfall vs best (95% CI)</th>"
                + "<th>Holm p</th></tr>\n");
        List<Candidate> set = new ArrayList<>(a.notWorse());
        set.sort((x, y) -> Double.compare(y.objective().mean(), x.objective().mean()));
        for (Candidate c : set) {
            b.append("<tr><td>").append(e(r.plan().strategies().get(c.strategy()))).append("</td><td>")
                    .append(e(SweepTable.point(r, c))).append("</td><td>").append(e(SweepTable.ci(c.objective())))
                    .append("</td><td>").append(c == best ? "best" : e(SweepTable.ci(c.shortfall()))).append("</td><td>")
                    .append(c == best ? "" : e(Numbers.pValue(c.adjustedP()))).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Response surface</h2>\n");
        for (SweepCharts.Named n : charts) {
            b.append("<figure><img src=\"").append(e(n.name())).append(".png\" alt=\"").append(e(n.caption()))
                    .append("\" width=\"").append(SweepCharts.WIDTH).append("\" height=\"").append(SweepCharts.HEIGHT)
                    .append("\"><figcaption>").append(e(n.caption())).append("</figcaption></figure>\n");
        }
        b.append("<p>Every point, strategy and metric with its 95 % CI: <a href=\"sweep.csv\">sweep.csv</a>; every "
                + "replication's values: <a href=\"sweep-replications.csv\">sweep-replications.csv</a>; the summary: "
                + "<a href=\"sweep.json\">sweep.json</a>.</p>\n</body></html>\n");
        return b.toString();
    }

    private static String e(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
