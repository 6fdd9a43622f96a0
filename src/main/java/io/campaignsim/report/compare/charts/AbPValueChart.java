package io.campaignsim.report.compare.charts;

import static io.campaignsim.report.compare.charts.ChartStyle.STROKES;
import static io.campaignsim.report.compare.charts.ChartStyle.colour;
import static io.campaignsim.report.compare.charts.ChartStyle.stroke;
import static io.campaignsim.report.compare.charts.ChartStyle.style;

import io.campaignsim.compare.ExperimentSummary;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/** {@code ab_pvalue}: per A/B or multivariate test, each arm's p-value against arm 0 by day. */
public final class AbPValueChart implements CompareChart.PerStrategy {

    public static final String PREFIX = "ab_pvalue_";
    /** Legend name of the significance line, followed by " = <alpha>"; the p-value lines are "<arm> vs <arm 0>". */
    public static final String ALPHA_LINE = "significance level (alpha per comparison)";
    /** p-values are kept to 6 decimals in comparison.json, so smaller ones are drawn here. */
    static final double P_FLOOR = 1e-6;

    @Override
    public ChartName name() {
        return ChartName.AB_PVALUE;
    }

    @Override
    public String title() {
        return "per A/B or multivariate test (file ab_pvalue_<strategy>): the median p-value of each arm against "
                + "arm 0 by test day, on a log axis, with the significance level";
    }

    @Override
    public String needs() {
        return "an A/B or multivariate test strategy with at least two arms";
    }

    @Override
    public String filePrefix() {
        return PREFIX;
    }

    @Override
    public String caption(StrategySummary s) {
        return "p-value of each arm of " + s.name() + " against arm 0 by test day (median over replications), "
                + "with the significance level";
    }

    /**
     * The median p-value over replications of each arm against arm 0 by test day, on a log axis,
     * with the per-comparison significance level as a horizontal line. Replications that decided
     * keep their decision-day p-value. p-values below the files' resolution are drawn at
     * {@link #P_FLOOR}. Empty without a test history.
     */
    @Override
    public Optional<XYChart> draw(StrategySummary s) {
        ExperimentSummary x = s.experiment();
        if (x == null || x.days() == 0 || x.arms().size() < 2) {
            return Optional.empty();
        }
        int last = x.days() - 1;
        // The title stays short (a long strategy name must not push it out of the picture); the detail
        // goes under the axis.
        XYChart chart = ChartStyle.xy("p-values of " + s.name() + " against " + x.arms().get(0), "day of simulation (median "
                + "of " + ChartStyle.replications(x.replications()) + "; " + Math.round(x.decidedShare(last) * 100)
                + " % decided by day " + last + ")", "p-value (log scale)", false);
        chart.getStyler().setYAxisLogarithmic(true).setYAxisMax(1.0);
        ChartStyle.legendBelow(chart);
        List<Double> days = ChartStyle.days(x.days(), false);
        for (int a = 1; a < x.arms().size(); a++) {
            List<Double> p = new ArrayList<>();
            for (int d = 0; d < x.days(); d++) {
                double v = x.medianPValue(d, a);
                p.add(Double.isFinite(v) ? Math.min(1.0, Math.max(P_FLOOR, v)) : null);
            }
            style(chart.addSeries(x.arms().get(a) + " vs " + x.arms().get(0), days, p), colour(a - 1), stroke(a - 1));
        }
        List<Double> alpha = new ArrayList<>();
        days.forEach(d -> alpha.add(x.alpha()));
        style(chart.addSeries(ALPHA_LINE + " = " + Numbers.significant(x.alpha(), 3), days, alpha), colour(7),
                STROKES[2]);
        return Optional.of(chart);
    }
}
