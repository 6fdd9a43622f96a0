package io.campaignsim.report.sim;

import io.campaignsim.core.ChartName;
import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.Palette;
import java.awt.BasicStroke;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of one simulation, as PNG files: {@code conversions.png}, {@code profit.png},
 * {@code contacts_by_channel.png}, and the heatmaps {@code send_time.png} and {@code segments.png}. Colours are the Okabe-Ito palette, which stays distinct under
 * the common colour-vision deficiencies; the no-contact twin is also dashed, so it does not rely on
 * colour at all.
 */
public final class SimulationCharts {

    /** Chart names, as listed in {@code report.charts} (the shared vocabulary {@link ChartName}). */
    public static final String CONVERSIONS = ChartName.CONVERSIONS.key();
    public static final String PROFIT = ChartName.PROFIT.key();
    public static final String CONTACTS_BY_CHANNEL = ChartName.CONTACTS_BY_CHANNEL.key();
    /** Heatmaps (see {@link SimulationHeatmaps}); their files are {@code send_time.png} and {@code segments.png}. */
    public static final String SEND_TIME_HEATMAP = ChartName.SEND_TIME_HEATMAP.key();
    public static final String SEGMENT_HEATMAP = ChartName.SEGMENT_HEATMAP.key();

    /** Series names, as shown in the legends. */
    public static final String POLICY = "policy";
    public static final String NO_CONTACT = "no contact";
    public static final String INCREMENTAL = "incremental (policy - no contact)";

