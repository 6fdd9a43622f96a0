package io.campaignsim.report.analyze;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.campaignsim.data.AnalyzeResult;
import io.campaignsim.data.ArmAnalysis;
import io.campaignsim.data.ArmStat;
import io.campaignsim.data.Effect;
import io.campaignsim.data.SegmentFamilies;
import io.campaignsim.data.UpliftResult;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Curve;
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
import java.util.Locale;
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
 * Writes the files of {@code analyze}: {@code arms.csv}, {@code effects.csv}, {@code uplift.csv},
 * {@code qini.csv}, one Qini chart per (outcome, treated arm) {@code qini-<outcome>-<arm>.png}
 * and {@code index.html} that shows them (relative links, so the folder can be moved). In
 * {@code effects.csv} each p-value is also given Holm-adjusted across the segments of its arm and
 * outcome ({@code p_value_holm}, with the family's size {@code holm_family}; see {@link SegmentFamilies}).
 */
public final class AnalyzeReport {

    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), Color.GRAY};

    private AnalyzeReport() {}

    /** Writes every file into {@code dir}; returns them in the order written. */
    public static List<Path> write(AnalyzeResult r, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(arms(r, dir.resolve("arms.csv")));
        files.add(effects(r, dir.resolve("effects.csv")));
        files.add(uplift(r, dir.resolve("uplift.csv")));
        files.add(qini(r, dir.resolve("qini.csv")));
        Map<String, Path> charts = charts(r, dir);
        files.addAll(charts.values());
        files.add(html(r, charts, dir.resolve("index.html")));
        return files;
    }

    private static CSVPrinter csv(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get());
    }

    private static Path arms(AnalyzeResult r, Path file) throws IOException {
        try (CSVPrinter p = csv(file, "scope", "outcome", "arm", "n", "statistic", "value", "ci_low", "ci_high")) {
            for (ArmStat a : r.armStats()) {
                p.printRecord(a.scope(), a.outcome(), a.arm(), a.n(), a.binary() ? "rate" : "mean", Numbers.significantText(a.value()),
                        Numbers.significantText(a.ciLow()), Numbers.significantText(a.ciHigh()));
            }
        }
        return file;
    }

    private static Path effects(AnalyzeResult r, Path file) throws IOException {
        try (CSVPrinter p = csv(file, "scope", "outcome", "arm", "control", "n", "n_control", "value", "control_value",
                "effect", "ci_low", "ci_high", "relative", "relative_ci_low", "relative_ci_high", "p_value", "test",
                "p_value_holm", "holm_family")) {
            List<SegmentFamilies.Adjusted> adjusted = SegmentFamilies.adjust(r.effects());
            for (int i = 0; i < r.effects().size(); i++) {
                Effect e = r.effects().get(i);
                SegmentFamilies.Adjusted a = adjusted.get(i);
                p.printRecord(e.scope(), e.outcome(), e.arm(), e.control(), e.n(), e.nControl(), Numbers.significantText(e.value()),
                        Numbers.significantText(e.controlValue()), Numbers.significantText(e.effect()), Numbers.significantText(e.ciLow()), Numbers.significantText(e.ciHigh()),
                        Numbers.significantText(e.relative()), bound(e.relativeLow()), bound(e.relativeHigh()),
                        Numbers.significantText(e.pValue()), e.test(), Numbers.significantText(a.pAdjusted()), a.family());
            }
        }
        return file;
    }

    private static Path uplift(AnalyzeResult r, Path file) throws IOException {
        try (CSVPrinter p = csv(file, "outcome", "model", "arm", "n", "qini_area_per_customer", "qini_normalised", "auuc",
                "uplift_at_10", "uplift_at_30")) {
            for (UpliftResult u : r.uplift()) {
                p.printRecord(u.outcome(), u.model(), u.arm(), u.n(), Numbers.significantText(u.qini()), Numbers.significantText(u.normalisedQini()),
                        Numbers.significantText(u.auuc()), Numbers.significantText(u.upliftAt10()), Numbers.significantText(u.upliftAt30()));
            }
        }
        return file;
    }

    private static Path qini(AnalyzeResult r, Path file) throws IOException {
        try (CSVPrinter p = csv(file, "outcome", "model", "arm", "fraction", "qini", "random")) {
            for (UpliftResult u : r.uplift()) {
                Curve c = u.qiniCurve();
                for (int i = 0; i < c.size(); i++) {
                    p.printRecord(u.outcome(), u.model(), u.arm(), Numbers.significantText(c.fractionAt(i)), Numbers.significantText(c.valueAt(i)),
                            Numbers.significantText(u.randomCurve().valueAt(i)));
                }
            }
        }
        return file;
    }

    /** One chart per (outcome, arm), keyed by "outcome|arm". */
    private static Map<String, Path> charts(AnalyzeResult r, Path dir) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // no display needed, and none on servers
        }
        Map<String, List<UpliftResult>> groups = new LinkedHashMap<>();
        for (UpliftResult u : r.uplift()) {
            groups.computeIfAbsent(u.outcome() + "|" + u.arm(), k -> new ArrayList<>()).add(u);
        }
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<UpliftResult>> g : groups.entrySet()) {
            UpliftResult first = g.getValue().get(0);
            Path file = dir.resolve("qini-" + slug(first.outcome()) + "-" + slug(first.arm()) + ".png");
            try (OutputStream os = Files.newOutputStream(file)) {
                BitmapEncoder.saveBitmap(chart(first.outcome(), first.arm(), r.control(), g.getValue()), os,
                        BitmapEncoder.BitmapFormat.PNG);
            }
            files.put(g.getKey(), file);
        }
        return files;
    }

    private static XYChart chart(String outcome, String arm, String control, List<UpliftResult> models) {
        XYChart chart = new XYChartBuilder().width(900).height(500)
                .title("Qini curve: " + outcome + ", " + arm + " vs " + control + " (out-of-fold)")
                .xAxisTitle("share of customers targeted, by predicted uplift")
                .yAxisTitle("incremental " + outcome).build();
        Styler s = chart.getStyler();
        s.setSeriesColors(PALETTE.clone());
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        for (UpliftResult u : models) {
            XYSeries series = chart.addSeries(u.model(), u.qiniCurve().fraction(), u.qiniCurve().value());
            series.setMarker(SeriesMarkers.NONE);
            series.setLineStyle(new BasicStroke(2.5f));
        }
        XYSeries random = chart.addSeries("random targeting", models.get(0).randomCurve().fraction(),
                models.get(0).randomCurve().value());
        random.setMarker(SeriesMarkers.NONE);
        random.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {8f, 6f}, 0f));
        return chart;
    }

    static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return out.isEmpty() ? "x" : out;
    }

    private static Path html(AnalyzeResult r, Map<String, Path> charts, Path file) throws IOException {
        Files.writeString(file, AnalyzeHtml.render(r, charts.values().stream().map(c -> c.getFileName().toString()).toList()),
                StandardCharsets.UTF_8);
        return file;
    }

    private static String e(String s) {
        return escapeHtml4(s == null ? "" : s);
    }

    /** A bound of Fieller's relative interval: "unbounded" when the set is unbounded, never a number. */
    private static String bound(double v) {
        return Double.isInfinite(v) ? "unbounded" : Numbers.significantText(v);
    }
}
