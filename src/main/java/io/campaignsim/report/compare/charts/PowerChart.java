package io.campaignsim.report.compare.charts;

import static io.campaignsim.report.compare.charts.ChartStyle.STROKES;
import static io.campaignsim.report.compare.charts.ChartStyle.colour;
import static io.campaignsim.report.compare.charts.ChartStyle.style;

import io.campaignsim.compare.ExperimentSummary;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.SampleSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** {@code power}: per A/B or multivariate test, the power curve of its test and the sample size it reached. */
public final class PowerChart implements CompareChart.PerStrategy {

    public static final String PREFIX = "ab_power_";
    /**
     * Legend names; the power line is followed by " (baseline …, … effect …, alpha …)", the reached
     * line by " (<n> per arm, power <p>)".
     */
    public static final String POWER_SERIES = "power of the two-sided z-test";
    public static final String REACHED_SERIES = "sample size reached";
    /** The power curve runs at least to the size that gives this power. */
    private static final double POWER_RANGE_TARGET = 0.95;
    private static final int POWER_POINTS = 200;

    @Override
    public ChartName name() {
        return ChartName.POWER;
    }

    @Override
    public String title() {
        return "per A/B or multivariate test (file ab_power_<strategy>): the power of its two-sided z-test against "
                + "customers per arm, with the sample size it reached";
    }

    @Override
    public String needs() {
        return "an A/B or multivariate test whose baseline rate and effect (the MDE, else the observed difference) "
                + "allow a power analysis";
    }

    @Override
    public String filePrefix() {
        return PREFIX;
    }

    @Override
    public String caption(StrategySummary s) {
        return "Power of the test of " + s.name() + " against customers per arm, with the sample size it reached";
    }

    /**
     * The power of the two-sided z-test at the test's per-comparison alpha against customers per
     * arm, for arm 0's observed conversion rate and the configured MDE (or, without one, the
     * observed difference of the arm farthest from arm 0), with a vertical line at the sample size
     * per arm the test reached. Empty when the rates or the effect do not allow a power analysis.
     */
    @Override
    public Optional<XYChart> draw(StrategySummary s) {
        ExperimentSummary x = s.experiment();
        if (x == null) {
            return Optional.empty();
        }
        double baseline = x.baselineRate();
        double effect = x.powerEffect();
        double reached = x.reachedPerArm();
        if (!Double.isFinite(x.achievedPower())) {
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
        double reachedPower = x.achievedPower();
        String effectSource = x.effectIsMde() ? "configured MDE" : "observed difference";
        // The parameters go in the legend, below the plot, where a long strategy name can not push
        // them out of the picture; the title stays short.
        XYChart chart = ChartStyle.xy("Power of the test of " + s.name(), "customers per arm (reached by the test)",
                "power", false);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.0);
        chart.getStyler().setXAxisTickMarkSpacingHint(110); // wide labels such as 1,200,000 must not run together
        ChartStyle.legendBelow(chart);
        style(chart.addSeries(POWER_SERIES + " (baseline " + Numbers.significant(baseline, 3) + ", " + effectSource + " "
                + Numbers.significant(effect, 3) + ", alpha " + Numbers.significant(x.alpha(), 3) + ")", n, power),
                colour(0), STROKES[0]);
        XYSeries mark = chart.addSeries(REACHED_SERIES + " (" + Math.round(reached) + " per arm, power "
                + Numbers.fixed(reachedPower, 2) + ")", List.of(reached, reached), List.of(0.0, reachedPower));
        style(mark, colour(1), STROKES[1]);
        mark.setMarker(SeriesMarkers.CIRCLE);
        mark.setMarkerColor(colour(1));
        return Optional.of(chart);
    }
}
