package io.campaignsim.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The micro review section of the HTML reports, drawn from {@code breakdown.csv}: a heatmap of
 * true incremental profit by strategy and channel and by strategy and touchpoint (rule or journey
 * stage), the channel funnel (contacts, opens, clicks, conversions) as a table, and small
 * multiples, one bar chart a strategy with a shared scale, of incremental profit per channel and
 * per touchpoint. Means over replications. Self-contained HTML and inline SVG (no script), inserted
 * before the page's footer, so the page layout (owned elsewhere) needs one call.
 */
public final class MicroReviewHtml {

    /** CSS class of the section (styles are scoped under it). */
    public static final String SECTION_CLASS = "micro-review";

    private static final String CSS = "<style>\n"
            + "." + SECTION_CLASS + " table.heat td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
            + "." + SECTION_CLASS + " .scroll{overflow-x:auto;max-width:100%}\n"
            + "." + SECTION_CLASS + " .multiples{display:flex;flex-wrap:wrap;gap:1em}\n"
            + "." + SECTION_CLASS + " .multiples figure{margin:0;flex:0 1 420px}\n"
            + "." + SECTION_CLASS + " .multiples svg{width:100%;height:auto}\n"
            + "</style>\n";

    private static final String DEFAULT_LABEL = "policy";

    /** Mean value per (strategy, dimension, key, metric) over replications, in file order. */
    record Cells(List<String> strategies, Map<String, Set<String>> keys, Map<String, Double> mean) {

        double get(String strategy, String dimension, String key, String metric) {
            return mean.getOrDefault(strategy + '\u0000' + dimension + '\u0000' + key + '\u0000' + metric, Double.NaN);
        }
    }

    private MicroReviewHtml() {}

