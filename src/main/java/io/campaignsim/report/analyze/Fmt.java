package io.campaignsim.report.analyze;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats of the analyze and ope outputs: CSV cells and terminal/HTML text. */
public final class Fmt {

    private static final MathContext SIX = new MathContext(6);

    private Fmt() {}

    /** A CSV cell: 6 significant digits, plain notation (scientific below 1e-4, e.g. tiny p-values), "" for NaN. */
    public static String cell(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        BigDecimal d = new BigDecimal(v).round(SIX).stripTrailingZeros();
        return v != 0 && Math.abs(v) < 1e-4 ? d.toString() : d.toPlainString();
    }

    /** A rate as a percentage with 2 decimals, e.g. "10.62 %". */
    public static String percent(double rate) {
        return Double.isFinite(rate) ? String.format(Locale.ROOT, "%.2f %%", 100 * rate) : "-";
    }

    /** A rate as a percentage with {@code decimals} decimals. */
    public static String percent(double rate, int decimals) {
        return Double.isFinite(rate) ? String.format(Locale.ROOT, "%." + decimals + "f %%", 100 * rate) : "-";
    }

    /** A difference of rates in percentage points with sign, e.g. "+7.66 pp". */
    public static String points(double diff) {
        return Double.isFinite(diff) ? String.format(Locale.ROOT, "%+.2f pp", 100 * diff) : "-";
    }

    /** A plain number with {@code decimals} decimals, "-" for NaN. */
    public static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    /** A p-value: "<0.0001" below that, else 4 decimals. */
    public static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return "-";
        }
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
