package io.campaignsim.report.compare;

import io.campaignsim.compare.ArmShares;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ExperimentSummary;
import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.Role;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.UpliftCurves;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.Palette;
import io.campaignsim.stats.CalibrationBin;
import io.campaignsim.stats.Estimate;
import io.campaignsim.stats.SampleSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a comparison, built from a {@link Comparison} alone (so they can be redrawn from
 * comparison.json): uplift versus the holdout with confidence intervals, the cumulative objective with
 * its band across replications, cumulative regret versus the oracle, each bandit's arm allocation,
 * model quality, per model strategy its uplift curves or its calibration, and per A/B or
 * multivariate test its p-values by day and its power curve. A chart is built only
 * when its data exists. Colours are the Okabe-Ito palette, as in
 * the simulate charts, and bands are dashed, so nothing depends on colour alone.
 */
public final class ComparisonCharts {

    /** Chart file stems (without extension); arm charts are {@code arms_<strategy>}. */
    public static final String UPLIFT_PROFIT = "uplift_profit";
    public static final String UPLIFT_CONVERSIONS = "uplift_conversions";
    public static final String CUMULATIVE = "cumulative_objective";
    public static final String REGRET = "regret";
    /** Short-term profit against customer lifetime value, one point per strategy. */
    public static final String PROFIT_VS_CLV = "profit_vs_clv";
    /** Customers not churned, by day, per strategy. */
    public static final String ACTIVE = "active_customers";
    public static final String ARMS_PREFIX = "arms_";
    public static final String MODEL_QUALITY = "model_quality";
    /** Per model strategy: {@code qini_<strategy>} (uplift models), {@code calibration_<strategy>} (probability models). */
    public static final String QINI_PREFIX = "qini_";
    public static final String CALIBRATION_PREFIX = "calibration_";

    /** Per A/B or multivariate strategy: {@code ab_pvalue_<strategy>} and {@code ab_power_<strategy>}. */
    public static final String AB_PVALUE_PREFIX = "ab_pvalue_";
    public static final String AB_POWER_PREFIX = "ab_power_";
    /** Legend names of the A/B charts; the p-value lines are "<arm> vs <arm 0>", the alpha line ends " = <alpha>". */
    public static final String ALPHA_LINE = "significance level (alpha per comparison)";
    public static final String POWER_SERIES = "power of the two-sided z-test";
    /** Followed by " (<n> per arm, power <p>)". */
    public static final String REACHED_SERIES = "sample size reached";
    /** p-values are kept to 6 decimals in comparison.json, so smaller ones are drawn here. */
    static final double P_FLOOR = 1e-6;
    /** The power curve runs at least to the size that gives this power. */
    private static final double POWER_RANGE_TARGET = 0.95;
    private static final int POWER_POINTS = 200;

    /** Legend names. */
    public static final String UPLIFT_SERIES = "mean uplift with 95 % CI";
    public static final String AUC = "AUC (propensity)";
    public static final String QINI = "Qini coefficient (normalised)";
    static final String BAND_SUFFIX = " band";
    /** Legend names of the uplift curve chart, each followed by " (Qini …, AUUC …)"; the model's is its name. */
    public static final String IDEAL_CURVE = "ideal ranking (true uplift)";
    public static final String RANDOM_CURVE = "random targeting";
    /** Legend name of the diagonal of the calibration chart. */
    public static final String DIAGONAL = "perfect calibration";
    /** Tick labels for small per-customer figures and probabilities. */
    private static final String FINE_DECIMALS = "0.####";

    static final int WIDTH = 900;
    static final int HEIGHT = 500;

