package io.campaignsim.report;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look shared by every chart: the Okabe-Ito colour-blind-safe palette, in the order series
 * take it (black last), white background, light grid, legend below, readable fonts.
 */
public final class Palette {

    private static final Color[] OKABE_ITO = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), Color.BLACK};

    private Palette() {}

    /** The palette as a fresh array (XChart keeps the array it is given). */
    public static Color[] colors() {
        return OKABE_ITO.clone();
    }

    /** Colour of series {@code i}, cycling. */
    public static Color color(int i) {
        return OKABE_ITO[i % OKABE_ITO.length];
    }

    public static int size() {
        return OKABE_ITO.length;
    }

    /** Applies the house style to a chart with axes. */
    public static void style(AxesChartStyler s) {
        s.setSeriesColors(colors());
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setDecimalPattern("#,##0.##");
        s.setAntiAlias(true);
    }
}
