package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.ComparisonCharts;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/** {@code regret}: how much of the objective each strategy lost against the oracle, accumulated over days. */
public final class RegretChart implements CompareChart.Whole {

    /** File stem. */
    public static final String FILE = "regret";

    @Override
    public ChartName name() {
        return ChartName.REGRET;
    }

    @Override
    public String title() {
        return "cumulative regret (oracle minus strategy) over time per strategy, with its band; "
                + "the time axis is logarithmic with report --log-time";
    }

    @Override
    public String needs() {
        return "an oracle strategy";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        return chart(c, options.logTime()).map(ch -> List.of(new ComparisonCharts.Named(FILE,
                "Cumulative regret versus the oracle over time", ch))).orElse(List.of());
    }

    /** Cumulative regret (oracle minus strategy) per non-oracle strategy; time axis logarithmic if asked. */
    public static Optional<XYChart> chart(Comparison c, boolean logTime) {
        XYChart chart = ChartStyle.xy("Cumulative regret versus the oracle ("
                + c.objective().cumulativeSeries().substring("cumulative_".length()) + ")",
                logTime ? "day of simulation (1 = first day, log scale)" : "day of simulation",
                "cumulative regret" + ChartStyle.unit(c.objective().metric()), logTime);
        boolean any = false;
        int colour = 0;
        for (StrategySummary s : c.ranked()) {
            Optional<Series> series = ChartStyle.series(s, "cumulative_regret");
            if (!s.isOracle() && series.isPresent()) {
                ChartStyle.withBand(chart, ChartStyle.label(s), series.get(), colour++, logTime);
                any = true;
            }
        }
        return any ? Optional.of(chart) : Optional.empty();
    }
}
