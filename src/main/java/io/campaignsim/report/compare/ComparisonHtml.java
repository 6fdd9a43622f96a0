package io.campaignsim.report.compare;

import static io.campaignsim.report.compare.PageContext.esc;

import io.campaignsim.compare.Comparison;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.ForestPlot;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code index.html} of a comparison: one self-contained page (inline CSS and a few lines of inline
 * JavaScript, no network) assembled from a list of {@link PageSection}s. The first screen answers
 * which strategy to use, by how much and how sure we are: the title, a tab bar to the other views,
 * the decision banner, the compact table and the uplift chart. Detail sections follow, collapsed.
 * Charts are relative links, so the folder can be moved or zipped. Everything that comes from the
 * user is escaped. The bytes depend only on the inputs.
 */
public final class ComparisonHtml {

    public static final String FILE = "index.html";

    private static final String CSS = """
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1200px;margin:1.2em auto;\
            padding:0 1em;color:#222;line-height:1.45}
            h1{margin:0 0 .2em;font-size:1.6em;overflow-wrap:anywhere}.desc{color:#555;margin-top:0}
            h2{font-size:1.25em;margin:1.2em 0 .4em}
            nav.tabs{display:flex;flex-wrap:wrap;gap:.3em;margin:.4em 0 .8em;font-size:.9em}
            nav.tabs a{padding:.15em .6em;border:1px solid #ccc;border-radius:1em;text-decoration:none;color:#0a4f80}
            nav.tabs a:hover{background:#eef4f9}
            .banner{border-left:6px solid;padding:.5em 1em;margin:.5em 0 1em;overflow-wrap:anywhere}
            .banner p{margin:.25em 0}.banner-title{font-size:1.3em;font-weight:700}
            .banner-winner{border-color:#009E73;background:#eaf6f1}
            .banner-inconclusive{border-color:#E69F00;background:#fdf5e6}
            .banner-underpowered{border-color:#D55E00;background:#fbeee6}
            .banner-power{font-size:.92em}
            .scroll{overflow-x:auto}table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}
            th,td{padding:.25em .6em;border-bottom:1px solid #ddd;vertical-align:top}
            th{text-align:left;background:#f4f4f4;cursor:pointer;user-select:none}
            th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.compact{width:100%}table.compact td:first-child{overflow-wrap:break-word}
            tr.winner td{font-weight:600;background:#eaf6f1}tr.contender td{background:#fdf8ee}
            tr.yardstick td{color:#666}tr.weak td{background:#fbeee6}
            .small{font-size:.85em;color:#555;overflow-wrap:anywhere}
            table.overview .bar{width:22%;min-width:150px;vertical-align:middle}
            table.overview td.bar .fp-row{display:block;padding:0}table.overview tfoot td{border:0}
            table.overview tfoot .fp-track{height:1.6em}
            figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
            img{max-width:100%;height:auto;border:1px solid #eee}
            .multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:.5em 1em}
            .multiples figure{margin:.3em 0}
            details.section{margin:.6em 0;border-top:1px solid #ddd}
            details.section>summary{cursor:pointer;padding:.4em 0}details.section>summary h2{display:inline;margin:0}
            pre{background:#f7f7f7;padding:1em;overflow:auto}footer{color:#666;font-size:.9em;margin-top:2em}
            @media (max-width:640px){body{margin:.6em auto;padding:0 .6em}h1{font-size:1.3em}
            table.compact thead{display:none}table.compact,table.compact tbody,table.compact tr{display:block}
            table.compact tr{border-bottom:1px solid #ccc;padding:.3em 0}
            table.compact td{display:flex;justify-content:space-between;gap:1em;border:0;padding:.1em .3em;
            white-space:normal;text-align:right}
            table.compact td::before{content:attr(data-label);color:#555;text-align:left;font-weight:400}
            table.compact td:first-child{font-weight:600;text-align:left}table.compact td:first-child::before{content:none}
            table.overview td.bar{display:block;width:auto;min-width:0}table.overview td.bar::before{content:none}
            table.overview tfoot{display:block}table.overview tfoot td:not(.bar){display:none}}
            """;

    // Sorts by data-v (a number) when every cell has one, else by text; a second click reverses.
    // Opens a collapsed section when a tab (or a link) leads to it.
    private static final String JS = """
            document.querySelectorAll("table.sortable th").forEach(function(th){
            th.addEventListener("click",function(){
            var col=Array.prototype.indexOf.call(th.parentNode.children,th);
            var table=th.closest("table"),body=table.tBodies[0],rows=Array.from(body.rows);
            var asc=th.getAttribute("aria-sort")!=="ascending";
            table.querySelectorAll("th").forEach(function(h){h.removeAttribute("aria-sort");});
            th.setAttribute("aria-sort",asc?"ascending":"descending");
            function key(r){var c=r.cells[col],v=c.getAttribute("data-v");return v===null?c.textContent:parseFloat(v);}
            rows.sort(function(a,b){var x=key(a),y=key(b);
            if(typeof x==="number"&&isNaN(x))return 1;if(typeof y==="number"&&isNaN(y))return -1;
            var d=typeof x==="number"&&typeof y==="number"?x-y:String(x).localeCompare(String(y));return asc?d:-d;});
            rows.forEach(function(r){body.appendChild(r);});});});
            function openTarget(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;
            var el=document.getElementById(id);if(el&&el.tagName==="DETAILS")el.open=true;}
            window.addEventListener("hashchange",openTarget);openTarget();
            """;

