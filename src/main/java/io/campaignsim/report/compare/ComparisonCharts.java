package io.campaignsim.report.compare;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.charts.AbPValueChart;
import io.campaignsim.report.compare.charts.ActiveCustomersChart;
import io.campaignsim.report.compare.charts.ProfitVsClvChart;
import io.campaignsim.report.compare.charts.ArmAllocationChart;
import io.campaignsim.report.compare.charts.CalibrationChart;
import io.campaignsim.report.compare.charts.CompareChart;
import io.campaignsim.report.compare.charts.CumulativeObjectiveChart;
import io.campaignsim.report.compare.charts.ModelQualityChart;
import io.campaignsim.report.compare.charts.PowerChart;
import io.campaignsim.report.compare.charts.QiniChart;
import io.campaignsim.report.compare.charts.RegretChart;
import io.campaignsim.report.compare.charts.SegmentHeatmapChart;
import io.campaignsim.report.compare.charts.UpliftChart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The charts of a comparison, built from a {@link Comparison} alone (so they can be redrawn from
 * comparison.json), by name: {@link #REGISTRY} lists every kind of chart in page order, and a
 * scenario's {@code report.charts} selects among them. A chart is drawn only when its data exists.
 * Colours are the Okabe-Ito palette, as in the simulate charts, and bands are dashed, so nothing
 * depends on colour alone.
 */
public final class ComparisonCharts {

    /**
     * The sections of the page, in order: each is one chart of the whole comparison, or per-strategy
     * charts drawn strategy by strategy (so that one strategy's charts of the section sit together).
     */
    static final List<List<CompareChart>> SECTIONS = List.of(
            List.of(new UpliftChart()),
            List.of(new CumulativeObjectiveChart()),
            List.of(new RegretChart()),
            List.of(new ProfitVsClvChart()),
            List.of(new ActiveCustomersChart()),
            List.of(new ArmAllocationChart()),
            List.of(new ModelQualityChart()),
            List.of(new QiniChart(), new CalibrationChart()), // a model has an uplift curve or a calibration
            List.of(new AbPValueChart(), new PowerChart()), // a test's evidence by day, then its power
            List.of(new SegmentHeatmapChart()));

    /** Every compare chart, in page order. */
    public static final List<CompareChart> REGISTRY = SECTIONS.stream().flatMap(List::stream).toList();

    /** Legend suffix of a band's two lines (hidden from the legend). */
    public static final String BAND_SUFFIX = " band";

    public static final int WIDTH = 900;
    public static final int HEIGHT = 500;

    /** How to draw. */
    public record Options(boolean logTime) {
        public static final Options DEFAULT = new Options(false);
    }

    /** A chart, the file stem it is saved under and what it shows (for alt text). */
    public record Named(String name, String caption, Chart<?, ?> chart) {}

    /** A drawn chart with the kind ({@code report.charts} name) that drew it, so the page can place it. */
    public record Drawn(ChartName kind, Named named) {}

    private ComparisonCharts() {}

    /** The names of the compare charts, in page order. */
    public static List<ChartName> names() {
        return REGISTRY.stream().map(CompareChart::name).toList();
    }

    /** Every chart the comparison has data for, in page order. */
    public static List<Named> build(Comparison c, Options options) {
        return build(c, EnumSet.allOf(ChartName.class), options);
    }

    /**
     * The charts named in {@code wanted} that the comparison has data for, in page order (the
     * order of {@link #REGISTRY}, whatever the order of {@code wanted}). Names of charts that
     * compare does not draw are ignored.
     */
    public static List<Named> build(Comparison c, Collection<ChartName> wanted, Options options) {
        return drawAll(c, wanted, options).stream().map(Drawn::named).toList();
    }

    /** {@link #build}, each chart with its kind. */
    public static List<Drawn> drawAll(Comparison c, Collection<ChartName> wanted, Options options) {
        List<Drawn> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (List<CompareChart> section : SECTIONS) {
            List<CompareChart.PerStrategy> perStrategy = new ArrayList<>();
            for (CompareChart chart : section) {
                if (!wanted.contains(chart.name())) {
                    continue;
                }
                if (chart instanceof CompareChart.Whole whole) {
                    whole.draw(c, options).forEach(n -> out.add(new Drawn(chart.name(), n)));
                } else {
                    perStrategy.add((CompareChart.PerStrategy) chart);
                }
            }
            for (StrategySummary s : c.ranked()) {
                for (CompareChart.PerStrategy p : perStrategy) {
                    p.draw(s).ifPresent(ch -> out.add(new Drawn(p.name(), new Named(unique(p.filePrefix()
                            + fileSafe(s.name()), used), p.caption(s), ch))));
                }
            }
        }
        return out;
    }

    /**
     * Saves each chart as {@code <name>.png} and/or {@code <name>.svg} in {@code dir}.
     *
     * @return the files written, in chart order, PNG before SVG
     */
    public static List<Path> write(List<Named> charts, Path dir, boolean png, boolean svg) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Named n : charts) {
            if (png) {
                Path f = dir.resolve(n.name() + ".png");
                try (OutputStream os = Files.newOutputStream(f)) {
                    BitmapEncoder.saveBitmap(n.chart(), os, BitmapEncoder.BitmapFormat.PNG);
                }
                files.add(f);
            }
            if (svg) {
                Path f = dir.resolve(n.name() + ".svg");
                try (OutputStream os = Files.newOutputStream(f)) {
                    VectorGraphicsEncoder.saveVectorGraphic(n.chart(), os, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                }
                files.add(f);
            }
        }
        return files;
    }

    /** A strategy name reduced to letters, digits, '-' and '_' for a file name. */
    static String fileSafe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return s.isEmpty() ? "strategy" : s;
    }

    private static String unique(String stem, Set<String> used) {
        String s = stem;
        for (int i = 2; !used.add(s.toLowerCase(Locale.ROOT)); i++) {
            s = stem + "_" + i; // names that differ only in case or punctuation must not overwrite each other
        }
        return s;
    }
}
