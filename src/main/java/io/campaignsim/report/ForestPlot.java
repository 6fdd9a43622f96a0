package io.campaignsim.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A forest plot (one row per effect: a dot at the estimate, a line over its interval, a line at
 * zero) drawn in HTML and CSS, not as an image: labels and values are text in grid cells, so
 * they wrap instead of overlapping or being clipped, stay readable at phone width, and can be
 * selected and searched. Positions are percentages of the track, so it scales with the page.
 * Used for the uplift of {@code compare} and the effects of {@code analyze}.
 */
public final class ForestPlot {

    /**
     * The CSS the plot needs; include it once in the page. Columns have fixed widths, so every row's
     * track has the same width and the rows share one axis. Below 640 px each row puts its label and
     * value on one line and the full-width track under them.
     */
    public static final String CSS = """
            .forest{margin:.5em 0 1em}.fp-row{display:grid;grid-template-columns:12em minmax(6em,1fr) 18em;\
            gap:.2em .8em;align-items:center;padding:.15em 0}
            .fp-label{grid-area:1/1;overflow-wrap:anywhere}
            .fp-value{grid-area:1/3;font-variant-numeric:tabular-nums;text-align:right;font-size:.9em}
            .fp-track{grid-area:1/2;display:block;position:relative;height:1.3em}
            .fp-zero{position:absolute;top:-.2em;bottom:-.2em;border-left:1px dashed #777}
            .fp-ci{position:absolute;top:.6em;height:2px;background:#0072B2}
            .fp-dot{position:absolute;top:.3em;width:.7em;height:.7em;margin-left:-.35em;border-radius:50%;background:#0072B2}
            .fp-row.fp-muted .fp-ci,.fp-row.fp-muted .fp-dot{background:#999}
            .fp-row.fp-strong .fp-label{font-weight:600}.fp-row.fp-strong .fp-ci,.fp-row.fp-strong .fp-dot{background:#009E73}
            .fp-axis .fp-track{height:1.4em;border-top:1px solid #bbb}
            .fp-tick{position:absolute;top:.15em;transform:translateX(-50%);font-size:.8em;color:#555;white-space:nowrap}
            .fp-tick.fp-first{transform:none}.fp-tick.fp-last{transform:translateX(-100%)}
            @media (max-width:640px){.fp-row{grid-template-columns:minmax(0,1fr) auto}.fp-value{grid-area:1/2}
            .fp-track{grid-area:2/1/3/3}.fp-axis .fp-label,.fp-axis .fp-value{display:none}.fp-axis .fp-track{grid-area:1/1/2/3}}
            """;

    /** How a row is drawn: normal, emphasised (the winner) or muted (a yardstick such as the oracle). */
    public enum Emphasis { NORMAL, STRONG, MUTED }

    /** One row: the estimate, its interval (NaN bounds: no line), and the text shown beside it. */
    public record Row(String label, double estimate, double low, double high, String value, Emphasis emphasis) {}

    private ForestPlot() {}

    /**
     * The horizontal scale of a plot: [lo, hi] covers every finite value given and 0, widened to
     * round tick values.
     */
    public record Scale(double lo, double hi, double[] ticks) {

        public Scale {
            ticks = ticks.clone();
        }

