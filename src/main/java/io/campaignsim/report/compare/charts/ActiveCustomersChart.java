package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.ComparisonCharts;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/** {@code active_customers}: customers not churned at the end of each day, per strategy, with its band over replications. */
public final class ActiveCustomersChart implements CompareChart.Whole {

    /** File stem. */
    public static final String FILE = "active_customers";

    @Override
    public ChartName name() {
        return ChartName.ACTIVE_CUSTOMERS;
    }

    @Override
    public String title() {
        return "active (not churned) customers over time per strategy: mean line and 95 % band across replications";
    }

    @Override
    public String needs() {
        return "the daily active series (compare runs since issue #15 have it)";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        return chart(c).map(ch -> List.of(new ComparisonCharts.Named(FILE,
                "Active (not churned) customers over time per strategy", ch))).orElse(List.of());
    }

    public static Optional<XYChart> chart(Comparison c) {
        XYChart chart = ChartStyle.xy("Active customers per strategy (mean and 95 % band over "
                + ChartStyle.replications(c.replications()) + ")", "day of simulation", "customers not churned (count)",
                false);
        boolean any = false;
        int colour = 0;
        for (StrategySummary s : c.ranked()) {
            Optional<Series> series = ChartStyle.series(s, Series.ACTIVE);
            if (series.isPresent()) {
                ChartStyle.withBand(chart, ChartStyle.label(s), series.get(), colour++, false);
                any = true;
            }
        }
        return any ? Optional.of(chart) : Optional.empty();
    }
}
