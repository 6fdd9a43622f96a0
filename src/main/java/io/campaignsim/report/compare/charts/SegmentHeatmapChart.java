package io.campaignsim.report.compare.charts;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.SegmentIncrementals;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.Palette;
import io.campaignsim.report.compare.ComparisonCharts;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * {@code segment_heatmap} (file {@code segments_heatmap}): each strategy's true incremental profit per customer (against the
 * no-contact twin, mean over replications) in each segment. Rows are strategies in rank order, the
 * winner on top and the oracle at the bottom; columns are segments. The colour scale is symmetric around zero, vermillion losing
 * and blue earning, and every cell shows its value, so the chart does not rely on colour alone.
 * Cells with no value (an empty segment) are blank.
 */
public final class SegmentHeatmapChart implements CompareChart.Whole {

    /** File stem. */
    public static final String NAME = "segments_heatmap";
    /** Series name. */
    public static final String SERIES = "true incremental profit per customer";

    @Override
    public ChartName name() {
        return ChartName.SEGMENT_HEATMAP;
    }

    @Override
    public String title() {
        return "heatmap (file segments_heatmap) of each strategy's true incremental profit per customer by segment, "
                + "against the no-contact twin";
    }

    @Override
    public String needs() {
        return "per-segment figures in comparison.json (written by every compare run of this version)";
    }

    @Override
    public List<ComparisonCharts.Named> draw(Comparison c, ComparisonCharts.Options options) {
        return chart(c).map(ch -> List.of(new ComparisonCharts.Named(NAME, "True incremental profit per customer of "
                + "each strategy by segment, against the no-contact twin", ch))).orElse(List.of());
    }

    /** The chart; empty when the comparison has no per-segment figures (an older comparison.json). */
    public static Optional<HeatMapChart> chart(Comparison c) {
        SegmentIncrementals seg = c.segments();
        if (seg == null || seg.segments().isEmpty()) {
            return Optional.empty();
        }
        List<String> rows = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        double extreme = 0;
        List<StrategySummary> ranked = new ArrayList<>(c.ranked());
        Collections.reverse(ranked); // the y axis grows upwards: the winner goes on top, the oracle at the bottom
        for (StrategySummary s : ranked) {
            List<Double> values = seg.of(s.name());
            if (values.isEmpty()) {
                continue;
            }
            int y = rows.size();
            rows.add(s.isOracle() ? s.name() + " (oracle)" : s.name());
            for (int x = 0; x < values.size(); x++) {
                double v = values.get(x);
                if (Double.isFinite(v)) {
                    cells.add(new Number[] {x, y, v});
                    extreme = Math.max(extreme, Math.abs(v));
                }
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(ComparisonCharts.WIDTH).height(ComparisonCharts.HEIGHT)
                .title("True incremental profit per customer by segment (mean of " + c.replications()
                        + (c.replications() == 1 ? " replication)" : " replications)"))
                .xAxisTitle("segment (profit minus the no-contact twin's, per customer of the segment)")
                .yAxisTitle("strategy").build();
        HeatMapStyler st = chart.getStyler();
        Palette.style(st);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setPlotContentSize(1.0);
        st.setDrawBorder(true);
        st.setRangeColors(new Color[] {Palette.color(1), Color.WHITE, Palette.color(0)});
        st.setShowValue(true);
        st.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setValueFontColor(Color.BLACK);
        st.setHeatMapValueDecimalPattern("#,##0.###");
        double bound = roundUp(extreme);
        chart.addSeries(SERIES, seg.segments(), rows, cells).setMin(-bound).setMax(bound);
        return Optional.of(chart);
    }

    // Two significant digits, rounded up, so the legend's end labels read cleanly.
    private static double roundUp(double v) {
        return v > 0 ? new BigDecimal(v).round(new MathContext(2, RoundingMode.CEILING)).doubleValue() : 1;
    }
}
