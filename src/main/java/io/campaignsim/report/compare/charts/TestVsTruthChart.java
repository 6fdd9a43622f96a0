package io.campaignsim.report.compare.charts;

import static io.campaignsim.report.compare.charts.ChartStyle.label;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.HoldoutExperiment;
import io.campaignsim.compare.HoldoutReading;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.TestVsTruth;
import io.campaignsim.core.ChartName;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Numbers;
import io.campaignsim.report.Palette;
import io.campaignsim.report.compare.ComparisonCharts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code test_vs_truth}: per strategy, what one real randomised holdout test would have shown (the
 * first replication's estimate with its 95 % interval over customers) against what was true in that
 * replication (the run minus its no-contact twin) and the expected effect (the mean truth over the
 * replications), on the objective's metric (profit when the objective is CLV, whose residual part no
 * test observes).
 */
public final class TestVsTruthChart implements CompareChart.Whole {

    /** File stem. */
    public static final String FILE = "test_vs_truth";
    /** Legend names. */
    public static final String ESTIMATE = "one real holdout test (first replication): estimate with 95 % CI over customers";
    public static final String TRUTH = "true effect in that replication";
    public static final String EXPECTED = "expected effect (mean true effect over the replications)";

    @Override
    public ChartName name() {
        return ChartName.TEST_VS_TRUTH;
    }

    @Override
    public String title() {
        return "per strategy, one randomised holdout test's estimate with its 95 % CI over customers (first replication) "
                + "against the true effect of that replication and the expected effect over replications";
    }

    @Override
    public String needs() {
        return "strategies whose holdout test was read (compare reads one in every replication)";
    }

    /** The metric the section and chart show: the objective's, or profit when a test cannot observe it (CLV). */
    public static CompareMetric metric(Comparison c) {
        CompareMetric m = c.objective().metric();
        return HoldoutExperiment.METRICS.contains(m) ? m : CompareMetric.PROFIT;
    }

    /** The caption of the chart of {@code c}. */
    public static String caption(Comparison c) {
        return "What one real " + Numbers.percentLabel(share(c), 4) + " holdout test would have shown (estimate with "
                + "its 95 % CI) against what was true, incremental " + metric(c).key() + " per strategy";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        return chart(c).map(ch -> List.of(new ComparisonCharts.Named(FILE, caption(c), ch))).orElse(List.of());
    }

    /** The chart, or empty when no strategy has a test with an estimate. */
    public static Optional<CategoryChart> chart(Comparison c) {
        CompareMetric metric = metric(c);
        List<String> names = new ArrayList<>();
        List<Double> estimate = new ArrayList<>();
        List<Double> error = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            TestVsTruth t = s.testVsTruth(metric);
            if (t == null || !Double.isFinite(t.first().estimate())) {
                continue;
            }
            HoldoutReading f = t.first();
            names.add(label(s));
            estimate.add(f.estimate());
            error.add(f.hasInterval() ? f.ciHigh() - f.estimate() : 0.0); // the Welch interval is symmetric
            truth.add(f.truth());
            expected.add(Double.isFinite(t.truth().mean()) ? t.truth().mean() : null);
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = ChartStyle.category("Real test vs truth: incremental " + metric.key() + " over "
                + c.days() + " days", "strategy", "incremental " + metric.key() + ChartStyle.unit(metric));
        // side by side within a strategy's column (dodged), so a truth equal to the expectation stays visible
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setMarkerSize(11);
        CategorySeries est = chart.addSeries(ESTIMATE, names, estimate, error);
        style(est, 0, SeriesMarkers.CIRCLE);
        style(chart.addSeries(TRUTH, names, truth), 5, SeriesMarkers.DIAMOND);
        style(chart.addSeries(EXPECTED, names, expected), 2, SeriesMarkers.TRIANGLE_UP);
        return Optional.of(chart);
    }

    private static void style(CategorySeries s, int colour, org.knowm.xchart.style.markers.Marker marker) {
        s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(Palette.color(colour));
        s.setFillColor(Palette.color(colour));
        s.setLineColor(Palette.color(colour));
    }

    private static double share(Comparison c) {
        return c.strategies().stream().flatMap(s -> s.testVsTruth().values().stream()).mapToDouble(TestVsTruth::holdoutShare)
                .findFirst().orElse(Double.NaN);
    }
}
