package io.campaignsim.report.compare.charts;

import static io.campaignsim.report.compare.charts.ChartStyle.STROKES;
import static io.campaignsim.report.compare.charts.ChartStyle.colour;
import static io.campaignsim.report.compare.charts.ChartStyle.style;

import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.UpliftCurves;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Numbers;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/** {@code qini}: per uplift-model strategy, its uplift (Qini) curve against the ideal ranking and random targeting. */
public final class QiniChart implements CompareChart.PerStrategy {

    public static final String PREFIX = "qini_";
    /** Legend names, each followed by " (Qini normalised …, AUUC …)"; the model's line is named after the model. */
    public static final String IDEAL_CURVE = "ideal ranking (true uplift)";
    public static final String RANDOM_CURVE = "random targeting";

    @Override
    public ChartName name() {
        return ChartName.QINI;
    }

    @Override
    public String title() {
        return "per uplift-model strategy (file qini_<strategy>): cumulative true incremental conversions against "
                + "the fraction targeted, by the model, the ideal ranking and at random, held-out customers";
    }

    @Override
    public String needs() {
        return "a strategy with an uplift model (uplift curves in comparison.json)";
    }

    @Override
    public String filePrefix() {
        return PREFIX;
    }

    @Override
    public String caption(StrategySummary s) {
        return "Uplift (Qini) curve of the model of " + s.name()
                + " against the ideal ranking and random targeting, held-out customers";
    }

    /**
     * The uplift curves of a strategy's uplift model, averaged over replications: cumulative true
     * incremental conversions per held-out customer against the fraction targeted, ranking by the
     * model, by the true uplift and at random. The legend gives each line's normalised Qini
     * coefficient and area under the curve (the model's as averaged over replications; the ideal
     * and random lines' from their plotted curves). Empty without uplift curves.
     */
    @Override
    public Optional<XYChart> draw(StrategySummary s) {
        ModelSummary m = s.model();
        if (m == null || m.upliftCurves() == null) {
            return Optional.empty();
        }
        UpliftCurves u = m.upliftCurves();
        XYChart chart = ChartStyle.xy("Uplift curve of " + s.name() + " on held-out customers (mean of "
                + ChartStyle.replications(m.replications()) + ")",
                "fraction of customers targeted, highest score first",
                "cumulative true incremental conversions per customer", false);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern(ChartStyle.FINE_DECIMALS);
        ChartStyle.legendBelow(chart);
        List<Double> x = ChartStyle.list(u.fraction());
        style(chart.addSeries(modelLabel(m), x, ChartStyle.list(u.model().value())), colour(0), STROKES[0]);
        style(chart.addSeries(curveLabel(IDEAL_CURVE, 1, u.ideal().area()), x, ChartStyle.list(u.ideal().value())),
                colour(2), STROKES[1]);
        style(chart.addSeries(curveLabel(RANDOM_CURVE, 0, u.random().area()), x, ChartStyle.list(u.random().value())),
                colour(7), STROKES[2]);
        return Optional.of(chart);
    }

    /** The model's line: its name, mean normalised Qini and mean AUUC. */
    public static String modelLabel(ModelSummary m) {
        return m.model() + " (Qini normalised " + Numbers.fixed(m.qini(), 3) + ", AUUC " + auuc(m.auuc()) + ")";
    }

    private static String curveLabel(String name, int qini, double auuc) {
        return name + " (Qini normalised " + qini + ", AUUC " + auuc(auuc) + ")";
    }

    // AUUC per customer is small (a few hundredths), so fixed decimals would hide the differences.
    private static String auuc(double v) {
        return Numbers.significant(v, 3);
    }
}
