package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.compare.charts.*;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The charts of a comparison (issue #5). */
class ComparisonChartsTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static Comparison standard() {
        return ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
    }

    @Test
    void buildsEveryChartTheDataAllows() {
        List<String> names = ComparisonCharts.build(standard(), ComparisonCharts.Options.DEFAULT).stream()
                .map(ComparisonCharts.Named::name).toList();
        assertEquals(List.of("uplift_profit", "uplift_conversions", "cumulative_objective", "regret", "profit_vs_clv",
                "active_customers", "arms_ab", "model_quality", "segments_heatmap"), names);
    }

    @Test
    void upliftBarsSkipTheHoldoutAndCarryTheIntervalAsErrorBars() {
        CategoryChart chart = UpliftChart.chart(standard(), CompareMetric.PROFIT).orElseThrow();
        assertEquals(List.of(UpliftChart.SERIES), List.copyOf(chart.getSeriesMap().keySet()));
        var series = chart.getSeriesMap().get(UpliftChart.SERIES);
        List<Object> x = new ArrayList<>(series.getXData());
        assertEquals(List.of("ts", "ab", "oracle (oracle)"), x);
        // ts - control = {51, 42, 36}: mean 43; the error bar reaches the interval's upper bound
        assertEquals(43.0, series.getYData().iterator().next().doubleValue(), 1e-9);
        double error = series.getExtraValues().iterator().next().doubleValue();
        assertEquals(standard().strategy("ts").orElseThrow().uplift(CompareMetric.PROFIT).absolute().ciHigh() - 43.0,
                error, 1e-9);
    }

    @Test
    void cumulativeHasOneLegendEntryPerStrategyAndHiddenBands() {
        XYChart chart = CumulativeObjectiveChart.chart(standard()).orElseThrow();
        List<String> shown = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .map(XYSeries::getName).toList();
        assertEquals(List.of("ts", "ab", "control", "oracle (oracle)"), shown);
        assertTrue(chart.getSeriesMap().containsKey("ts" + ComparisonCharts.BAND_SUFFIX + " low"));
        assertEquals(CompareFixtures.DAYS, chart.getSeriesMap().get("ts").getXData().length);
    }

    @Test
    void regretLeavesOutTheOracleAndCanUseALogTimeAxis() {
        XYChart linear = RegretChart.chart(standard(), false).orElseThrow();
        List<String> shown = linear.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .map(XYSeries::getName).toList();
        assertEquals(List.of("ts", "ab", "control"), shown);
        XYChart log = RegretChart.chart(standard(), true).orElseThrow();
        assertTrue(log.getStyler().isXAxisLogarithmic());
        assertEquals(1.0, log.getSeriesMap().get("ts").getXData()[0], "a log axis starts at day 1, not 0");
    }

    @Test
    void armsChartHasOneLinePerArm() {
        XYChart chart = new ArmAllocationChart().draw(standard().strategy("ab").orElseThrow()).orElseThrow();
        assertEquals(List.of("x", "y"), List.copyOf(chart.getSeriesMap().keySet()));
        // day 0: pulls {3, 1} in every replication -> 75 % / 25 %
        assertEquals(75.0, chart.getSeriesMap().get("x").getYData()[0], 1e-9);
        assertTrue(new ArmAllocationChart().draw(standard().strategy("ts").orElseThrow()).isEmpty(), "ts has no arms");
    }

    @Test
    void modelQualityShowsAucAndQini() {
        CategoryChart chart = ModelQualityChart.chart(standard()).orElseThrow();
        assertEquals(List.of(ModelQualityChart.AUC, ModelQualityChart.QINI), List.copyOf(chart.getSeriesMap().keySet()));
    }

    private static Comparison withCurves() {
        return ComparisonAnalysis.analyze(CompareFixtures.withModelCurves(), "profit", 0.95);
    }

    @Test
    void eachModelStrategyGetsItsUpliftCurveOrCalibrationChart() {
        List<String> names = ComparisonCharts.build(withCurves(), ComparisonCharts.Options.DEFAULT).stream()
                .map(ComparisonCharts.Named::name).toList();
        assertEquals(List.of("uplift_profit", "uplift_conversions", "cumulative_objective", "profit_vs_clv",
                "active_customers", "model_quality", "qini_up", "calibration_prop", "segments_heatmap"), names);
    }

    @Test
    void upliftCurveChartNamesTheModelTheIdealAndRandomWithQiniAndAuuc() {
        Comparison c = withCurves();
        XYChart chart = new QiniChart().draw(c.strategy("up").orElseThrow()).orElseThrow();
        // mean Qini (0.4 + 0.6) / 2, mean AUUC (0.025 + 0.026) / 2; trapezoid areas of the mean ideal
        // {0, 0.035, 0.04} and random {0, 0.02, 0.04} curves at {0, 0.5, 1}: 0.0275 and 0.02
        assertEquals(List.of("T-learner uplift (Qini normalised 0.500, AUUC 0.0255)",
                QiniChart.IDEAL_CURVE + " (Qini normalised 1, AUUC 0.0275)",
                QiniChart.RANDOM_CURVE + " (Qini normalised 0, AUUC 0.0200)"), List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries model = chart.getSeriesMap().get("T-learner uplift (Qini normalised 0.500, AUUC 0.0255)");
        assertEquals(0.025, model.getYData()[1], 1e-15);
        assertEquals(0.5, model.getXData()[1], 0);
        assertTrue(new QiniChart().draw(c.strategy("prop").orElseThrow()).isEmpty(), "a propensity model has none");
    }

    @Test
    void calibrationChartHasTheBinsAndTheDiagonalAcrossTheirRange() {
        Comparison c = withCurves();
        XYChart chart = new CalibrationChart().draw(c.strategy("prop").orElseThrow()).orElseThrow();
        String model = "logistic propensity (mean abs. calibration error 0.0600)";
        assertEquals(List.of(model, CalibrationChart.DIAGONAL), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {0.11, 0.2}, chart.getSeriesMap().get(model).getYData(), 1e-15);
        assertArrayEquals(new double[] {0.1, 0.3}, chart.getSeriesMap().get(CalibrationChart.DIAGONAL).getXData(), 1e-15);
        assertArrayEquals(new double[] {0.1, 0.3}, chart.getSeriesMap().get(CalibrationChart.DIAGONAL).getYData(), 1e-15);
        assertTrue(new CalibrationChart().draw(c.strategy("up").orElseThrow()).isEmpty(), "an uplift model has none");
        assertTrue(new CalibrationChart().draw(standard().strategy("ts").orElseThrow()).isEmpty(),
                "figures without a table draw no chart");
    }

    @Test
    void chartsWithoutDataAreNotBuilt() {
        List<StrategyRun> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            runs.add(CompareFixtures.run("control", "holdout", r, 100 + r, 10, 100 + r, 10));
            runs.add(CompareFixtures.run("mail", "rules", r, 120 + r, 12, 100 + r, 10));
        }
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        List<String> names = ComparisonCharts.build(c, ComparisonCharts.Options.DEFAULT).stream()
                .map(ComparisonCharts.Named::name).toList();
        assertEquals(List.of("uplift_profit", "uplift_conversions", "cumulative_objective", "profit_vs_clv",
                "active_customers", "segments_heatmap"), names,
                "no oracle: no regret; no arms; no model");
    }

    @Test
    void writesNonEmptyPngAndSvgFiles() throws IOException {
        List<ComparisonCharts.Named> charts = ComparisonCharts.build(standard(), ComparisonCharts.Options.DEFAULT);
        List<Path> files = ComparisonCharts.write(charts, tmp, true, true);
        assertEquals(2 * charts.size(), files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f + " is too small to hold a chart");
            if (f.toString().endsWith(".png")) {
                BufferedImage img = ImageIO.read(f.toFile());
                assertNotNull(img, f.toString());
                assertEquals(ComparisonCharts.WIDTH, img.getWidth());
                assertEquals(ComparisonCharts.HEIGHT, img.getHeight());
            } else {
                assertTrue(Files.readString(f, StandardCharsets.UTF_8).contains("<svg"), f.toString());
            }
        }
    }

    @Test
    void fileNamesOfArmChartsAreSafe() {
        assertEquals("a_b_c", ComparisonCharts.fileSafe("a/b c"));
        assertFalse(ComparisonCharts.fileSafe("../x").contains("/"));
    }

    private static Comparison withExperiment() {
        return ComparisonAnalysis.analyze(CompareFixtures.withExperiment(), "profit", 0.95);
    }

    @Test
    void anAbTestGetsAPValueAndAPowerChart() {
        List<String> names = ComparisonCharts.build(withExperiment(), ComparisonCharts.Options.DEFAULT).stream()
                .map(ComparisonCharts.Named::name).toList();
        assertTrue(names.contains("ab_pvalue_ab") && names.contains("ab_power_ab"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("ab_p") && n.endsWith("control")), names.toString());
    }

    @Test
    void thePValueChartHasOneLinePerComparedArmAndTheAlphaLineOnALogAxis() {
        XYChart chart = new AbPValueChart().draw(withExperiment().strategy("ab").orElseThrow()).orElseThrow();
        assertEquals(List.of("y vs x", AbPValueChart.ALPHA_LINE + " = 0.0500"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        XYSeries y = chart.getSeriesMap().get("y vs x");
        assertArrayEquals(new double[] {0.4, 0.105, 0.025}, y.getYData(), 1e-12);
        assertArrayEquals(new double[] {0, 1, 2}, y.getXData(), 0);
    }

    @Test
    void thePowerChartFollowsSampleSizeAndMarksTheReachedSize() {
        XYChart chart = new PowerChart().draw(withExperiment().strategy("ab").orElseThrow()).orElseThrow();
        List<String> names = List.copyOf(chart.getSeriesMap().keySet());
        assertEquals(2, names.size());
        assertEquals(PowerChart.POWER_SERIES + " (baseline 0.100, observed difference 0.0380, alpha 0.0500)", names.get(0));
        assertTrue(names.get(1).startsWith(PowerChart.REACHED_SERIES + " (250 per arm, power "
                + String.format(java.util.Locale.ROOT, "%.2f", io.campaignsim.stats.SampleSize.power(0.1, 0.038, 0.05, 250))),
                names.get(1));
        assertEquals("Power of the test of ab", chart.getTitle(), "a short title: no name can push it off the picture");
        XYSeries power = chart.getSeriesMap().get(names.get(0));
        double[] n = power.getXData();
        double[] p = power.getYData();
        for (int i = 0; i < n.length; i++) {
            assertEquals(io.campaignsim.stats.SampleSize.power(0.1, 0.038, 0.05, (long) n[i]), p[i], 1e-12);
        }
        assertTrue(p[p.length - 1] >= 0.95, "the curve runs to 95 % power");
        XYSeries reached = chart.getSeriesMap().get(names.get(1));
        assertArrayEquals(new double[] {250, 250}, reached.getXData(), 0);
    }

    @Test
    void strategiesWithoutATestHaveNoAbCharts() {
        List<String> names = ComparisonCharts.build(standard(), ComparisonCharts.Options.DEFAULT).stream()
                .map(ComparisonCharts.Named::name).toList();
        assertFalse(names.stream().anyMatch(n -> n.startsWith("ab_p")), "the standard ab run has no trace");
    }
}
