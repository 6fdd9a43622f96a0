package io.campaignsim.report.sim;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SendTimeTally;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.report.Palette;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * The heatmaps of one simulation: open rate by send hour and weekday, and profit per contact by
 * segment and channel beside each segment's true incremental profit. Cells without data are left
 * out (drawn as background), never painted as zero. Colour scales come from the Okabe-Ito blue and
 * vermillion, which stay apart under the common colour-vision deficiencies, and every cell of the
 * segment chart carries its value, so nothing depends on colour alone.
 */
public final class SimulationHeatmaps {

    /** Series names. */
    public static final String OPEN_RATE = "open rate (opens / delivered contacts)";
    public static final String PROFIT_PER_CONTACT = "profit per contact";
    /** Last column of the segment heatmap. */
    public static final String TRUE_INCREMENTAL = "true incremental (all channels)";

    private static final Color WHITE = Color.WHITE;
    private static final Color BLUE = Palette.color(0);
    private static final Color VERMILLION = Palette.color(1);

    private SimulationHeatmaps() {}

    /** Weekday labels, Monday first (the y axis of the send-time heatmap). */
    public static List<String> weekdays() {
        List<String> out = new ArrayList<>();
        for (int w = 0; w < SendTimeTally.WEEKDAYS; w++) {
            String name = SendTimeCsv.weekday(w);
            out.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        return out;
    }

    /**
     * Open rate by send hour (x, 0..23) and weekday (y, Monday..Sunday) over the run; hours without
     * a delivered contact are blank. The scale runs from 0 to the highest rate.
     */
    public static HeatMapChart sendTime(SimulationResult r) {
        SendTimeTally t = r.sendTime();
        List<Integer> hours = new ArrayList<>();
        for (int h = 0; h < SendTimeTally.HOURS; h++) {
            hours.add(h);
        }
        List<Number[]> cells = new ArrayList<>();
        double max = 0;
        for (int w = 0; w < SendTimeTally.WEEKDAYS; w++) {
            for (int h = 0; h < SendTimeTally.HOURS; h++) {
                double rate = t.openRate(h, w);
                if (Double.isFinite(rate)) {
                    cells.add(new Number[] {h, w, rate});
                    max = Math.max(max, rate);
                }
            }
        }
        HeatMapChart chart = chart("Open rate by send hour and weekday (blank: no contacts sent)",
                "send hour (after quiet hours)", "weekday");
        chart.getStyler().setRangeColors(new Color[] {WHITE, BLUE});
        chart.getStyler().setHeatMapValueDecimalPattern("0.00");
        chart.addSeries(OPEN_RATE, hours, weekdays(), cells).setMin(0).setMax(roundUp(max));
        return chart;
    }

    /**
     * Profit per delivered contact by segment (y) and channel (x) with last-touch attribution, and a
     * last column with the segment's true incremental profit (policy minus no-contact twin) per
     * delivered contact of the segment. Cells without contacts are blank. The scale is symmetric
     * around zero: vermillion loses money, blue earns it.
     */
    public static HeatMapChart segments(SimulationResult r) {
        List<String> columns = new ArrayList<>(r.channels());
        columns.add(TRUE_INCREMENTAL);
        List<Number[]> cells = new ArrayList<>();
        double extreme = 0;
        for (int s = 0; s < r.segments().size(); s++) {
            List<Kpis> byChannel = r.segmentChannel().get(s);
            for (int c = 0; c < r.channels().size(); c++) {
                extreme = add(cells, c, s, perContact(byChannel.get(c).get(Metric.PROFIT), byChannel.get(c)), extreme);
            }
            Kpis all = r.segmentTotals().get(s);
            double incremental = all.get(Metric.PROFIT) - r.counterfactualSegments().get(s).get(Metric.PROFIT);
            extreme = add(cells, r.channels().size(), s, perContact(incremental, all), extreme);
        }
        HeatMapChart chart = chart("Profit per contact: channels last-touch attributed, not causal",
                "channel (last touch); last column: policy minus no-contact twin", "segment");
        chart.getStyler().setRangeColors(new Color[] {VERMILLION, WHITE, BLUE});
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setHeatMapValueDecimalPattern("#,##0.###");
        double bound = roundUp(extreme);
        chart.addSeries(PROFIT_PER_CONTACT, columns, r.segments(), cells).setMin(-bound).setMax(bound);
        return chart;
    }

    /** The scale's end: {@code v} rounded up to two significant digits, so the legend reads cleanly; 1 for 0. */
    static double roundUp(double v) {
        if (!(v > 0)) {
            return 1;
        }
        return new BigDecimal(v).round(new MathContext(2, RoundingMode.CEILING)).doubleValue();
    }

    private static double perContact(double value, Kpis k) {
        double contacts = k.get(Metric.CONTACTS);
        return contacts == 0 ? Double.NaN : value / contacts;
    }

    private static double add(List<Number[]> cells, int x, int y, double v, double extreme) {
        if (!Double.isFinite(v)) {
            return extreme;
        }
        cells.add(new Number[] {x, y, v});
        return Math.max(extreme, Math.abs(v));
    }

    private static HeatMapChart chart(String title, String xTitle, String yTitle) {
        HeatMapChart chart = new HeatMapChartBuilder().width(SimulationCharts.WIDTH).height(SimulationCharts.HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        HeatMapStyler s = chart.getStyler();
        Palette.style(s);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setPlotContentSize(1.0);
        s.setDrawBorder(true);
        return chart;
    }
}
