package io.campaignsim.stats;

/** Error measures of predictions against a truth, and the standard error of an AUC. */
public final class ScoreErrors {

    private ScoreErrors() {}

    /** Mean of (prediction - truth)²: the Brier score when truth is a 0/1 outcome. */
    public static double meanSquared(double[] prediction, double[] truth) {
        Checks.sameLength("truth", prediction.length, truth.length);
        double s = 0;
        for (int i = 0; i < prediction.length; i++) {
            double e = prediction[i] - truth[i];
            s += e * e;
        }
        return s / prediction.length;
    }

    /** Mean of |prediction - truth|. */
    public static double meanAbsolute(double[] prediction, double[] truth) {
        Checks.sameLength("truth", prediction.length, truth.length);
        double s = 0;
        for (int i = 0; i < prediction.length; i++) {
            s += Math.abs(prediction[i] - truth[i]);
        }
        return s / prediction.length;
    }

    /** The square root of {@link #meanSquared}. */
    public static double rootMeanSquared(double[] prediction, double[] truth) {
        return Math.sqrt(meanSquared(prediction, truth));
    }

    /**
     * Standard error of an AUC estimated on {@code positives} and {@code negatives}, by Hanley and
     * McNeil (1982), eq. 2: with Q1 = A/(2-A) and Q2 = 2A²/(1+A),
     * SE² = (A(1-A) + (n₊-1)(Q1-A²) + (n₋-1)(Q2-A²)) / (n₊ n₋). NaN without both classes.
     */
    public static double aucStandardError(double auc, long positives, long negatives) {
        if (positives == 0 || negatives == 0 || Double.isNaN(auc)) {
            return Double.NaN;
        }
        double q1 = auc / (2 - auc);
        double q2 = 2 * auc * auc / (1 + auc);
        double v = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
                / ((double) positives * negatives);
        return Math.sqrt(Math.max(0, v));
    }
}
