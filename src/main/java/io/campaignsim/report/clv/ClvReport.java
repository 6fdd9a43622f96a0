package io.campaignsim.report.clv;

import io.campaignsim.ml.clv.ModelFit;
import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.campaignsim.data.clv.ClvResult;
import io.campaignsim.data.clv.CustomerScores;
import io.campaignsim.data.clv.CustomerSummary;
import io.campaignsim.data.clv.HoldoutComparison;
import io.campaignsim.report.Numbers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes the files of {@code clv}: {@code models.json}, {@code customers.csv}, and with a holdout
 * {@code holdout.csv}, {@code tracking.csv}, the tracking plot {@code tracking.png}, the
 * frequency-group chart {@code holdout-by-frequency.png}; and {@code index.html} showing them.
 */
public final class ClvReport {

    private static final Color ACTUAL = Color.BLACK;
    private static final Color BG = new Color(0x0072B2);
    private static final Color PNBD = new Color(0xD55E00);
    private static final Color GRID = Color.GRAY;

    private ClvReport() {}

    /** Writes every file into {@code dir}; returns them in the order written. */
    public static List<Path> write(ClvResult r, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(models(r, dir.resolve("models.json")));
        files.add(customers(r, dir.resolve("customers.csv")));
        if (r.holdout() != null) {
            files.add(groups(r.holdout(), dir.resolve("holdout.csv")));
            files.add(tracking(r.holdout(), dir.resolve("tracking.csv")));
            files.add(png(trackingChart(r), dir.resolve("tracking.png")));
            files.add(png(groupChart(r), dir.resolve("holdout-by-frequency.png")));
        }
        files.add(html(r, dir.resolve("index.html")));
        return files;
    }