    private ComparisonHtml() {}

    /** The page with the standard sections, {@link ComparisonPages#SECTIONS}. */
    public static String render(Comparison c, RunFacts facts, String scenarioYaml, List<PageContext.ChartFile> charts,
            Set<ChartName> wanted) {
        return render(c, facts, scenarioYaml, charts, wanted, ComparisonPages.SECTIONS, null);
    }

    /** The page with the micro review of {@code breakdownCsv} (the text of breakdown.csv, or null). */
    public static String render(Comparison c, RunFacts facts, String scenarioYaml, List<PageContext.ChartFile> charts,
            Set<ChartName> wanted, String breakdownCsv) {
        return render(c, facts, scenarioYaml, charts, wanted, ComparisonPages.SECTIONS, breakdownCsv);
    }

    /** The page from {@code sections}, without the micro review. */
    public static String render(Comparison c, RunFacts facts, String scenarioYaml, List<PageContext.ChartFile> charts,
            Set<ChartName> wanted, List<PageSection> sections) {
        return render(c, facts, scenarioYaml, charts, wanted, sections, null);
    }

    /**
     * The page.
     *
     * @param facts what the run was, or null if not saved
     * @param scenarioYaml the scenario text, or null if not saved
     * @param charts the charts, each with its file name relative to the page
     * @param wanted the chart kinds the scenario's {@code report.charts} selects
     * @param sections the sections in page order
     * @param breakdownCsv the text of breakdown.csv, or null
     */
    public static String render(Comparison c, RunFacts facts, String scenarioYaml, List<PageContext.ChartFile> charts,
            Set<ChartName> wanted, List<PageSection> sections, String breakdownCsv) {
        Set<ChartName> unclaimed = EnumSet.noneOf(ChartName.class);
        charts.forEach(f -> unclaimed.add(f.kind()));
        sections.forEach(s -> unclaimed.removeAll(s.chartKinds()));
        PageContext page = new PageContext(c, facts, scenarioYaml, charts, wanted, unclaimed, breakdownCsv);
        Map<PageSection, String> bodies = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (PageSection s : sections) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two page sections have the id " + s.id());
            }
            Optional<String> body = s.body(page);
            body.ifPresent(b -> bodies.put(s, b));
        }
        StringBuilder h = new StringBuilder(65_536);
        String title = "campaignsim compare" + (facts == null ? "" : ": " + facts.scenario());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append(ForestPlot.CSS)
                .append("</style>\n</head>\n<body data-first-screen=\"#decision .banner|table.overview\">\n<header>\n<h1>").append(esc(title)).append("</h1>\n");
        if (facts != null && facts.description() != null && !facts.description().isBlank()) {
            h.append("<p class=\"desc\">").append(esc(facts.description())).append("</p>\n");
        }
        h.append("<p class=\"small\">").append(c.strategies().size()).append(" strategies, ").append(c.replications())
                .append(c.replications() == 1 ? " replication" : " replications").append(" of ").append(c.days())
                .append(c.days() == 1 ? " day" : " days").append(", objective ").append(esc(c.objective().key()))
                .append(", 95 % confidence intervals paired by replication.</p>\n");
        h.append("<nav class=\"tabs\" aria-label=\"sections\">");
        bodies.keySet().stream().filter(s -> s.title() != null).forEach(s -> h.append("<a href=\"#").append(esc(s.id()))
                .append("\">").append(esc(s.title())).append("</a>"));
        h.append("</nav>\n</header>\n<main>\n");
        for (Map.Entry<PageSection, String> e : bodies.entrySet()) {
            PageSection s = e.getKey();
            String id = esc(s.id());
            if (s.title() == null) {
                h.append("<section id=\"").append(id).append("\">\n").append(e.getValue()).append("</section>\n");
            } else if (s.collapsed()) {
                h.append("<details class=\"section\" id=\"").append(id).append("\"><summary><h2>").append(esc(s.title()))
                        .append("</h2></summary>\n").append(e.getValue()).append("</details>\n");
            } else {
                h.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n")
                        .append(e.getValue()).append("</section>\n");
            }
        }
        h.append("</main>\n<footer>");
        if (facts != null) {
            h.append("Scenario ").append(esc(facts.scenario())).append(" &middot; seed ").append(facts.seed())
                    .append(" &middot; ").append(facts.customers()).append(" customers per replication &middot; ")
                    .append(esc(facts.stepping())).append(" stepping &middot; ");
            if (Double.isFinite(facts.runSeconds())) {
                h.append("run time ").append(String.format(Locale.ROOT, "%.1f", facts.runSeconds())).append(" s &middot; ");
            }
        }
        h.append("campaignsim ").append(esc(facts == null ? io.campaignsim.core.Version.current() : facts.version()))
                .append(" &middot; numbers in <code>comparison.json</code>, <code>comparison.csv</code>, ")
                .append("<code>series.csv</code>, <code>arms.csv</code> &middot; sort a table by clicking a header")
                .append("</footer>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }
}
