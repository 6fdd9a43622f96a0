package io.campaignsim.report.check;

import java.util.Locale;

/** Number formatting shared by the check table, JUnit and Markdown reports. */
final class Numbers {

    private Numbers() {}

    /** About four significant digits, thousands separated; "-" for NaN. */
    static String plain(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        String f = a >= 1000 ? "%,.0f" : a >= 10 ? "%,.1f" : a >= 0.1 || a == 0 ? "%.2f" : "%.4f";
        return String.format(Locale.ROOT, f, v);
    }

    static String signed(double v) {
        return Double.isNaN(v) || v < 0 ? plain(v) : "+" + plain(v);
    }

    /** 0.02 → "2 %", 0.905 → "90.5 %". */
    static String percent(double ratio) {
        double p = ratio * 100;
        String s = p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p)
                : String.format(Locale.ROOT, "%.2f", p).replaceAll("0+$", "");
        return s + " %";
    }
}
