package io.campaignsim.report.compare;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.campaignsim.compare.Comparison;
import io.campaignsim.report.Numbers;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code index.html} of a comparison: one self-contained page (inline CSS and a few lines of inline
 * JavaScript to sort the table, no network) with the headline, the sortable strategy table, the
 * charts (relative links, so the folder can be moved or zipped), the notes, the run facts and the
 * scenario. Everything that comes from the user is escaped. The bytes depend only on the inputs.
 */
public final class ComparisonHtml {

    public static final String FILE = "index.html";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1200px;margin:2em auto;\
            padding:0 1em;color:#222;line-height:1.45}
            h1{margin-bottom:.2em}.desc{color:#555;margin-top:0}
            .headline{font-size:1.2em;font-weight:600;margin:1em 0 .3em}
            .scroll{overflow-x:auto}table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.92em}
            th,td{padding:.25em .6em;border-bottom:1px solid #ddd}
            th{text-align:left;background:#f4f4f4;cursor:pointer;user-select:none}
            th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.winner td{font-weight:600;background:#eef7f2}
            figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
            img{max-width:100%;height:auto;border:1px solid #eee}
            pre{background:#f7f7f7;padding:1em;overflow:auto}footer{color:#666;font-size:.9em;margin-top:2em}
            """;

    // Sorts by data-v (a number) when every cell has one, else by text; a second click reverses.
    private static final String SORT_JS = """
            document.querySelectorAll("table.sortable th").forEach(function(th,col){
            th.addEventListener("click",function(){
            var table=th.closest("table"),body=table.tBodies[0],rows=Array.from(body.rows);
            var asc=th.getAttribute("aria-sort")!=="ascending";
            table.querySelectorAll("th").forEach(function(h){h.removeAttribute("aria-sort");});
            th.setAttribute("aria-sort",asc?"ascending":"descending");
            function key(r){var c=r.cells[col],v=c.getAttribute("data-v");return v===null?c.textContent:parseFloat(v);}
            rows.sort(function(a,b){var x=key(a),y=key(b);
            if(typeof x==="number"&&isNaN(x))return 1;if(typeof y==="number"&&isNaN(y))return -1;
            var d=typeof x==="number"&&typeof y==="number"?x-y:String(x).localeCompare(String(y));return asc?d:-d;});
            rows.forEach(function(r){body.appendChild(r);});});});
            """;

    private ComparisonHtml() {}

    /**
     * The page.
     *
     * @param facts what the run was, or null if not saved
     * @param scenarioYaml the scenario text, or null if not saved
     * @param charts the charts, each with its file name relative to the page
     */
    public static String render(Comparison c, RunFacts facts, String scenarioYaml, List<ChartFile> charts) {
        StringBuilder h = new StringBuilder(32_768);
        String title = "campaignsim compare" + (facts == null ? "" : ": " + facts.scenario());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        if (facts != null && facts.description() != null && !facts.description().isBlank()) {
            h.append("<p class=\"desc\">").append(esc(facts.description())).append("</p>\n");
        }
        h.append("<p class=\"headline\">").append(esc(ComparisonTable.headline(c))).append("</p>\n");
        h.append("<p>").append(c.strategies().size()).append(" strategies, ").append(c.replications())
                .append(c.replications() == 1 ? " replication" : " replications").append(" of ").append(c.days())
                .append(c.days() == 1 ? " day" : " days").append(", objective ").append(esc(c.objective().key()))
                .append("; ").append(esc(Numbers.percentLabel(c.level(), 4)))
                .append(" confidence intervals, paired by replication (every strategy sees the same customers and "
                        + "random draws).</p>\n");
        table(h, c);
        if (!c.notes().isEmpty()) {
            h.append("<h2>Notes</h2>\n<ul>\n");
            c.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append(PredictionTable.html(c));
        if (!charts.isEmpty()) {
            h.append("<h2>Charts</h2>\n");
            for (ChartFile f : charts) {
                h.append("<figure><img src=\"").append(esc(f.file())).append("\" alt=\"").append(esc(f.caption()))
                        .append("\" width=\"").append(ComparisonCharts.WIDTH).append("\" height=\"")
                        .append(ComparisonCharts.HEIGHT).append("\"><figcaption>").append(esc(f.caption()))
                        .append("</figcaption></figure>\n");
            }
        }
        if (scenarioYaml != null) {
            h.append("<details>\n<summary>Scenario</summary>\n<pre>").append(esc(scenarioYaml)).append("</pre>\n</details>\n");
        }
        h.append("<footer>");
        if (facts != null) {
            h.append("Scenario ").append(esc(facts.scenario())).append(" &middot; seed ").append(facts.seed())
                    .append(" &middot; ").append(facts.customers()).append(" customers per replication &middot; ");
            if (Double.isFinite(facts.runSeconds())) {
                h.append("run time ").append(String.format(java.util.Locale.ROOT, "%.1f", facts.runSeconds()))
                        .append(" s &middot; ");
            }
        }
        h.append("campaignsim ").append(esc(facts == null ? io.campaignsim.core.Version.current() : facts.version()))
                .append(" &middot; numbers in <code>comparison.json</code>, <code>comparison.csv</code>, ")
                .append("<code>series.csv</code>, <code>arms.csv</code> &middot; sort the table by clicking a header")
                .append("</footer>\n<script>\n").append(SORT_JS).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    /** A chart file beside the page and its caption. */
    public record ChartFile(String file, String caption) {}

    private static void table(StringBuilder h, Comparison c) {
        StrategyTable t = StrategyTable.of(c);
        h.append("<div class=\"scroll\">\n<table class=\"sortable\">\n<thead><tr>");
        for (String col : t.header()) {
            h.append("<th scope=\"col\">").append(esc(col)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            h.append(t.names().get(r).equals(c.winner()) ? "<tr class=\"winner\">" : "<tr>");
            List<StrategyTable.Cell> row = t.rows().get(r);
            for (int i = 0; i < row.size(); i++) {
                StrategyTable.Cell cell = row.get(i);
                if (i == 1) {
                    h.append("<td>").append(esc(cell.text())).append("</td>");
                } else {
                    h.append("<td class=\"n\" data-v=\"").append(sortKey(cell.sortKey())).append("\">")
                            .append(esc(cell.text())).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    // Plain decimal text, "NaN" for undefined (parseFloat gives NaN, which sorts last).
    private static String sortKey(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "NaN";
    }

    private static String esc(String s) {
        return escapeHtml4(s);
    }
}