    /** Okabe-Ito, in the order SimulationCharts uses: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black. */
    /** Line styles for the first, second and third round through the palette, so more than 8 lines stay distinct. */
    private static final BasicStroke[] STROKES = {
        new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 6f}, 0f),
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 5f}, 0f)};
    private static final BasicStroke BAND = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    /** Opacity of band lines: visible, yet lighter than the means they surround. */
    private static final int BAND_ALPHA = 110;

    /** How to draw. */
    public record Options(boolean logTime) {
        public static final Options DEFAULT = new Options(false);
    }

    /** A chart, the file stem it is saved under and what it shows (for alt text). */
    public record Named(String name, String caption, Chart<?, ?> chart) {}

    private ComparisonCharts() {}

    /** Every chart the comparison has data for, in page order. */
    public static List<Named> build(Comparison c, Options options) {
        List<Named> out = new ArrayList<>();
        uplift(c, CompareMetric.PROFIT).ifPresent(ch -> out.add(new Named(UPLIFT_PROFIT,
                "Profit uplift versus " + baseline(c) + " with 95 % confidence intervals", ch)));
        uplift(c, CompareMetric.CONVERSIONS).ifPresent(ch -> out.add(new Named(UPLIFT_CONVERSIONS,
                "Conversion uplift versus " + baseline(c) + " with 95 % confidence intervals", ch)));
        cumulativeObjective(c).ifPresent(ch -> out.add(new Named(CUMULATIVE,
                "Cumulative " + c.objective().key() + " over time per strategy", ch)));
        regret(c, options.logTime()).ifPresent(ch -> out.add(new Named(REGRET,
                "Cumulative regret versus the oracle over time", ch)));
        profitVersusClv(c).ifPresent(ch -> out.add(new Named(PROFIT_VS_CLV,
                "Short-term profit against customer lifetime value per strategy, with 95 % confidence intervals", ch)));
        activeCustomers(c).ifPresent(ch -> out.add(new Named(ACTIVE,
                "Active (not churned) customers over time per strategy", ch)));
        Set<String> used = new HashSet<>();
        for (StrategySummary s : c.ranked()) {
            arms(s).ifPresent(ch -> out.add(new Named(unique(ARMS_PREFIX + fileSafe(s.name()), used),
                    "Arm allocation of " + s.name() + " by day", ch)));
        }
        modelQuality(c).ifPresent(ch -> out.add(new Named(MODEL_QUALITY, "Model quality per model strategy", ch)));
        for (StrategySummary s : c.ranked()) {
            qini(s).ifPresent(ch -> out.add(new Named(unique(QINI_PREFIX + fileSafe(s.name()), used),
                    "Uplift (Qini) curve of the model of " + s.name()
                            + " against the ideal ranking and random targeting, held-out customers", ch)));
            calibration(s).ifPresent(ch -> out.add(new Named(unique(CALIBRATION_PREFIX + fileSafe(s.name()), used),
                    "Calibration of the model of " + s.name() + ": mean predicted versus mean true probability "
                            + "by decile, held-out customers", ch)));
        }
        for (StrategySummary s : c.ranked()) {
            abPValue(s).ifPresent(ch -> out.add(new Named(unique(AB_PVALUE_PREFIX + fileSafe(s.name()), used),
                    "p-value of each arm of " + s.name() + " against arm 0 by test day (median over replications), "
                            + "with the significance level", ch)));
            abPower(s).ifPresent(ch -> out.add(new Named(unique(AB_POWER_PREFIX + fileSafe(s.name()), used),
                    "Power of the test of " + s.name() + " against customers per arm, with the sample size it reached",
                    ch)));
        }
        SegmentHeatmap.chart(c).ifPresent(ch -> out.add(new Named(SegmentHeatmap.NAME,
                "True incremental profit per customer of each strategy by segment, against the no-contact twin", ch)));
        return out;
    }

    /**
     * The median p-value over replications of each arm against arm 0 by test day, on a log axis,
     * with the per-comparison significance level as a horizontal line. Replications that decided
     * keep their decision-day p-value. p-values below the files' resolution are drawn at
     * {@link #P_FLOOR}. Empty without a test history.
     */
    public static Optional<XYChart> abPValue(StrategySummary s) {
        ExperimentSummary x = s.experiment();
        if (x == null || x.days() == 0 || x.arms().size() < 2) {
            return Optional.empty();
        }
        int last = x.days() - 1;
        XYChart chart = xy("p-value against " + x.arms().get(0) + " of " + s.name() + " (median of " + x.replications()
                + (x.replications() == 1 ? " replication" : " replications") + "; "
                + Math.round(x.decidedShare(last) * 100) + " % decided by day " + last + ")", "day of simulation",
                "p-value (log scale)", false);
        chart.getStyler().setYAxisLogarithmic(true).setYAxisMax(1.0);
        legendBelow(chart);
        List<Double> days = days(x.days(), false);
        for (int a = 1; a < x.arms().size(); a++) {
            List<Double> p = new ArrayList<>();
            for (int d = 0; d < x.days(); d++) {
                double v = x.medianPValue(d, a);
                p.add(Double.isFinite(v) ? Math.min(1.0, Math.max(P_FLOOR, v)) : null);
            }
            style(chart.addSeries(pValueLabel(x, a), days, p), colour(a - 1), stroke(a - 1));
        }
        List<Double> alpha = new ArrayList<>();
        days.forEach(d -> alpha.add(x.alpha()));
        style(chart.addSeries(ALPHA_LINE + " = " + significant(x.alpha()), days, alpha), colour(7), STROKES[2]);
        return Optional.of(chart);
    }

    /**
     * The power of the two-sided z-test at the test's per-comparison alpha against customers per
     * arm, for arm 0's observed conversion rate and the configured MDE (or, without one, the
     * observed difference of the arm farthest from arm 0), with a vertical line at the sample size
     * per arm the test reached. Empty when the rates or the effect do not allow a power analysis.
     */
    public static Optional<XYChart> abPower(StrategySummary s) {
        ExperimentSummary x = s.experiment();
        if (x == null) {
            return Optional.empty();
        }
        double baseline = x.baselineRate();
        double effect = x.powerEffect();
        double reached = x.reachedPerArm();
        if (!(baseline > 0 && baseline < 1 && effect > 0 && baseline + effect < 1 && x.alpha() > 0 && x.alpha() < 1
                && reached >= 1)) {
            return Optional.empty();
        }
        long needed = SampleSize.twoProportions(baseline, effect, x.alpha(), POWER_RANGE_TARGET);
        long max = Math.max(Math.max(needed, Math.round(2 * reached)), POWER_POINTS);
        List<Double> n = new ArrayList<>();
        List<Double> power = new ArrayList<>();
        long previous = 0;
        for (int i = 1; i <= POWER_POINTS; i++) {
            long size = Math.max(1, Math.round((double) max * i / POWER_POINTS));
            if (size > previous) {
                n.add((double) size);
                power.add(SampleSize.power(baseline, effect, x.alpha(), size));
                previous = size;
            }
        }
        double reachedPower = SampleSize.power(baseline, effect, x.alpha(), Math.round(reached));
        String effectSource = Double.isFinite(x.mde()) && x.mde() > 0 ? "configured MDE" : "observed difference";
        XYChart chart = xy("Power of " + s.name() + " (baseline " + significant(baseline) + ", " + effectSource + " "
                + significant(effect) + ", alpha " + significant(x.alpha()) + ")", "customers per arm (delivered contacts)",
                "power", false);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0);
        legendBelow(chart);
        style(chart.addSeries(POWER_SERIES, n, power), colour(0), STROKES[0]);
        XYSeries mark = chart.addSeries(REACHED_SERIES + " (" + Math.round(reached) + " per arm, power "
                + fixed(reachedPower, 2) + ")", List.of(reached, reached), List.of(0.0, reachedPower));
        style(mark, colour(1), STROKES[1]);
        mark.setMarker(SeriesMarkers.CIRCLE);
        mark.setMarkerColor(colour(1));
        return Optional.of(chart);
    }

    private static String pValueLabel(ExperimentSummary x, int arm) {
        return x.arms().get(arm) + " vs " + x.arms().get(0);
    }

    /**
     * Bars of each strategy's mean uplift in {@code metric} against the holdout (or the no-contact twin),
     * with error bars to the interval bounds (the paired t interval is symmetric); no error bar when the
     * interval is undefined (one replication). Empty when no strategy has a defined uplift.
     */
    public static Optional<CategoryChart> uplift(Comparison c, CompareMetric metric) {
        List<String> names = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> error = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            Estimate u = s.uplift(metric).absolute();
            if (s.role() == Role.HOLDOUT || !Double.isFinite(u.mean())) {
                continue;
            }
            names.add(label(s));
            mean.add(u.mean());
            error.add(Double.isFinite(u.ciHigh()) ? u.ciHigh() - u.mean() : 0.0);
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String unit = metric.isMoney() ? metric.key() + " uplift (currency units)" : metric.key() + " uplift (count)";
        CategoryChart chart = category(capitalised(metric.key()) + " uplift versus " + baseline(c) + " over "
                + c.days() + " days", "strategy", unit);
        chart.getStyler().setLegendVisible(true);
        CategorySeries series = chart.addSeries(UPLIFT_SERIES, names, mean, error);
        series.setFillColor(Palette.color(0));
        return Optional.of(chart);
    }

    /** The cumulative objective per strategy (mean line) with its band across replications (dashed). */
    public static Optional<XYChart> cumulativeObjective(Comparison c) {
        String metric = c.objective().cumulativeSeries();
        String what = metric.substring("cumulative_".length());
        XYChart chart = xy("Cumulative " + what + " per strategy (mean and 95 % band over "
                + c.replications() + " replications)", "day of simulation",
                "cumulative " + what + unit(c.objective().metric()), false);
        boolean any = false;
        int colour = 0;
        for (StrategySummary s : c.ranked()) {
            Optional<Series> series = series(s, metric);
            if (series.isPresent()) {
                withBand(chart, label(s), series.get(), colour++, false);
                any = true;
            }
        }
        return any ? Optional.of(chart) : Optional.empty();
    }

    /**
     * Profit over the horizon (x) against CLV (y), one marker per strategy with its 95 % interval
     * on both axes: strategies below the diagonal trend of the others bought short-term profit with
     * future value. Empty when CLV is undefined (e.g. redrawn from an old comparison.json).
     */
    public static Optional<XYChart> profitVersusClv(Comparison c) {
        XYChart chart = xy("Short-term profit against CLV per strategy (mean and 95 % CI over " + c.replications()
                + (c.replications() == 1 ? " replication)" : " replications)"), "profit over the horizon (currency units)",
                "CLV: profit + discounted residual value (currency units)", false);
        int colour = 0;
        boolean any = false;
        for (StrategySummary s : c.ranked()) {
            Estimate profit = s.metric(CompareMetric.PROFIT);
            Estimate clv = s.metric(CompareMetric.CLV);
            if (profit == null || clv == null || !Double.isFinite(profit.mean()) || !Double.isFinite(clv.mean())) {
                continue;
            }
            Color col = colour(colour++);
            XYSeries point = chart.addSeries(label(s), List.of(profit.mean()), List.of(clv.mean()));
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            point.setMarker(SeriesMarkers.CIRCLE);
            point.setMarkerColor(col);
            if (Double.isFinite(profit.ciLow()) && Double.isFinite(clv.ciLow())) {
                // the two intervals as a cross of thin lines through the mean, not in the legend
                XYSeries h = chart.addSeries(label(s) + BAND_SUFFIX + " x", List.of(profit.ciLow(), profit.ciHigh()),
                        List.of(clv.mean(), clv.mean()));
                XYSeries v = chart.addSeries(label(s) + BAND_SUFFIX + " y", List.of(profit.mean(), profit.mean()),
                        List.of(clv.ciLow(), clv.ciHigh()));
                for (XYSeries line : List.of(h, v)) {
                    style(line, col, BAND);
                    line.setShowInLegend(false);
                }
            }
            any = true;
        }
        return any ? Optional.of(chart) : Optional.empty();
    }

    /** Customers not churned at the end of each day, per strategy (mean line and band over replications). */
    public static Optional<XYChart> activeCustomers(Comparison c) {
        XYChart chart = xy("Active customers per strategy (mean and 95 % band over " + c.replications()
                + (c.replications() == 1 ? " replication)" : " replications)"), "day of simulation",
                "customers not churned (count)", false);
        boolean any = false;
        int colour = 0;
        for (StrategySummary s : c.ranked()) {
            Optional<Series> series = series(s, Series.ACTIVE);
            if (series.isPresent()) {
                withBand(chart, label(s), series.get(), colour++, false);
                any = true;
            }
        }
        return any ? Optional.of(chart) : Optional.empty();
    }

    /** Cumulative regret (oracle minus strategy) per non-oracle strategy; time axis logarithmic if asked. */
    public static Optional<XYChart> regret(Comparison c, boolean logTime) {
        // With objective clv the day-by-day regret is on profit: the residual value exists only at the horizon.
        XYChart chart = xy("Cumulative regret versus the oracle ("
                + c.objective().cumulativeSeries().substring("cumulative_".length()) + ")",
                logTime ? "day of simulation (1 = first day, log scale)" : "day of simulation",
                "cumulative regret" + unit(c.objective().metric()), logTime);
        boolean any = false;
        int colour = 0;
        for (StrategySummary s : c.ranked()) {
            Optional<Series> series = series(s, "cumulative_regret");
            if (!s.isOracle() && series.isPresent()) {
                withBand(chart, label(s), series.get(), colour++, logTime);
                any = true;
            }
        }
        return any ? Optional.of(chart) : Optional.empty();
    }

    /** The share of each day's pulls per arm, in percent; days when no arm was pulled are gaps. */
    public static Optional<XYChart> arms(StrategySummary s) {
        ArmShares a = s.arms();
        if (a == null || a.arms().isEmpty() || a.days() == 0) {
            return Optional.empty();
        }
        XYChart chart = xy("Arm allocation of " + s.name() + " (share of the day's pulls)", "day of simulation",
                "share of pulls (%)", false);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        List<Double> x = days(a.days(), false);
        for (int arm = 0; arm < a.arms().size(); arm++) {
            List<Double> y = new ArrayList<>();
            for (int d = 0; d < a.days(); d++) {
                double v = a.share(d, arm);
                y.add(Double.isFinite(v) ? v * 100 : null);
            }
            XYSeries series = chart.addSeries(a.arms().get(arm), x, y);
            style(series, colour(arm), stroke(arm));
        }
        return Optional.of(chart);
    }

    /** Bars of AUC and normalised Qini per strategy with a model; empty when no model reported a figure. */
    public static Optional<CategoryChart> modelQuality(Comparison c) {
        List<String> names = new ArrayList<>();
        List<Double> auc = new ArrayList<>();
        List<Double> qini = new ArrayList<>();
        for (StrategySummary s : c.ranked()) {
            ModelSummary m = s.model();
            if (m != null && (Double.isFinite(m.auc()) || Double.isFinite(m.qini()))) {
                names.add(s.name());
                auc.add(Double.isFinite(m.auc()) ? m.auc() : 0.0);
                qini.add(Double.isFinite(m.qini()) ? m.qini() : 0.0);
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = category("Model quality on held-out customers (n/a shown as 0)", "strategy",
                "score (AUC 0.5 = random; Qini 1 = ideal, 0 = random)");
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        chart.addSeries(AUC, names, auc).setFillColor(Palette.color(0));
        chart.addSeries(QINI, names, qini).setFillColor(Palette.color(1));
        return Optional.of(chart);
    }

    /**
     * The uplift curves of a strategy's uplift model, averaged over replications: cumulative true
     * incremental conversions per held-out customer against the fraction targeted, ranking by the
     * model, by the true uplift and at random. The legend gives each line's normalised Qini
     * coefficient and area under the curve (the model's as averaged over replications; the ideal
     * and random lines' from their plotted curves). Empty without uplift curves.
     */
    public static Optional<XYChart> qini(StrategySummary s) {
        ModelSummary m = s.model();
        if (m == null || m.upliftCurves() == null) {
            return Optional.empty();
        }
        UpliftCurves u = m.upliftCurves();
        XYChart chart = xy("Uplift curve of " + s.name() + " on held-out customers (mean of " + m.replications()
                + (m.replications() == 1 ? " replication)" : " replications)"),
                "fraction of customers targeted, highest score first",
                "cumulative true incremental conversions per customer", false);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern(FINE_DECIMALS);
        legendBelow(chart);
        List<Double> x = list(u.fraction());
        style(chart.addSeries(modelLabel(m), x, list(u.model().value())), colour(0), STROKES[0]);
        style(chart.addSeries(curveLabel(IDEAL_CURVE, 1, u.ideal().area()), x, list(u.ideal().value())), colour(2),
                STROKES[1]);
        style(chart.addSeries(curveLabel(RANDOM_CURVE, 0, u.random().area()), x, list(u.random().value())),
                colour(7), STROKES[2]);
        return Optional.of(chart);
    }

    /**
     * The calibration of a strategy's probability model, averaged over replications: mean true
     * against mean predicted probability per decile of prediction, with the diagonal of perfect
     * calibration across the plotted range. Empty without a calibration table.
     */
    public static Optional<XYChart> calibration(StrategySummary s) {
        ModelSummary m = s.model();
        if (m == null || m.calibration() == null || m.calibration().bins().isEmpty()) {
            return Optional.empty();
        }
        List<Double> predicted = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (CalibrationBin b : m.calibration().bins()) {
            predicted.add(b.meanPredicted());
            truth.add(b.meanTruth());
        }
        double low = Math.min(Collections.min(predicted), Collections.min(truth));
        double high = Math.max(Collections.max(predicted), Collections.max(truth));
        XYChart chart = xy("Calibration of " + s.name() + " on held-out customers (deciles, mean of "
                + m.replications() + (m.replications() == 1 ? " replication)" : " replications)"),
                "mean predicted probability", "mean true probability", false);
        chart.getStyler().setXAxisDecimalPattern(FINE_DECIMALS).setYAxisDecimalPattern(FINE_DECIMALS);
        legendBelow(chart);
        XYSeries model = chart.addSeries(m.model() + " (mean abs. calibration error " + fixed(m.calibrationError(), 4)
                + ")", predicted, truth);
        style(model, colour(0), STROKES[0]);
        model.setMarker(SeriesMarkers.CIRCLE);
        model.setMarkerColor(colour(0));
        style(chart.addSeries(DIAGONAL, List.of(low, high), List.of(low, high)), colour(7), STROKES[2]);
        return Optional.of(chart);
    }

    // Legend labels carry figures and are long: beside the plot they would squeeze it and clip the title.
    private static void legendBelow(XYChart chart) {
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    }

    /** The model's line in the uplift curve chart: its name, mean normalised Qini and mean AUUC. */
    static String modelLabel(ModelSummary m) {
        return m.model() + " (Qini " + fixed(m.qini(), 3) + ", AUUC " + significant(m.auuc()) + ")";
    }

    private static String curveLabel(String name, int qini, double auuc) {
        return name + " (Qini " + qini + ", AUUC " + significant(auuc) + ")";
    }

    private static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "n/a";
    }

    // AUUC per customer is small (a few hundredths), so fixed decimals would hide the differences.
    private static String significant(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "n/a";
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Double.isFinite(v) ? v : null);
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

    private static Optional<Series> series(StrategySummary s, String metric) {
        return s.series().stream().filter(x -> x.metric().equals(metric) && !x.byDay().isEmpty()).findFirst();
    }

    // Mean as a solid line; the band bounds as thin dashed lines of the same colour, not in the legend.
    private static void withBand(XYChart chart, String name, Series s, int index, boolean logTime) {
        List<Double> x = days(s.byDay().size(), logTime);
        Color colour = colour(index);
        style(chart.addSeries(name, x, values(s, Estimate::mean)), colour, stroke(index));
        Color light = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA);
        List<Double> low = values(s, Estimate::ciLow);
        List<Double> high = values(s, Estimate::ciHigh);
        if (low.stream().anyMatch(v -> v != null)) {
            XYSeries l = chart.addSeries(name + BAND_SUFFIX + " low", x, low);
            XYSeries h = chart.addSeries(name + BAND_SUFFIX + " high", x, high);
            style(l, light, BAND);
            style(h, light, BAND);
            l.setShowInLegend(false);
            h.setShowInLegend(false);
        }
    }

    private static Color colour(int i) {
        return Palette.color(i);
    }

    private static BasicStroke stroke(int i) {
        return STROKES[(i / Palette.size()) % STROKES.length];
    }

    private static List<Double> values(Series s, ToDoubleFunction<Estimate> f) {
        List<Double> out = new ArrayList<>();
        for (Estimate e : s.byDay()) {
            double v = f.applyAsDouble(e);
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }

    private static List<Double> days(int n, boolean fromOne) {
        List<Double> x = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            x.add((double) (fromOne ? d + 1 : d));
        }
        return x;
    }

    private static void style(XYSeries s, Color colour, BasicStroke stroke) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(stroke);
    }

    private static XYChart xy(String title, String xTitle, String yTitle, boolean logX) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        common(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE); // one entry a line: long names fit
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        return chart;
    }

    private static CategoryChart category(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        common(chart.getStyler());
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setXAxisLabelRotation(30); // long strategy names would overlap side by side
        return chart;
    }

    private static void common(AxesChartStyler s) {
        Palette.style(s);
    }

    private static String label(StrategySummary s) {
        return s.isOracle() ? s.name() + " (oracle)" : s.name();
    }

    private static String baseline(Comparison c) {
        return c.holdoutIsTwin() ? Comparison.TWIN : "holdout";
    }

    private static String unit(CompareMetric m) {
        return m.isMoney() ? " (currency units)" : " (count)";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
