package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Palette;
import io.campaignsim.report.compare.ComparisonCharts;
import io.campaignsim.stats.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look shared by the compare charts: size, Okabe-Ito colours (as the simulate charts), line
 * styles that keep more than eight lines apart, dashed bands, and the labels every chart uses.
 */
final class ChartStyle {

    /** Line styles for the first, second and third round through the palette, so more than 8 lines stay distinct. */
    static final BasicStroke[] STROKES = {
        new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 6f}, 0f),
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 5f}, 0f)};
    static final BasicStroke BAND = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    /** Opacity of band lines: visible, yet lighter than the means they surround. */
    private static final int BAND_ALPHA = 110;
    /** Tick labels for small per-customer figures and probabilities. */
    static final String FINE_DECIMALS = "0.####";

    private ChartStyle() {}

    static XYChart xy(String title, String xTitle, String yTitle, boolean logX) {
        XYChart chart = new XYChartBuilder().width(ComparisonCharts.WIDTH).height(ComparisonCharts.HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Palette.style(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE); // one entry a line: long names fit
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        return chart;
    }

    static CategoryChart category(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(ComparisonCharts.WIDTH).height(ComparisonCharts.HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Palette.style(chart.getStyler());
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setXAxisLabelRotation(30); // long strategy names would overlap side by side
        return chart;
    }

    // Legend labels carry figures and are long: beside the plot they would squeeze it and clip the title.
    static void legendBelow(XYChart chart) {
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    }

    static void style(XYSeries s, Color colour, BasicStroke stroke) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(stroke);
    }

    static Color colour(int i) {
        return Palette.color(i);
    }

    static BasicStroke stroke(int i) {
        return STROKES[(i / Palette.size()) % STROKES.length];
    }

    /** A strategy's series of {@code metric} by day, if it has one with data. */
    static Optional<Series> series(StrategySummary s, String metric) {
        return s.series().stream().filter(x -> x.metric().equals(metric) && !x.byDay().isEmpty()).findFirst();
    }

    // Mean as a solid line; the band bounds as thin dashed lines of the same colour, not in the legend.
    static void withBand(XYChart chart, String name, Series s, int index, boolean logTime) {
        List<Double> x = days(s.byDay().size(), logTime);
        Color colour = colour(index);
        style(chart.addSeries(name, x, values(s, Estimate::mean)), colour, stroke(index));
        Color light = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA);
        List<Double> low = values(s, Estimate::ciLow);
        List<Double> high = values(s, Estimate::ciHigh);
        if (low.stream().anyMatch(v -> v != null)) {
            XYSeries l = chart.addSeries(name + ComparisonCharts.BAND_SUFFIX + " low", x, low);
            XYSeries h = chart.addSeries(name + ComparisonCharts.BAND_SUFFIX + " high", x, high);
            style(l, light, BAND);
            style(h, light, BAND);
            l.setShowInLegend(false);
            h.setShowInLegend(false);
        }
    }

    private static List<Double> values(Series s, ToDoubleFunction<Estimate> f) {
        List<Double> out = new ArrayList<>();
        for (Estimate e : s.byDay()) {
            double v = f.applyAsDouble(e);
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }

    /** Day indices 0 … n-1, or 1 … n for a logarithmic axis. */
    static List<Double> days(int n, boolean fromOne) {
        List<Double> x = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            x.add((double) (fromOne ? d + 1 : d));
        }
        return x;
    }

    /** The values as a list, undefined ones as gaps (null). */
    static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }

    /** A strategy's name as the charts show it, the oracle marked. */
    static String label(StrategySummary s) {
        return s.isOracle() ? s.name() + " (oracle)" : s.name();
    }

    /** What uplift is measured against: the holdout strategy or the no-contact twin. */
    static String baseline(Comparison c) {
        return c.holdoutIsTwin() ? Comparison.TWIN : "holdout";
    }

    static String unit(CompareMetric m) {
        return m.isMoney() ? " (currency units)" : " (count)";
    }

    static String replications(int n) {
        return n + (n == 1 ? " replication" : " replications");
    }
}
