package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.compare.ComparisonCharts;
import io.campaignsim.stats.Estimate;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code profit_vs_clv}: short-term profit (x) against customer lifetime value (y), one point per
 * strategy with its 95 % intervals on both axes as a cross: a strategy far right but low bought
 * this horizon's profit with future value.
 */
public final class ProfitVsClvChart implements CompareChart.Whole {

    /** File stem. */
    public static final String FILE = "profit_vs_clv";

    @Override
    public ChartName name() {
        return ChartName.PROFIT_VS_CLV;
    }

    @Override
    public String title() {
        return "short-term profit against customer lifetime value, one point per strategy with 95 % intervals";
    }

    @Override
    public String needs() {
        return "profit and CLV per strategy (every compare run has them)";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        return chart(c).map(ch -> List.of(new ComparisonCharts.Named(FILE,
                "Short-term profit against customer lifetime value per strategy, with 95 % confidence intervals", ch)))
                .orElse(List.of());
    }

    /** The scatter; empty when no strategy has both figures (e.g. redrawn from an old comparison.json). */
    public static Optional<XYChart> chart(Comparison c) {
        XYChart chart = ChartStyle.xy("Short-term profit against CLV per strategy (mean and 95 % CI over "
                + ChartStyle.replications(c.replications()) + ")", "profit over the horizon (currency units)",
                "CLV: profit + discounted residual value (currency units)", false);
        int colour = 0;
        boolean any = false;
        for (StrategySummary s : c.ranked()) {
            Estimate profit = s.metric(CompareMetric.PROFIT);
            Estimate clv = s.metric(CompareMetric.CLV);
            if (profit == null || clv == null || !Double.isFinite(profit.mean()) || !Double.isFinite(clv.mean())) {
                continue;
            }
            Color col = ChartStyle.colour(colour++);
            String label = ChartStyle.label(s);
            XYSeries point = chart.addSeries(label, List.of(profit.mean()), List.of(clv.mean()));
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            point.setMarker(SeriesMarkers.CIRCLE);
            point.setMarkerColor(col);
            if (Double.isFinite(profit.ciLow()) && Double.isFinite(clv.ciLow())) {
                // the two intervals as a cross of thin lines through the mean, not in the legend
                XYSeries h = chart.addSeries(label + ComparisonCharts.BAND_SUFFIX + " x",
                        List.of(profit.ciLow(), profit.ciHigh()), List.of(clv.mean(), clv.mean()));
                XYSeries v = chart.addSeries(label + ComparisonCharts.BAND_SUFFIX + " y",
                        List.of(profit.mean(), profit.mean()), List.of(clv.ciLow(), clv.ciHigh()));
                for (XYSeries line : List.of(h, v)) {
                    ChartStyle.style(line, col, ChartStyle.BAND);
                    line.setShowInLegend(false);
                }
            }
            any = true;
        }
        return any ? Optional.of(chart) : Optional.empty();
    }
}
