package io.campaignsim.report;

import io.campaignsim.stats.Estimate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * campaignsim's one place for turning numbers into text, for every command's files, tables, pages
 * and charts. Two families:
 * <ul>
 *   <li><b>file values</b> ({@link #decimal}, {@link #text}, {@link #significantText}) round through
 *       {@link BigDecimal}, so the same double always gives the same text (byte-identical reruns),
 *       and an undefined value is the empty string (a missing CSV cell) or JSON null;</li>
 *   <li><b>display text</b> (everything else) is for humans: {@link Locale#ROOT}, never "-0", and
 *       {@link #NA} for an undefined (NaN or infinite) value.</li>
 * </ul>
 */
public final class Numbers {

    /** Decimals kept for metric values (counts and money) in files. */
    public static final int METRIC_SCALE = 4;
    /** Decimals kept for rates, ratios, shares and p-values in files. */
    public static final int RATE_SCALE = 6;
    /** What display text shows for an undefined value. */
    public static final String NA = "n/a";

    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

    private Numbers() {}

    // ---- file values -------------------------------------------------------------------------

    /** {@code v} rounded half-even to {@code scale} decimals without trailing zeros, or null if not finite. */
    public static BigDecimal decimal(double v, int scale) {
        if (!Double.isFinite(v)) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d; // one spelling of zero, whatever the input's sign or scale
    }

    /** Plain text of {@link #decimal}, or the empty string (a missing CSV value) if not finite. */
    public static String text(double v, int scale) {
        BigDecimal d = decimal(v, scale);
        return d == null ? "" : d.toPlainString();
    }

    /**
     * Six significant digits (for figures of any magnitude, e.g. estimates from real logs); plain
     * notation, except scientific below 1e-4 so tiny p-values keep their digits; "" if not finite.
     */
    public static String significantText(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        BigDecimal d = new BigDecimal(v).round(SIX_DIGITS).stripTrailingZeros();
        return v != 0 && Math.abs(v) < 1e-4 ? d.toString() : d.toPlainString();
    }

    /** {@code a / b}, NaN when {@code b} is zero (a rate with no denominator is undefined, not zero). */
    public static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    // ---- display: plain numbers ------------------------------------------------------------

    /** Thousands grouped, {@code decimals} decimals, e.g. "1,234.5"; never "-0.0". */
    public static String grouped(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", zeroIfRoundsToZero(v, decimals));
    }

    /** {@link #grouped} with an explicit "+" on positive values (zero and n/a stay unsigned). */
    public static String signedGrouped(double v, int decimals) {
        return withPlus(grouped(v, decimals));
    }

    /** {@link #grouped}: whole numbers for counts, two decimals for money. */
    public static String display(double v, boolean money) {
        return grouped(v, money ? 2 : 0);
    }

    /** {@link #signedGrouped}: whole numbers for counts, two decimals for money, for incremental values. */
    public static String signed(double v, boolean money) {
        return signedGrouped(v, money ? 2 : 0);
    }

    /**
     * A mean with its interval, grouped with one decimal (means over replications are rarely whole):
     * "1,234.5 [800.2, 1,650.0]", every figure signed if asked; "[n/a]" when the interval is undefined.
     */
    public static String withCi(Estimate e, boolean signed) {
        String mean = signed ? signedGrouped(e.mean(), 1) : grouped(e.mean(), 1);
        if (!Double.isFinite(e.ciLow()) || !Double.isFinite(e.ciHigh())) {
            return mean + " [" + NA + "]";
        }
        return signed
                ? mean + " [" + signedGrouped(e.ciLow(), 1) + ", " + signedGrouped(e.ciHigh(), 1) + "]"
                : mean + " [" + grouped(e.ciLow(), 1) + ", " + grouped(e.ciHigh(), 1) + "]";
    }

    /**
     * A relative change with its interval, e.g. "+12.3 % [+5.1 %, +19.8 %]"; "[unbounded]" when the
     * interval is infinite (Fieller's set for a ratio whose denominator is not distinguishable from
     * 0: the data do not bound it), "[n/a]" when there is none.
     */
    public static String relativeWithCi(Estimate e) {
        String mean = relativeChange(e.mean());
        if (Double.isInfinite(e.ciLow()) || Double.isInfinite(e.ciHigh())) {
            return mean + " [unbounded]";
        }
        if (!Double.isFinite(e.ciLow()) || !Double.isFinite(e.ciHigh())) {
            return mean + " [" + NA + "]";
        }
        return mean + " [" + relativeChange(e.ciLow()) + ", " + relativeChange(e.ciHigh()) + "]";
    }

    /** Ungrouped with {@code decimals} decimals, e.g. "0.1234" (a figure read digit by digit). */
    public static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : NA;
    }

    /** {@link #fixed} with an explicit sign, e.g. "+0.1234", "-2.5000". */
    public static String signedFixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+." + decimals + "f", v) : NA;
    }

    /** {@code digits} significant digits, e.g. 0.0123 → "0.0123" for 3 (small figures whose size varies). */
    public static String significant(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "g", v) : NA;
    }

    /**
     * About four significant digits for figures of unknown size, thousands grouped: "12,345",
     * "123.4", "1.23", "0.0123".
     */
    public static String compact(double v) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        double a = Math.abs(v);
        String f = a >= 1000 ? "%,.0f" : a >= 10 ? "%,.1f" : a >= 0.1 || a == 0 ? "%.2f" : "%.4f";
        return String.format(Locale.ROOT, f, v);
    }

    /** {@link #compact} with "+" on zero and positive values (a difference that may be either). */
    public static String compactSigned(double v) {
        return !Double.isFinite(v) || v < 0 ? compact(v) : "+" + compact(v);
    }

    // ---- display: percentages and p-values ---------------------------------------------------

    /** A rate as a percentage with two decimals, e.g. 0.1062 → "10.62 %". */
    public static String percent(double rate) {
        return percent(rate, 2);
    }

    /** A rate as a percentage with {@code decimals} decimals. */
    public static String percent(double rate, int decimals) {
        return Double.isFinite(rate) ? String.format(Locale.ROOT, "%." + decimals + "f %%", 100 * rate) : NA;
    }

    /** A difference of rates in percentage points with its sign, e.g. 0.0766 → "+7.66 pp". */
    public static String points(double diff) {
        return Double.isFinite(diff) ? String.format(Locale.ROOT, "%+.2f pp", 100 * diff) : NA;
    }

    /** A relative change as a signed percentage with one decimal, e.g. 0.1234 → "+12.3 %". */
    public static String relativeChange(double ratio) {
        return Double.isFinite(ratio) ? signedGrouped(ratio * 100, 1) + " %" : NA;
    }

    /**
     * A setting given as a fraction (a confidence level, a margin), as a percentage with at most
     * {@code maxDecimals} decimals and no trailing zeros: 0.95 → "95 %", 0.025 → "2.5 %".
     */
    public static String percentLabel(double ratio, int maxDecimals) {
        if (!Double.isFinite(ratio)) {
            return NA;
        }
        BigDecimal p = BigDecimal.valueOf(ratio * 100).setScale(maxDecimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (p.signum() == 0 ? "0" : p.toPlainString()) + " %";
    }

    /** A p-value for a table column: four decimals, "<0.0001" below that. */
    public static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return NA;
        }
        return p < 1e-4 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** A p-value inside a sentence: "p = 0.09" (two significant digits), "p < 0.001" or "p = n/a". */
    public static String pValueClause(double p) {
        if (!Double.isFinite(p)) {
            return "p = " + NA;
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + BigDecimal.valueOf(p).round(TWO_DIGITS).stripTrailingZeros().toPlainString();
    }

    private static String withPlus(String s) {
        return s.startsWith("-") || s.equals(NA) || isZero(s) ? s : "+" + s;
    }

    private static boolean isZero(String s) {
        return s.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
    }

    // Avoids "-0.00" for tiny negative values that round to zero.
    private static double zeroIfRoundsToZero(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(Math.abs(v) * scale) == 0 ? 0.0 : v;
    }
}
