package io.campaignsim.report;

import java.awt.Color;

/**
 * The Okabe-Ito colour-blind-safe palette used by every chart, in the order series take it
 * (black last).
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
}
