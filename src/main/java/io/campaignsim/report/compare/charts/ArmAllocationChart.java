package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.ArmShares;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** {@code arm_allocation}: per bandit strategy, the share of each day's pulls that went to each arm. */
public final class ArmAllocationChart implements CompareChart.PerStrategy {

    public static final String PREFIX = "arms_";

    @Override
    public ChartName name() {
        return ChartName.ARM_ALLOCATION;
    }

    @Override
    public String title() {
        return "per bandit strategy (file arms_<strategy>): the share of each day's pulls per arm";
    }

    @Override
    public String needs() {
        return "a strategy that chooses among arms (bandits, A/B tests)";
    }

    @Override
    public String filePrefix() {
        return PREFIX;
    }

    @Override
    public String caption(StrategySummary s) {
        return "Arm allocation of " + s.name() + " by day";
    }

    /** A share at least this large counts as "all of the day's pulls" (rounding in the files is 1e-6). */
    static final double ALL = 0.999;

    /**
     * The arm that took all of every day's pulls (at least {@link #ALL}), if one did: its chart
     * would be a flat line at 100 %, so it is not drawn. Empty when no day had pulls.
     */
    public static Optional<Integer> singleArm(ArmShares a) {
        Integer arm = null;
        for (int d = 0; d < a.days(); d++) {
            for (int k = 0; k < a.arms().size(); k++) {
                double v = a.share(d, k);
                if (Double.isFinite(v) && v >= ALL) {
                    if (arm != null && arm != k) {
                        return Optional.empty();
                    }
                    arm = k;
                } else if (Double.isFinite(v) && v > 1 - ALL) {
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(arm);
    }

    /**
     * The share of each day's pulls per arm, in percent; days when no arm was pulled are gaps.
     * Empty without arms, and when one arm took every pull (see {@link #singleArm}).
     */
    @Override
    public Optional<XYChart> draw(StrategySummary s) {
        ArmShares a = s.arms();
        if (a == null || a.arms().isEmpty() || a.days() == 0 || singleArm(a).isPresent()) {
            return Optional.empty();
        }
        XYChart chart = ChartStyle.xy("Arm allocation of " + s.name() + " (share of the day's pulls)",
                "day of simulation", "share of pulls (%)", false);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        List<Double> x = ChartStyle.days(a.days(), false);
        for (int arm = 0; arm < a.arms().size(); arm++) {
            List<Double> y = new ArrayList<>();
            for (int d = 0; d < a.days(); d++) {
                double v = a.share(d, arm);
                y.add(Double.isFinite(v) ? v * 100 : null);
            }
            XYSeries series = chart.addSeries(a.arms().get(arm), x, y);
            ChartStyle.style(series, ChartStyle.colour(arm), ChartStyle.stroke(arm));
        }
        return Optional.of(chart);
    }
}
