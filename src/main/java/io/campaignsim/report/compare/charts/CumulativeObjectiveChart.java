package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.ComparisonCharts;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/** {@code cumulative_objective}: the objective summed over days, per strategy, with its band over replications. */
public final class CumulativeObjectiveChart implements CompareChart.Whole {

    /** File stem. */
    public static final String FILE = "cumulative_objective";

    @Override
    public ChartName name() {
        return ChartName.CUMULATIVE_OBJECTIVE;
    }

    @Override
    public String title() {
        return "the cumulative objective over time per strategy: mean line and 95 % band across replications";
    }

    @Override
    public String needs() {
        return "daily series of the objective (every compare run has them)";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        return chart(c).map(ch -> List.of(new ComparisonCharts.Named(FILE,
                "Cumulative " + c.objective().key() + " over time per strategy", ch))).orElse(List.of());
    }

    /** The cumulative objective per strategy (mean line) with its band across replications (dashed). */
    public static Optional<XYChart> chart(Comparison c) {
        // With objective clv the day-by-day part is profit: the residual value exists only at the horizon.
        String metric = c.objective().cumulativeSeries();
        String what = metric.substring("cumulative_".length());
        XYChart chart = ChartStyle.xy("Cumulative " + what + " per strategy (mean and 95 % band over "
                + c.replications() + " replications)", "day of simulation",
                "cumulative " + what + ChartStyle.unit(c.objective().metric()), false);
        boolean any = false;
        int colour = 0;
        for (StrategySummary s : c.ranked()) {
            Optional<Series> series = ChartStyle.series(s, metric);
            if (series.isPresent()) {
                ChartStyle.withBand(chart, ChartStyle.label(s), series.get(), colour++, false);
                any = true;
            }
        }
        return any ? Optional.of(chart) : Optional.empty();
    }
}