    private static final BasicStroke SOLID = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {10f, 6f}, 0f);

    static final int WIDTH = 900;
    static final int HEIGHT = 500;

    /** Okabe-Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black. */

    private SimulationCharts() {}

    /**
     * Writes the charts named in {@code wanted} that this result can draw (others are ignored; they
     * belong to other commands), as {@code <file stem>.png} into {@code dir} (see {@link #fileStem}).
     *
     * @return the files written, in the order of {@link #builders}
     */
    public static List<Path> write(SimulationResult r, List<String> wanted, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : planned(r, wanted)) {
            files.add(write(r, name, dir));
        }
        return files;
    }

    /**
     * The charts of {@code wanted} that {@link #write(SimulationResult, List, Path)} would write for
     * this result, in its order: known before any is drawn, so that they can be drawn in parallel.
     */
    public static List<String> planned(SimulationResult r, List<String> wanted) {
        if (r.days() == 0 || r.daily().isEmpty()) {
            return List.of(); // nothing to plot
        }
        return builders().keySet().stream().filter(wanted::contains).toList();
    }

    /**
     * Draws one chart of {@link #builders} and writes it as {@code <file stem>.png} into {@code dir}.
     * Each call builds its own chart and image, so calls for different charts may run at once.
     */
    public static Path write(SimulationResult r, String chartName, Path dir) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // no display needed, and none on servers
        }
        Function<SimulationResult, Chart<?, ?>> builder = builders().get(chartName);
        if (builder == null) {
            throw new IllegalArgumentException("no simulation chart named " + chartName);
        }
        Path file = dir.resolve(fileStem(chartName) + ".png");
        try (OutputStream os = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(builder.apply(r), os, BitmapEncoder.BitmapFormat.PNG);
        }
        return file;
    }

    /**
     * Starts, on a daemon thread, one small throw-away chart drawn and PNG-encoded to nowhere, so that
     * the JVM loads and initialises Java2D, the fonts, XChart and the PNG writer (about 0.3 s of CPU
     * the first time) while the caller still does single-threaded work, such as reading the
     * scenario, instead of when the report is due. Writes nothing, changes no chart's bytes (drawing
     * depends on no cache state), and a failure is ignored: the real charts then meet it themselves.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                if (System.getProperty("java.awt.headless") == null) {
                    System.setProperty("java.awt.headless", "true");
                }
                XYChart chart = new XYChartBuilder().width(160).height(100).title("warm-up").xAxisTitle("x")
                        .yAxisTitle("y").build();
                Palette.style(chart.getStyler());
                line(chart, POLICY, new double[] {0, 1, 2}, new double[] {1, 3, 2}, false);
                line(chart, NO_CONTACT, new double[] {0, 1, 2}, new double[] {2, 1, 2}, true);
                BitmapEncoder.saveBitmap(chart, OutputStream.nullOutputStream(), BitmapEncoder.BitmapFormat.PNG);
            } catch (Throwable ignored) {
                // only a head start: the report draws its charts (and reports their faults) as always
            }
        }, "campaignsim-chart-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Chart name to chart builder, in the order they appear in reports. */
    public static Map<String, Function<SimulationResult, Chart<?, ?>>> builders() {
        Map<String, Function<SimulationResult, Chart<?, ?>>> m = new LinkedHashMap<>();
        m.put(CONVERSIONS, SimulationCharts::conversions);
        m.put(PROFIT, SimulationCharts::profit);
        m.put(CONTACTS_BY_CHANNEL, SimulationCharts::contactsByChannel);
        m.put(SEND_TIME_HEATMAP, SimulationHeatmaps::sendTime);
        m.put(SEGMENT_HEATMAP, SimulationHeatmaps::segments);
        return m;
    }

    /** The file name, without extension, of a chart: its name, except for the heatmaps. */
    public static String fileStem(String chartName) {
        if (chartName.equals(SEND_TIME_HEATMAP)) {
            return "send_time";
        }
        return chartName.equals(SEGMENT_HEATMAP) ? "segments" : chartName;
    }

    /** Daily conversions of the policy run and of the no-contact twin. */
    public static XYChart conversions(SimulationResult r) {
        XYChart chart = chart("Daily conversions: policy vs no contact", "conversions per day");
        line(chart, POLICY, days(r), perDay(r.daily(), k -> k.get(Metric.CONVERSIONS)), false);
        line(chart, NO_CONTACT, days(r), perDay(r.counterfactualDaily(), k -> k.get(Metric.CONVERSIONS)),
                true);
        return chart;
    }

    /** Cumulative profit of the policy run, of the no-contact twin, and their difference. */
    public static XYChart profit(SimulationResult r) {
        XYChart chart = chart("Cumulative profit", "cumulative profit (currency units)");
        double[] policy = cumulative(perDay(r.daily(), k -> k.get(Metric.PROFIT)));
        double[] twin = cumulative(perDay(r.counterfactualDaily(), k -> k.get(Metric.PROFIT)));
        double[] incremental = new double[policy.length];
        for (int d = 0; d < policy.length; d++) {
            incremental[d] = policy[d] - twin[d];
        }
        line(chart, POLICY, days(r), policy, false);
        line(chart, NO_CONTACT, days(r), twin, true);
        line(chart, INCREMENTAL, days(r), incremental, false);
        return chart;
    }

    /** Daily delivered contacts, one line per channel. */
    public static XYChart contactsByChannel(SimulationResult r) {
        XYChart chart = chart("Daily contacts by channel", "contacts delivered per day");
        for (int c = 0; c < r.channels().size(); c++) {
            int channel = c;
            line(chart, r.channels().get(c), days(r), perDay(r.daily(), k -> k.contacts(channel)), false);
        }
        return chart;
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("day of simulation (day 0 = Monday)").yAxisTitle(yTitle).build();
        Palette.style(chart.getStyler());
        return chart;
    }

    private static void line(XYChart chart, String name, double[] x, double[] y, boolean dashed) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineStyle(dashed ? DASHED : SOLID);
    }

    private static double[] days(SimulationResult r) {
        double[] x = new double[r.daily().size()];
        for (int d = 0; d < x.length; d++) {
            x[d] = d;
        }
        return x;
    }

    private static double[] perDay(List<Kpis> daily, ToDoubleFunction<Kpis> value) {
        return daily.stream().mapToDouble(value).toArray();
    }

    private static double[] cumulative(double[] v) {
        double[] c = new double[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += v[i];
            c[i] = sum;
        }
        return c;
    }
}