    /** Inserts the section built from {@code breakdownCsv} into {@code page} before its footer (or the end of the body). */
    public static void insertInto(Path page, Path breakdownCsv) throws IOException {
        if (!Files.isRegularFile(page) || !Files.isRegularFile(breakdownCsv)) {
            return;
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String section = section(Files.readString(breakdownCsv, StandardCharsets.UTF_8));
        Files.writeString(page, insert(html, section), StandardCharsets.UTF_8);
    }

    static String insert(String html, String section) {
        int at = html.lastIndexOf("<footer");
        if (at < 0) {
            at = html.lastIndexOf("</body>");
        }
        return at < 0 ? html + section : html.substring(0, at) + section + html.substring(at);
    }

    static Cells parse(String csv) {
        List<String> strategies = new ArrayList<>();
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        Map<String, double[]> sums = new LinkedHashMap<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv))) {
                String strategy = r.isMapped("strategy") ? r.get("strategy") : DEFAULT_LABEL;
                if (!strategies.contains(strategy)) {
                    strategies.add(strategy);
                }
                String dim = r.get("dimension");
                keys.computeIfAbsent(dim, d -> new LinkedHashSet<>()).add(r.get("key"));
                double[] s = sums.computeIfAbsent(strategy + '\u0000' + dim + '\u0000' + r.get("key") + '\u0000'
                        + r.get("metric"), k -> new double[2]);
                s[0] += Double.parseDouble(r.get("value"));
                s[1]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> mean = new LinkedHashMap<>();
        sums.forEach((k, v) -> mean.put(k, v[0] / v[1]));
        return new Cells(strategies, keys, mean);
    }

    /** The section's HTML for a breakdown.csv text (the simulate page's section, with its heading). */
    public static String section(String csv) {
        return "<section class=\"" + SECTION_CLASS + "\">\n<h2>Micro review: channels, rules and journey stages</h2>\n"
                + body(csv) + "</section>\n";
    }

    /** The micro review without heading, for a page that supplies its own (the compare page's tab). */
    public static String body(String csv) {
        Cells c = parse(csv);
        StringBuilder h = new StringBuilder();
        h.append("<div class=\"").append(SECTION_CLASS).append("\">\n").append(CSS);
        h.append("<p>True incremental profit (policy world minus its no-contact twin) of each customer, shared over the "
                + "channels and touchpoints that contacted the customer in proportion to their contacts; conversions are "
                + "purchases on the day of a seen contact (last touch). Means over replications; numbers in "
                + "<code>breakdown.csv</code>. How the allocation works: docs/statistics.md.</p>\n");
        List<String> channels = List.copyOf(c.keys().getOrDefault("channel", Set.of()));
        List<String> touchpoints = List.copyOf(c.keys().getOrDefault("touchpoint", Set.of()));
        heatmap(h, c, "channel", channels, "Incremental profit by channel");
        funnel(h, c, channels);
        if (!touchpoints.isEmpty()) {
            heatmap(h, c, "touchpoint", touchpoints, "Incremental profit by rule and journey stage");
            stages(h, c, touchpoints);
        }
        multiples(h, c, channels, touchpoints);
        h.append("</div>\n");
        return h.toString();
    }

    private static void heatmap(StringBuilder h, Cells c, String dim, List<String> keys, String title) {
        double max = 0;
        for (String s : c.strategies()) {
            for (String k : keys) {
                double v = c.get(s, dim, k, "incremental_profit");
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        h.append("<h3>").append(esc(title)).append("</h3>\n<div class=\"scroll\">\n<table class=\"heat\">\n<thead><tr>")
                .append("<th scope=\"col\">strategy</th>");
        keys.forEach(k -> h.append("<th scope=\"col\">").append(esc(k)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (String s : c.strategies()) {
            h.append("<tr><th scope=\"row\">").append(esc(s)).append("</th>");
            for (String k : keys) {
                double v = c.get(s, dim, k, "incremental_profit");
                h.append("<td class=\"n\" style=\"background:").append(colour(v, max)).append("\">")
                        .append(Double.isFinite(v) ? esc(Numbers.signedGrouped(v, 0)) : "").append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    /** Diverging white-to-green / white-to-red by |v| / max (colour-blind safe enough with the sign shown). */
    static String colour(double v, double max) {
        if (!Double.isFinite(v) || max == 0) {
            return "#ffffff";
        }
        double t = Math.min(1, Math.abs(v) / max);
        int[] to = v >= 0 ? new int[] {0x1b, 0x9e, 0x77} : new int[] {0xd9, 0x5f, 0x02};
        int r = (int) Math.round(255 + (to[0] - 255) * t * 0.6);
        int g = (int) Math.round(255 + (to[1] - 255) * t * 0.6);
        int b = (int) Math.round(255 + (to[2] - 255) * t * 0.6);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static void funnel(StringBuilder h, Cells c, List<String> channels) {
        List<String> metrics = List.of("contacts", "opens", "clicks", "conversions");
        h.append("<details>\n<summary>Channel funnel: contacts, opens, clicks, conversions</summary>\n")
                .append("<div class=\"scroll\">\n<table class=\"heat\">\n<thead><tr>")
                .append("<th scope=\"col\">strategy</th><th scope=\"col\">channel</th>");
        metrics.forEach(m -> h.append("<th scope=\"col\">").append(m).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (String s : c.strategies()) {
            for (String ch : channels) {
                if (!(c.get(s, "channel", ch, "contacts") > 0)) {
                    continue;
                }
                h.append("<tr><td>").append(esc(s)).append("</td><td>").append(esc(ch)).append("</td>");
                for (String m : metrics) {
                    h.append("<td class=\"n\">").append(esc(Numbers.grouped(c.get(s, "channel", ch, m), 0))).append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n</div>\n</details>\n");
    }

    private static void stages(StringBuilder h, Cells c, List<String> touchpoints) {
        List<String> metrics = List.of("contacts", "entries", "exits", "opted_out", "finished", "bought");
        h.append("<details>\n<summary>Rules and journey stages: contacts, entries, exits, opted out, finished, bought</summary>\n")
                .append("<div class=\"scroll\">\n<table class=\"heat\">\n<thead><tr>")
                .append("<th scope=\"col\">strategy</th><th scope=\"col\">touchpoint</th>");
        metrics.forEach(m -> h.append("<th scope=\"col\">").append(m).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (String s : c.strategies()) {
            for (String t : touchpoints) {
                h.append("<tr><td>").append(esc(s)).append("</td><td>").append(esc(t)).append("</td>");
                for (String m : metrics) {
                    double v = c.get(s, "touchpoint", t, m);
                    h.append("<td class=\"n\">").append(Double.isFinite(v) ? esc(Numbers.grouped(v, 0)) : "")
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n</div>\n</details>\n");
    }

    /** One horizontal bar chart a strategy, all on one scale, channels then touchpoints. */
    private static void multiples(StringBuilder h, Cells c, List<String> channels, List<String> touchpoints) {
        List<String[]> bars = new ArrayList<>();
        channels.forEach(k -> bars.add(new String[] {"channel", k}));
        touchpoints.forEach(k -> bars.add(new String[] {"touchpoint", k}));
        double max = 0;
        for (String s : c.strategies()) {
            for (String[] b : bars) {
                double v = c.get(s, b[0], b[1], "incremental_profit");
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        if (max == 0) {
            max = 1;
        }
        int rowH = 16;
        int labelW = 170;
        int plotW = 150;
        int width = labelW + 2 * plotW + 10;
        int height = rowH * bars.size() + 20;
        h.append("<h3>Incremental profit per strategy (small multiples, one scale)</h3>\n<div class=\"multiples\">\n");
        for (String s : c.strategies()) {
            h.append("<figure><svg viewBox=\"0 0 ").append(width).append(' ').append(height)
                    .append("\" role=\"img\" aria-label=\"incremental profit of ").append(esc(s))
                    .append(" by channel and touchpoint\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"11\">");
            int zero = labelW + plotW;
            h.append("<line x1=\"").append(zero).append("\" y1=\"0\" x2=\"").append(zero).append("\" y2=\"")
                    .append(height - 16).append("\" stroke=\"#999\"/>");
            for (int i = 0; i < bars.size(); i++) {
                String[] b = bars.get(i);
                double v = c.get(s, b[0], b[1], "incremental_profit");
                int y = i * rowH;
                h.append("<text x=\"").append(labelW - 4).append("\" y=\"").append(y + 11)
                        .append("\" text-anchor=\"end\">").append(esc(shorten(b[1]))).append("</text>");
                if (Double.isFinite(v)) {
                    double w = plotW * Math.abs(v) / max;
                    double x = v >= 0 ? zero : zero - w;
                    h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 3).append("\" width=\"")
                            .append(fmt(w)).append("\" height=\"").append(rowH - 5).append("\" fill=\"")
                            .append(v >= 0 ? "#1b9e77" : "#d95f02").append("\"><title>").append(esc(b[1])).append(": ")
                            .append(esc(Numbers.signedGrouped(v, 0))).append("</title></rect>");
                }
            }
            h.append("<text x=\"").append(zero).append("\" y=\"").append(height - 4).append("\" text-anchor=\"middle\">0 (scale ±")
                    .append(esc(Numbers.grouped(max, 0))).append(")</text>");
            h.append("</svg><figcaption>").append(esc(s)).append("</figcaption></figure>\n");
        }
        h.append("</div>\n");
    }

    private static String shorten(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return escapeHtml4(s);
    }
}
