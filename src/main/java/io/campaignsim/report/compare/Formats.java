package io.campaignsim.report.compare;

import io.campaignsim.report.CsvFormats;
import io.campaignsim.report.Numbers;
import io.campaignsim.stats.Estimate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * Number and CSV formatting of the compare files, with the same conventions as the simulate writers
 * (io.campaignsim.report.Numbers and CsvFormats, which are package-private there): files round
 * half-even through {@link BigDecimal} so a double always gives the same text; display formats are
 * for humans only.
 */
final class Formats {

    /** Decimals kept for metric values (counts and money) in files: as simulate's files. */
    static final int METRIC_SCALE = Numbers.METRIC_SCALE;
    /** Decimals kept for rates, ratios, shares and p-values in files. */
    static final int RATE_SCALE = Numbers.RATE_SCALE;

    private Formats() {}

    /** campaignsim's one CSV dialect. */
    static CSVFormat csv(List<String> header) {
        return CsvFormats.withHeader(header);
    }

    /** See {@link Numbers#decimal}. */
    static BigDecimal decimal(double v, int scale) {
        return Numbers.decimal(v, scale);
    }

    /** See {@link Numbers#text}. */
    static String text(double v, int scale) {
        return Numbers.text(v, scale);
    }

    /** Grouped, one decimal (means over replications are rarely whole); "n/a" if not finite. */
    static String display(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,.1f", Math.abs(v) < 0.05 ? 0.0 : v); // no "-0.0"
    }

    /** {@link #display} with an explicit sign (except for zero and n/a). */
    static String signed(double v) {
        String s = display(v);
        return s.startsWith("-") || s.equals("n/a") || s.equals("0.0") ? s : "+" + s;
    }

    /** "1,234.5 [800.2, 1,650.0]", signed if asked; "[n/a]" when the interval is undefined. */
    static String withCi(Estimate e, boolean signed) {
        String mean = signed ? signed(e.mean()) : display(e.mean());
        if (!Double.isFinite(e.ciLow()) || !Double.isFinite(e.ciHigh())) {
            return mean + " [n/a]";
        }
        return signed
                ? mean + " [" + signed(e.ciLow()) + ", " + signed(e.ciHigh()) + "]"
                : mean + " [" + display(e.ciLow()) + ", " + display(e.ciHigh()) + "]";
    }

    /** A relative change as a signed percentage, e.g. "+12.3 %", or "n/a". */
    static String percent(double ratio) {
        return Double.isFinite(ratio) ? signed(ratio * 100) + " %" : "n/a";
    }

    /** "p = 0.09", "p < 0.001" or "p = n/a"; two significant digits. */
    static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return "p = n/a";
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + BigDecimal.valueOf(p).round(new MathContext(2, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    /** A confidence level as a percentage label, e.g. "95 %". */
    static String level(double level) {
        return BigDecimal.valueOf(level * 100).round(new MathContext(6)).stripTrailingZeros().toPlainString() + " %";
    }
}