        /** The scale of the values (NaN ignored); empty when none is finite. */
        public static java.util.Optional<Scale> of(double... values) {
            double lo = 0;
            double hi = 0;
            boolean any = false;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    any = true;
                }
            }
            if (!any) {
                return java.util.Optional.empty();
            }
            double[] t = ForestPlot.ticks(lo, hi, 3);
            lo = Math.min(lo, t[0]);
            hi = Math.max(hi, t[t.length - 1]);
            return java.util.Optional.of(new Scale(lo, hi == lo ? lo + 1 : hi, t));
        }

        /** {@code v}'s position as a percentage of the track, as text for a style attribute. */
        String at(double v) {
            return fmt(100 * (v - lo) / (hi - lo));
        }
    }

    /** The inner spans of one row's track: the zero line, the interval (when defined) and the dot. */
    public static String track(Scale scale, double estimate, double low, double high) {
        StringBuilder h = new StringBuilder("<span class=\"fp-zero\" style=\"left:").append(scale.at(0)).append("%\"></span>");
        if (Double.isFinite(low) && Double.isFinite(high)) {
            double a = Double.parseDouble(scale.at(low));
            double b = Double.parseDouble(scale.at(high));
            h.append("<span class=\"fp-ci\" style=\"left:").append(fmt(a)).append("%;width:").append(fmt(Math.max(b - a, 0.2)))
                    .append("%\"></span>");
        }
        if (Double.isFinite(estimate)) {
            h.append("<span class=\"fp-dot\" style=\"left:").append(scale.at(estimate)).append("%\"></span>");
        }
        return h.toString();
    }

    /** The tick labels of an axis track. */
    public static String axis(Scale scale, java.util.function.DoubleFunction<String> tickFormat) {
        StringBuilder h = new StringBuilder();
        double[] ticks = scale.ticks();
        for (int i = 0; i < ticks.length; i++) {
            String edge = i == 0 ? " fp-first" : i == ticks.length - 1 ? " fp-last" : "";
            h.append("<span class=\"fp-tick").append(edge).append("\" style=\"left:").append(scale.at(ticks[i]))
                    .append("%\">").append(esc(tickFormat.apply(ticks[i]))).append("</span>");
        }
        return h.toString();
    }

    /**
     * The plot as one {@code <figure>}, or "" when no row has a finite estimate.
     *
     * @param caption what the plot shows (also its accessible name)
     * @param tickFormat how tick values are written (e.g. a signed compact number or a percentage)
     */
    public static String html(List<Row> rows, String caption, java.util.function.DoubleFunction<String> tickFormat) {
        double[] all = rows.stream().flatMapToDouble(r -> java.util.stream.DoubleStream.of(r.estimate(), r.low(), r.high()))
                .toArray();
        if (rows.stream().noneMatch(r -> Double.isFinite(r.estimate()))) {
            return "";
        }
        Scale scale = Scale.of(all).orElseThrow();
        StringBuilder h = new StringBuilder("<figure class=\"forest\" role=\"group\" aria-label=\"").append(esc(caption))
                .append("\">\n");
        for (Row r : rows) {
            h.append("<div class=\"").append(rowClass(r.emphasis())).append("\"><span class=\"fp-label\">")
                    .append(esc(r.label())).append("</span><span class=\"fp-value\">").append(esc(r.value()))
                    .append("</span><span class=\"fp-track\">").append(track(scale, r.estimate(), r.low(), r.high()))
                    .append("</span></div>\n");
        }
        h.append("<div class=\"fp-row fp-axis\" aria-hidden=\"true\"><span class=\"fp-label\"></span>"
                + "<span class=\"fp-value\"></span><span class=\"fp-track\">").append(axis(scale, tickFormat))
                .append("</span></div>\n<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
        return h.toString();
    }

    /** The CSS classes of a row with that emphasis. */
    public static String rowClass(Emphasis e) {
        return switch (e) {
            case NORMAL -> "fp-row";
            case STRONG -> "fp-row fp-strong";
            case MUTED -> "fp-row fp-muted";
        };
    }

    /**
     * At most {@code target} + 1 round tick values (1, 2 or 5 times a power of ten apart, the
     * finest that gives no more) that cover [lo, hi]; 0 is one of them when the range holds it.
     */
    static double[] ticks(double lo, double hi, int target) {
        if (hi <= lo) {
            return new double[] {lo};
        }
        double mag = Math.pow(10, Math.floor(Math.log10((hi - lo) / target)));
        double step = 10 * mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (Math.ceil(hi / (m * mag) - 1e-9) - Math.floor(lo / (m * mag) + 1e-9) <= target) {
                step = m * mag;
                break;
            }
        }
        double first = Math.floor(lo / step + 1e-9) * step;
        double last = Math.ceil(hi / step - 1e-9) * step;
        List<Double> out = new ArrayList<>();
        for (int i = 0; first + i * step <= last + step / 2; i++) {
            double t = first + i * step;
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(Math.round(v * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private static String esc(String s) {
        return escapeHtml4(s);
    }

    /** A tick format for plain numbers: short and signed, e.g. "+5k", "+1.5M", "-0.5", "0". */
    public static String signedCompact(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String sign = v > 0 ? "+" : "-";
        if (a >= 1e6) {
            return sign + BigDecimal.valueOf(a / 1e6).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + "M";
        }
        if (a >= 1e3) {
            return sign + BigDecimal.valueOf(a / 1e3).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + "k";
        }
        return Numbers.compactSigned(v);
    }

    /** A tick format for shares: a signed percentage without decimals when they are not needed. */
    public static String signedPercent(double v) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%+.2f", 100 * v).replaceAll("\\.?0+$", "");
        return s + " %";
    }
}
