package io.campaignsim.data;

/**
 * What an outcome column looks like, to warn when a mean and its t interval are fragile.
 *
 * @param zeroShare share of rows with value 0
 * @param skewness sample skewness m3 / m2^1.5 (0 for a symmetric outcome)
 */
public record OutcomeShape(String outcome, boolean binary, double zeroShare, double skewness) {

    /** Skewness above this marks an outcome as heavy-tailed (a rule of thumb: the t interval then undercovers). */
    public static final double HEAVY_SKEWNESS = 2.0;

    /** Continuous and either mostly zeros or strongly right-skewed, as spend usually is. */
    public boolean heavyTailed() {
        return !binary && (zeroShare > 0.5 || skewness > HEAVY_SKEWNESS);
    }

    public static OutcomeShape of(String outcome, boolean binary, double[] y) {
        double mean = 0;
        int zeros = 0;
        for (double v : y) {
            mean += v;
            zeros += v == 0 ? 1 : 0;
        }
        mean /= y.length;
        double m2 = 0;
        double m3 = 0;
        for (double v : y) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= y.length;
        m3 /= y.length;
        double skew = m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
        return new OutcomeShape(outcome, binary, (double) zeros / y.length, skew);
    }

    /** The one-line note printed and written for a heavy-tailed outcome, or "" for others. */
    public String note() {
        if (!heavyTailed()) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%s is heavy-tailed (%.1f %% zeros, skewness %.1f): its mean and "
                + "Welch interval are driven by few large values; read its effects with care", outcome,
                100 * zeroShare, skewness);
    }
}
