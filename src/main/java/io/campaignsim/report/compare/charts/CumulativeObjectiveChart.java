package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.Role;
import io.campaignsim.compare.Series;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.ComparisonCharts;
import io.campaignsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * {@code cumulative_objective}: the objective summed over days per strategy. With up to
 * {@link #MAX_LINES} strategies, one chart with a line and band each; with more, small multiples
 * (one small panel a strategy, on a shared axis) instead of a tangle of overlapping lines. When
 * there is a holdout strategy the panels show the strategy's mean minus the holdout's, day by day,
 * since the cumulative totals of different strategies differ by a few per cent and would look alike.
 */
public final class CumulativeObjectiveChart implements CompareChart.Whole {

    /** File stem of the single chart; panels are {@code cumulative_objective_<strategy>}. */
    public static final String FILE = "cumulative_objective";
    /** More strategies than this are drawn as small multiples. */
    public static final int MAX_LINES = 4;
    static final int PANEL_WIDTH = 420;
    static final int PANEL_HEIGHT = 260;

    @Override
    public ChartName name() {
        return ChartName.CUMULATIVE_OBJECTIVE;
    }

    @Override
    public String title() {
        return "the cumulative objective over time per strategy: mean line and 95 % band across replications; "
                + "with more than " + MAX_LINES + " strategies, one small panel a strategy (files cumulative_objective_"
                + "<strategy>), as the difference to the holdout when there is one";
    }

    @Override
    public String needs() {
        return "daily series of the objective (every compare run has them)";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        String metric = c.objective().cumulativeSeries();
        long withSeries = c.ranked().stream().filter(s -> ChartStyle.series(s, metric).isPresent()).count();
        if (withSeries > MAX_LINES) {
            return panels(c);
        }
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

    /** One small panel a strategy (the holdout itself left out when it is the reference), sharing the y axis. */
    static List<ComparisonCharts.Named> panels(Comparison c) {
        String metric = c.objective().cumulativeSeries();
        String what = metric.substring("cumulative_".length());
        Optional<Series> reference = c.holdoutIsTwin() ? Optional.empty()
                : c.strategy(c.holdout()).flatMap(h -> ChartStyle.series(h, metric));
        List<StrategySummary> shown = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (StrategySummary s : c.ranked()) {
            Optional<Series> series = ChartStyle.series(s, metric);
            if (series.isEmpty() || reference.isPresent() && s.role() == Role.HOLDOUT) {
                continue;
            }
            List<Estimate> days = series.get().byDay();
            double[] y = new double[days.size()];
            for (int d = 0; d < y.length; d++) {
                double base = reference.isPresent() && d < reference.get().byDay().size() ? reference.get().byDay().get(d).mean()
                        : reference.isPresent() ? Double.NaN : 0.0;
                y[d] = days.get(d).mean() - base;
                if (Double.isFinite(y[d])) {
                    lo = Math.min(lo, y[d]);
                    hi = Math.max(hi, y[d]);
                }
            }
            shown.add(s);
            values.add(y);
        }
        if (shown.isEmpty() || !(hi >= lo)) {
            return List.of();
        }
        double pad = hi > lo ? (hi - lo) * 0.05 : Math.max(1, Math.abs(hi) * 0.05);
        List<ComparisonCharts.Named> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            StrategySummary s = shown.get(i);
            String yTitle = reference.isPresent() ? what + " minus holdout" : "cumulative " + what;
            XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT).title(ChartStyle.label(s))
                    .xAxisTitle("day").yAxisTitle(yTitle).build();
            io.campaignsim.report.Palette.style(chart.getStyler());
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setYAxisMin(lo - pad).setYAxisMax(hi + pad);
            chart.getStyler().setYAxisTickMarkSpacingHint(45);
            chart.getStyler().setXAxisTickMarkSpacingHint(60);
            ChartStyle.style(chart.addSeries(s.name(), ChartStyle.days(values.get(i).length, false),
                    ChartStyle.list(values.get(i))), ChartStyle.colour(0), ChartStyle.STROKES[0]);
            String caption = reference.isPresent()
                    ? "Cumulative " + what + " of " + s.name() + " minus the holdout's by day (means over replications)"
                    : "Cumulative " + what + " of " + s.name() + " by day (mean over replications)";
            out.add(new ComparisonCharts.Named(FILE + "_" + fileSafe(s.name()), caption, chart));
        }
        return out;
    }

    private static String fileSafe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return s.isEmpty() ? "strategy" : s;
    }
}
