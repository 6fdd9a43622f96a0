package io.campaignsim.report.sim;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.campaignsim.core.Metric;
import io.campaignsim.core.Version;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.Numbers;
import io.campaignsim.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code index.html}: one self-contained page (inline CSS, no scripts, no network) that answers
 * "did the policy pay?" and shows the numbers behind the answer. Charts are referenced by relative
 * file name, so the folder can be moved or zipped. Everything that comes from the user is escaped.
 */
public final class SimulationHtml {

    public static final String FILE = "index.html";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:960px;margin:2em auto;\
            padding:0 1em;color:#222;line-height:1.45}
            h1{margin-bottom:.2em}.desc{color:#555;margin-top:0}
            .headline{font-size:1.25em;font-weight:600;margin:1em 0 .3em}
            table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{padding:.25em .8em;border-bottom:1px solid #ddd}
            th{text-align:left;background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .good{color:#007a55}.bad{color:#b33c00}
            img{max-width:100%;height:auto;border:1px solid #eee;margin:.5em 0}
            pre{background:#f7f7f7;padding:1em;overflow:auto}footer{color:#666;font-size:.9em;margin-top:2em}
            """;

    /** Rows of the KPI table. */
    private static final List<Metric> KPI_ROWS = List.of(Metric.CONTACTS, Metric.OPENS, Metric.CLICKS,
            Metric.CONVERSIONS, Metric.CONTACT_CONVERSIONS, Metric.REVENUE, Metric.MARGIN, Metric.CONTACT_COST,
            Metric.INCENTIVE_COST, Metric.PROFIT, Metric.UNSUBSCRIBES, Metric.OPT_OUTS, Metric.CHURNED, Metric.ACTIVE);

    private SimulationHtml() {}

    /** Writes {@link #FILE} into {@code dir}; {@code chartFiles} are file names in {@code dir}. */
    public static Path write(SimulationResult r, Scenario scenario, String scenarioYaml, List<String> chartFiles, Path dir)
            throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r, scenario, scenarioYaml, chartFiles), StandardCharsets.UTF_8);
        return file;
    }

    /** The page. {@code chartFiles} are file names relative to the page. */
    public static String render(SimulationResult r, Scenario scenario, String scenarioYaml, List<String> chartFiles) {
        StringBuilder h = new StringBuilder(16_384);
        String title = "campaignsim: " + r.scenarioName();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        if (scenario.description() != null && !scenario.description().isBlank()) {
            h.append("<p class=\"desc\">").append(esc(scenario.description())).append("</p>\n");
        }
        h.append("<p class=\"headline\">").append(esc(Headline.sentence(r))).append("</p>\n");
        h.append("<p>").append(esc(Headline.attribution(r))).append("</p>\n");

        kpiTable(h, r);
        ratesTable(h, Rates.of(r));
        segmentTable(h, r);

        if (!chartFiles.isEmpty()) {
            h.append("<h2>Charts</h2>\n");
            for (String f : chartFiles) {
                h.append("<p><img src=\"").append(esc(f)).append("\" alt=\"").append(esc(f.replaceFirst("\\.png$", "")
                        .replace('_', ' '))).append(" chart\" width=\"").append(SimulationCharts.WIDTH).append("\"></p>\n");
            }
        }

        h.append("<details>\n<summary>Scenario</summary>\n<pre>").append(esc(scenarioYaml)).append("</pre>\n</details>\n");
        h.append("<footer>Seed ").append(r.seed()).append(", replication ").append(r.replication())
                .append(" &middot; campaignsim ").append(esc(Version.current()))
                .append(" &middot; simulated in ").append(esc(Headline.elapsed(r.elapsedMillis())))
                .append(" &middot; numbers in <code>summary.json</code>, <code>daily.csv</code>, <code>segments.csv</code>, <code>send_time.csv</code>")
                .append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void kpiTable(StringBuilder h, SimulationResult r) {
        Kpis inc = r.incremental();
        h.append("<h2>Results</h2>\n<table>\n<tr><th>metric</th><th>policy</th><th>no contact</th><th>incremental</th></tr>\n");
        for (Metric m : KPI_ROWS) {
            h.append("<tr><td>").append(label(m)).append("</td>")
                    .append(cell(Numbers.display(r.total().get(m), m.isMoney()), 0))
                    .append(cell(Numbers.display(r.counterfactualTotal().get(m), m.isMoney()), 0))
                    .append(cell(Numbers.signed(inc.get(m), m.isMoney()), Direction.of(m).verdict(inc.get(m))))
                    .append("</tr>\n");
        }
        for (int c = 0; c < r.channels().size(); c++) {
            h.append("<tr><td>contacts on ").append(esc(r.channels().get(c))).append("</td>")
                    .append(cell(Numbers.display(r.total().contacts(c), false), 0))
                    .append(cell(Numbers.display(r.counterfactualTotal().contacts(c), false), 0))
                    .append(cell(Numbers.signed(inc.contacts(c), false), 0)).append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void ratesTable(StringBuilder h, Rates rates) {
        h.append("<h2>Rates</h2>\n<table>\n<tr><th>rate</th><th>value</th><th>definition</th></tr>\n");
        for (Rates.Rate rate : rates.list()) {
            String value = rate.key().equals("incremental_profit_per_contact")
                    ? Numbers.signed(rate.value(), true) : Numbers.percent(rate.value());
            h.append("<tr><td>").append(rate.key().replace('_', ' ')).append("</td>").append(cell(value, 0))
                    .append("<td>").append(esc(rate.definition())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void segmentTable(StringBuilder h, SimulationResult r) {
        h.append("<h2>Segments</h2>\n<table>\n<tr><th>segment</th><th>contacts</th><th>conversions</th>")
                .append("<th>no-contact conversions</th><th>incremental conversions</th><th>profit</th>")
                .append("<th>incremental profit</th><th>churned</th><th>active at end</th></tr>\n");
        for (int s = 0; s < r.segments().size(); s++) {
            Kpis k = r.segmentTotals().get(s);
            Kpis twin = r.counterfactualSegments().get(s);
            double incConversions = k.get(Metric.CONVERSIONS) - twin.get(Metric.CONVERSIONS);
            double incProfit = k.get(Metric.PROFIT) - twin.get(Metric.PROFIT);
            h.append("<tr><td>").append(esc(r.segments().get(s))).append("</td>")
                    .append(cell(Numbers.display(k.get(Metric.CONTACTS), false), 0))
                    .append(cell(Numbers.display(k.get(Metric.CONVERSIONS), false), 0))
                    .append(cell(Numbers.display(twin.get(Metric.CONVERSIONS), false), 0))
                    .append(cell(Numbers.signed(incConversions, false), Direction.HIGHER_IS_BETTER.verdict(incConversions)))
                    .append(cell(Numbers.display(k.get(Metric.PROFIT), true), 0))
                    .append(cell(Numbers.signed(incProfit, true), Direction.HIGHER_IS_BETTER.verdict(incProfit)))
                    .append(cell(Numbers.display(k.get(Metric.CHURNED), false), 0))
                    .append(cell(Numbers.display(k.get(Metric.ACTIVE), false), 0))
                    .append("</tr>\n");
        }
        h.append("</table>\n<p>Per segment and channel, with last-touch attribution: <code>segments.csv</code>.</p>\n");
    }

    private static String cell(String text, int verdict) {
        String cls = verdict > 0 ? "n good" : verdict < 0 ? "n bad" : "n";
        return "<td class=\"" + cls + "\">" + esc(text) + "</td>";
    }

    private static String label(Metric m) {
        return m == Metric.ACTIVE ? "active at end" : m == Metric.CONTACT_CONVERSIONS
                ? "contact conversions (last touch)" : m.key().replace('_', ' ');
    }

    private static String esc(String s) {
        return escapeHtml4(s == null ? "" : s);
    }
}
