package io.campaignsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Number formatting shared by the writers. File outputs round through {@link BigDecimal} so that
 * the same double always gives the same text (byte-identical reruns); display formats are for
 * humans only.
 */
public final class Numbers {

    /** Decimals kept for metric values (counts and money) in files. */
    public static final int METRIC_SCALE = 4;
    /** Decimals kept for rates and ratios in files. */
    public static final int RATE_SCALE = 6;

    private Numbers() {}

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

    /** {@code a / b}, NaN when {@code b} is zero (a rate with no denominator is undefined, not zero). */
    public static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /** Grouped display: whole numbers for counts, two decimals for money; "n/a" when not finite. */
    public static String display(double v, boolean money) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, money ? "%,.2f" : "%,.0f", zeroIfNegativeZero(v, money ? 2 : 0));
    }

    /** Like {@link #display} with an explicit sign, for incremental values. */
    public static String signed(double v, boolean money) {
        String s = display(v, money);
        return s.startsWith("-") || s.equals("n/a") || isDisplayZero(s) ? s : "+" + s;
    }

    /** A rate as a percentage with two decimals, "n/a" when undefined. */
    public static String percent(double rate) {
        return Double.isFinite(rate) ? String.format(Locale.ROOT, "%.2f %%", rate * 100) : "n/a";
    }

    private static boolean isDisplayZero(String s) {
        return s.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
    }

    // Avoids "-0.00" for tiny negative values rounded to zero.
    private static double zeroIfNegativeZero(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(Math.abs(v) * scale) == 0 ? 0.0 : v;
    }
}
