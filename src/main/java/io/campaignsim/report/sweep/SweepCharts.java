package io.campaignsim.report.sweep;

import io.campaignsim.compare.sweep.SweepPoint;
import io.campaignsim.compare.sweep.SweepResult;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Palette;
import io.campaignsim.scenario.SweepParameter;
import io.campaignsim.stats.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The response surface of the objective: for one parameter, the mean of each strategy at each value with
 * its 95 % CI band; for two parameters on levels, a heatmap per strategy (the best configuration's strategy
 * first) with the mean in every cell; otherwise (more parameters, or intervals) one chart per parameter of
 * its marginal response: at each value, the mean over the points having it, with a 95 % CI over the
 * replications. The oracle is left out: it is a yardstick, not a choice. Text values are placed at equal
 * steps in sorted order.
 */
public final class SweepCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    /** More lines than this would not be readable; the strategies are drawn in the sweep's order. */
    static final int MAX_LINES = 8;
    static final int MAX_HEATMAPS = 4;

    /** A drawn chart with its file stem and a caption for the page. */
    public record Named(String name, String caption, Chart<?, ?> chart) {}

    private SweepCharts() {}

    public static List<Named> draw(SweepResult r) {
        CompareMetric metric = r.analysis().objective();
        List<SweepParameter> ps = r.plan().parameters();
        List<Integer> strategies = new ArrayList<>();
        int bestStrategy = r.analysis().best().strategy();
        strategies.add(bestStrategy);
        for (int s = 0; s < r.plan().strategies().size() && strategies.size() < MAX_LINES; s++) {
            if (s != bestStrategy && !r.oracles().contains(s)) {
                strategies.add(s);
            }
        }
        List<Named> out = new ArrayList<>();
        if (ps.size() == 2 && !ps.get(0).continuous() && !ps.get(1).continuous()) {
            for (int k = 0; k < Math.min(MAX_HEATMAPS, strategies.size()); k++) {
                int s = strategies.get(k);
                out.add(new Named("response_heatmap_" + fileSafe(r.plan().strategies().get(s)),
                        "Mean " + metric.key() + " of strategy " + r.plan().strategies().get(s) + " at each combination of "
                                + ps.get(0).path() + " and " + ps.get(1).path() + " (blank: not in the design)",
                        heatmap(r, s, metric)));
            }
            return out;
        }
        for (int j = 0; j < ps.size(); j++) {
            String what = ps.size() == 1 ? "Mean " + metric.key() + " at each value of " + ps.get(j).path()
                    : "Marginal response: mean " + metric.key() + " over the points at each value of " + ps.get(j).path();
            out.add(new Named(ps.size() == 1 ? "response_line" : "response_marginal_" + (j + 1),
                    what + ", with its 95 % CI over replications (dashed). The band includes the variation between "
                            + "replications' populations, which every point shares; differences between points are "
                            + "paired and much more precise (the shortfall column above)", line(r, j, strategies, metric)));
        }
        return out;
    }

    public static List<Path> write(List<Named> charts, Path dir) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        List<Path> files = new ArrayList<>();
        for (Named n : charts) {
            Path f = dir.resolve(n.name() + ".png");
            try (OutputStream os = Files.newOutputStream(f)) {
                BitmapEncoder.saveBitmap(n.chart(), os, BitmapEncoder.BitmapFormat.PNG);
            }
            files.add(f);
        }
        return files;
    }

    private static XYChart line(SweepResult r, int j, List<Integer> strategies, CompareMetric metric) {
        SweepParameter p = r.plan().parameters().get(j);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title((r.plan().parameters().size() == 1 ? "" : "Marginal ") + metric.key() + " by " + p.path())
                .xAxisTitle(p.path()).yAxisTitle(metric.key() + " (mean of " + r.plan().replications() + " replications)")
                .build();
        Palette.style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        boolean numeric = true;
        List<SweepResult.Marginal> first = r.marginal(j, strategies.get(0), metric);
        for (SweepResult.Marginal m : first) {
            numeric &= SweepResult.number(m.level()) != null;
        }
        if (!numeric) {
            List<String> labels = first.stream().map(SweepResult.Marginal::level).toList();
            chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> {
                int i = (int) Math.round(x);
                return Math.abs(x - i) < 1e-9 && i >= 0 && i < labels.size() ? labels.get(i) : "";
            });
        }
        for (int k = 0; k < strategies.size(); k++) {
            int s = strategies.get(k);
            List<SweepResult.Marginal> ms = r.marginal(j, s, metric);
            double[] x = new double[ms.size()];
            double[] mean = new double[ms.size()];
            double[] lo = new double[ms.size()];
            double[] hi = new double[ms.size()];
            for (int i = 0; i < ms.size(); i++) {
                Estimate e = ms.get(i).estimate();
                x[i] = numeric ? SweepResult.number(ms.get(i).level()) : i;
                mean[i] = e.mean();
                lo[i] = e.hasInterval() ? e.ciLow() : e.mean();
                hi[i] = e.hasInterval() ? e.ciHigh() : e.mean();
            }
            Color c = Palette.color(k);
            String name = r.plan().strategies().get(s);
            XYSeries m = chart.addSeries(name, x, mean);
            m.setLineColor(c);
            m.setMarkerColor(c);
            m.setMarker(SeriesMarkers.CIRCLE);
            m.setLineStyle(new BasicStroke(2.5f));
            Color band = new Color(c.getRed(), c.getGreen(), c.getBlue(), 110);
            for (double[] edge : new double[][] {lo, hi}) {
                XYSeries b = chart.addSeries(name + (edge == lo ? " 95% CI low" : " 95% CI high"), x, edge);
                b.setLineColor(band);
                b.setMarker(SeriesMarkers.NONE);
                b.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
                b.setShowInLegend(false);
            }
        }
        return chart;
    }

    private static HeatMapChart heatmap(SweepResult r, int s, CompareMetric metric) {
        List<SweepParameter> ps = r.plan().parameters();
        List<String> xs = sorted(ps.get(0).levels());
        List<String> ys = sorted(ps.get(1).levels());
        List<Number[]> cells = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SweepPoint p : r.plan().points()) {
            double v = r.estimate(p.index(), s, metric).mean();
            cells.add(new Number[] {xs.indexOf(p.values().get(0)), ys.indexOf(p.values().get(1)), v});
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
                .title(metric.key() + " of " + r.plan().strategies().get(s) + " (mean of " + r.plan().replications()
                        + " replications)")
                .xAxisTitle(ps.get(0).path()).yAxisTitle(ps.get(1).path()).build();
        HeatMapStyler st = chart.getStyler();
        Palette.style(st);
        st.setPlotContentSize(1.0);
        st.setDrawBorder(true);
        st.setRangeColors(new Color[] {Color.WHITE, Palette.color(0)});
        st.setShowValue(true);
        st.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setValueFontColor(Color.BLACK);
        st.setHeatMapValueDecimalPattern("#,##0.#");
        // the legend prints its ends as they are: round them outwards to three significant digits
        double lo = new java.math.BigDecimal(min).round(new java.math.MathContext(3, java.math.RoundingMode.FLOOR))
                .doubleValue();
        double hi = new java.math.BigDecimal(max).round(new java.math.MathContext(3, java.math.RoundingMode.CEILING))
                .doubleValue();
        chart.addSeries(metric.key(), xs, ys, cells).setMin(lo).setMax(hi > lo ? hi : lo + 1);
        return chart;
    }

    private static List<String> sorted(List<String> levels) {
        List<String> out = new ArrayList<>(levels);
        out.sort(SweepResult::compareValues);
        return out;
    }

    static String fileSafe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return s.isEmpty() ? "strategy" : s;
    }
}