    /** The models.json tree: run facts, each model's parameters with standard errors, log-likelihood, holdout totals. */
    public static Map<String, Object> modelsJson(ClvResult r) {
        CustomerSummary s = r.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.file());
        m.put("period", s.period().label());
        m.put("calibration_end", s.calibrationEnd().toString());
        m.put("holdout_end", s.holdoutEnd() == null ? null : s.holdoutEnd().toString());
        m.put("customers", s.size());
        m.put("repeat_buyers", s.repeatBuyers());
        m.put("horizon_periods", r.options().horizon());
        m.put("annual_discount_rate", r.options().discountRate());
        List<Object> models = new ArrayList<>();
        for (ModelFit f : r.fits()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("model", f.model());
            x.put("converged", f.converged());
            x.put("observations", f.observations());
            x.put("evaluations", f.evaluations());
            if (f.converged()) {
                Map<String, Object> params = new LinkedHashMap<>();
                for (String name : f.names()) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("estimate", f.estimate(name));
                    p.put("standard_error", finite(f.standardError(name)));
                    params.put(name, p);
                }
                x.put("parameters", params);
                x.put("log_likelihood", f.logLikelihood());
            } else {
                x.put("parameters", null);
                x.put("last_log_likelihood", f.logLikelihood());
            }
            x.put("note", f.note());
            models.add(x);
        }
        m.put("models", models);
        if (r.holdout() != null) {
            HoldoutComparison h = r.holdout();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("length_periods", h.length());
            x.put("actual_repeat_transactions", h.actual());
            x.put("predicted_bg_nbd", finite(h.bgNbd()));
            x.put("predicted_pareto_nbd", finite(h.paretoNbd()));
            m.put("holdout", x);
        }
        m.put("spend_frequency_correlation", finite(r.spendFrequencyCorrelation()));
        m.put("notes", r.notes());
        return m;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Path models(ClvResult r, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), modelsJson(r));
        return file;
    }

    private static CSVPrinter csv(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get());
    }

    private static Path customers(ClvResult r, Path file) throws IOException {
        CustomerSummary s = r.summary();
        CustomerScores c = r.scores();
        boolean hold = s.hasHoldout();
        boolean spend = s.hasAmount();
        List<String> header = new ArrayList<>(List.of("customer", "first_purchase", "frequency", "recency", "T"));
        if (spend) {
            header.add("mean_repeat_spend");
        }
        if (hold) {
            header.addAll(List.of("holdout_purchases", "predicted_holdout_bgnbd", "predicted_holdout_paretonbd"));
            if (spend) {
                header.add("holdout_spend");
            }
        }
        header.addAll(List.of("p_alive_bgnbd", "p_alive_paretonbd", "expected_purchases_bgnbd",
                "expected_purchases_paretonbd"));
        if (spend) {
            header.addAll(List.of("expected_spend", "clv_bgnbd", "clv_paretonbd"));
        }
        try (CSVPrinter p = csv(file, header)) {
            List<String> row = new ArrayList<>(header.size());
            for (int i = 0; i < s.size(); i++) {
                row.clear();
                row.add(s.id(i));
                row.add(s.firstPurchase(i).toString());
                row.add(Integer.toString(s.frequency(i)));
                row.add(Numbers.significantText(s.recency(i)));
                row.add(Numbers.significantText(s.age(i)));
                if (spend) {
                    row.add(Numbers.significantText(s.meanSpend(i)));
                }
                if (hold) {
                    row.add(Integer.toString(s.holdoutPurchases(i)));
                    row.add(Numbers.significantText(c.holdoutBgNbd()[i]));
                    row.add(Numbers.significantText(c.holdoutParetoNbd()[i]));
                    if (spend) {
                        row.add(Numbers.significantText(s.holdoutSpend(i)));
                    }
                }
                row.add(Numbers.significantText(c.aliveBgNbd()[i]));
                row.add(Numbers.significantText(c.aliveParetoNbd()[i]));
                row.add(Numbers.significantText(c.purchasesBgNbd()[i]));
                row.add(Numbers.significantText(c.purchasesParetoNbd()[i]));
                if (spend) {
                    row.add(Numbers.significantText(c.expectedSpend()[i]));
                    row.add(Numbers.significantText(c.clvBgNbd()[i]));
                    row.add(Numbers.significantText(c.clvParetoNbd()[i]));
                }
                p.printRecord(row);
            }
        }
        return file;
    }

    private static Path groups(HoldoutComparison h, Path file) throws IOException {
        try (CSVPrinter p = csv(file, List.of("calibration_frequency", "customers", "actual_mean", "bgnbd_mean",
                "paretonbd_mean"))) {
            for (HoldoutComparison.FrequencyGroup g : h.groups()) {
                p.printRecord(g.label(), g.customers(), Numbers.significantText(g.actual()), Numbers.significantText(g.bgNbd()),
                        Numbers.significantText(g.paretoNbd()));
            }
            p.printRecord("all", h.groups().stream().mapToInt(HoldoutComparison.FrequencyGroup::customers).sum(),
                    Numbers.significantText(h.actual()), Numbers.significantText(h.bgNbd()), Numbers.significantText(h.paretoNbd()));
        }
        return file;
    }

    private static Path tracking(HoldoutComparison h, Path file) throws IOException {
        try (CSVPrinter p = csv(file, List.of("week", "week_end", "period", "actual_cumulative", "bgnbd_cumulative",
                "paretonbd_cumulative"))) {
            for (HoldoutComparison.WeekPoint w : h.weeks()) {
                p.printRecord(w.week(), w.end(), w.week() <= h.calibrationWeeks() ? "calibration" : "holdout",
                        Numbers.significantText(w.actual()), Numbers.significantText(w.bgNbd()), Numbers.significantText(w.paretoNbd()));
            }
        }
        return file;
    }

    private static XYChart style(XYChart chart) {
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        return chart;
    }

    private static void line(XYSeries s, Color c, boolean dashed) {
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(c);
        s.setLineStyle(dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {8f, 6f}, 0f) : new BasicStroke(2.5f));
    }

    static XYChart trackingChart(ClvResult r) {
        HoldoutComparison h = r.holdout();
        XYChart chart = style(new XYChartBuilder().width(900).height(500)
                .title("Tracking: cumulative repeat transactions, actual vs expected")
                .xAxisTitle("week since " + r.summary().start()).yAxisTitle("cumulative repeat transactions").build());
        int n = h.weeks().size();
        double[] week = new double[n];
        double[] actual = new double[n];
        double[] bg = new double[n];
        double[] pn = new double[n];
        double top = 0;
        for (int i = 0; i < n; i++) {
            HoldoutComparison.WeekPoint w = h.weeks().get(i);
            week[i] = w.week();
            actual[i] = w.actual();
            bg[i] = w.bgNbd();
            pn[i] = w.paretoNbd();
            top = Math.max(top, Math.max(actual[i], Math.max(finiteOr0(bg[i]), finiteOr0(pn[i]))));
        }
        line(chart.addSeries("actual", week, actual), ACTUAL, false);
        if (r.bgNbd().converged()) {
            line(chart.addSeries("BG/NBD", week, bg), BG, true);
        }
        if (r.paretoNbd().converged()) {
            line(chart.addSeries("Pareto/NBD", week, pn), PNBD, true);
        }
        double cal = h.calibrationWeeks();
        XYSeries split = chart.addSeries("calibration end", new double[] {cal, cal}, new double[] {0, top});
        split.setMarker(SeriesMarkers.NONE);
        split.setLineColor(GRID);
        split.setLineStyle(new BasicStroke(1f));
        return chart;
    }

    static XYChart groupChart(ClvResult r) {
        HoldoutComparison h = r.holdout();
        XYChart chart = style(new XYChartBuilder().width(900).height(500)
                .title("Holdout: mean repeat transactions by calibration frequency (last point: "
                        + h.groups().get(h.groups().size() - 1).label() + ")")
                .xAxisTitle("repeat transactions in the calibration period")
                .yAxisTitle("mean repeat transactions in the holdout").build());
        int n = h.groups().size();
        double[] x = new double[n];
        double[] actual = new double[n];
        double[] bg = new double[n];
        double[] pn = new double[n];
        for (int i = 0; i < n; i++) {
            HoldoutComparison.FrequencyGroup g = h.groups().get(i);
            x[i] = Double.parseDouble(g.label().replace("+", ""));
            actual[i] = g.actual();
            bg[i] = g.bgNbd();
            pn[i] = g.paretoNbd();
        }
        XYSeries a = chart.addSeries("actual", x, actual);
        a.setLineColor(ACTUAL);
        a.setMarkerColor(ACTUAL);
        a.setMarker(SeriesMarkers.CIRCLE);
        if (r.bgNbd().converged()) {
            XYSeries s = chart.addSeries("BG/NBD", x, bg);
            line(s, BG, true);
            s.setMarker(SeriesMarkers.SQUARE);
            s.setMarkerColor(BG);
        }
        if (r.paretoNbd().converged()) {
            XYSeries s = chart.addSeries("Pareto/NBD", x, pn);
            line(s, PNBD, true);
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setMarkerColor(PNBD);
        }
        return chart;
    }

    private static double finiteOr0(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static Path png(XYChart chart, Path file) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, os, BitmapEncoder.BitmapFormat.PNG);
        }
        return file;
    }

    private static Path html(ClvResult r, Path file) throws IOException {
        CustomerSummary s = r.summary();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>clv ")
                .append(e(Path.of(s.file()).getFileName().toString())).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{padding:4px 10px;border-bottom:1px solid #ddd;")
                .append("text-align:right}td:first-child,th:first-child{text-align:left}")
                .append(".note{background:#fff6e0;padding:6px 10px;border-left:4px solid #e69f00}</style></head><body>\n");
        b.append("<h1>Customer lifetime value: ").append(e(s.file())).append("</h1>\n<p>")
                .append(e(ClvTable.facts(r))).append("</p>\n");
        for (String n : r.notes()) {
            b.append("<p class=\"note\">").append(e(n)).append("</p>\n");
        }
        b.append("<h2>Models</h2>\n<p>Maximum-likelihood estimates with asymptotic standard errors (from the "
                + "Hessian of the log-likelihood); time in ").append(e(s.period().label())).append("s.</p>\n")
                .append("<table><tr><th>model</th><th>parameter</th><th>estimate</th><th>standard error</th>"
                        + "<th>log-likelihood</th></tr>\n");
        for (ModelFit f : r.fits()) {
            if (!f.converged()) {
                b.append("<tr><td>").append(e(f.model())).append("</td><td colspan=\"4\" style=\"text-align:left\">")
                        .append(e(f.note())).append("</td></tr>\n");
                continue;
            }
            for (int i = 0; i < f.names().size(); i++) {
                b.append("<tr><td>").append(i == 0 ? e(f.model()) : "").append("</td><td>").append(e(f.names().get(i)))
                        .append("</td><td>").append(ClvTable.number(f.estimates()[i])).append("</td><td>")
                        .append(ClvTable.number(f.standardErrors()[i])).append("</td><td>")
                        .append(i == 0 ? Numbers.fixed(f.logLikelihood(), 2) : "").append("</td></tr>\n");
            }
        }
        b.append("</table>\n");
        if (r.holdout() != null) {
            HoldoutComparison h = r.holdout();
            b.append("<h2>Holdout</h2>\n<p>Repeat transactions in the holdout (").append(Numbers.fixed(h.length(), 2))
                    .append(" ").append(e(s.period().label())).append("s): actual ").append(Numbers.fixed(h.actual(), 0))
                    .append(", BG/NBD ").append(Numbers.fixed(h.bgNbd(), 1)).append(", Pareto/NBD ")
                    .append(Numbers.fixed(h.paretoNbd(), 1)).append(". By calibration frequency in ")
                    .append("<a href=\"holdout.csv\">holdout.csv</a>, by week in <a href=\"tracking.csv\">tracking.csv</a>.</p>\n")
                    .append("<p><img src=\"tracking.png\" alt=\"tracking plot\" width=\"900\"></p>\n")
                    .append("<p><img src=\"holdout-by-frequency.png\" alt=\"holdout by frequency\" width=\"900\"></p>\n");
        }
        b.append("<p>Per customer: <a href=\"customers.csv\">customers.csv</a>; parameters: "
                + "<a href=\"models.json\">models.json</a>.</p>\n</body></html>\n");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    private static String e(String s) {
        return escapeHtml4(s == null ? "" : s);
    }
}
