package io.campaignsim.stats;

import java.util.ArrayList;
import java.util.List;

/** Quality of predicted probabilities: ranking (AUC) and calibration. */
public final class Classification {

    private Classification() {}

    /**
     * Area under the ROC curve, the probability that a random positive scores above a random
     * negative, ties counting one half: the Mann–Whitney {@code U / (n₊ n₋)}. Computed over tie
     * groups of the sorted scores in O(n log n):
     * {@code AUC = Σ_g pos_g·(negatives scored below g + neg_g/2) / (n₊ n₋)}.
     * NaN when there is no positive or no negative.
     */
    public static double auc(double[] score, boolean[] label) {
        Checks.sameLength("label", score.length, label.length);
        Ranking ranking = Ranking.byScoreDescending(score);
        double[] positive = new double[score.length];
        double[] negative = new double[score.length];
        for (int i = 0; i < score.length; i++) {
            positive[i] = label[i] ? 1 : 0;
            negative[i] = label[i] ? 0 : 1;
        }
        double[] positives = ranking.cumulative(positive);
        double[] negatives = ranking.cumulative(negative);
        int groups = ranking.groups();
        double totalPositive = groups == 0 ? 0 : positives[groups];
        double totalNegative = groups == 0 ? 0 : negatives[groups];
        if (totalPositive == 0 || totalNegative == 0) {
            return Double.NaN;
        }
        double u = 0;
        for (int g = 0; g < groups; g++) {
            double pos = positives[g + 1] - positives[g];
            double neg = negatives[g + 1] - negatives[g];
            u += pos * ((totalNegative - negatives[g + 1]) + neg / 2);
        }
        return u / (totalPositive * totalNegative);
    }

    /**
     * Calibration over {@code bins} bins of equal count (quantiles of the prediction), lowest
     * first. Equal-count bins rather than equal-width ones because purchase probabilities crowd
     * near 0: equal-width bins over [0, 1] would put nearly everyone in the first bin.
     *
     * @param predicted predicted probabilities
     * @param truth true probabilities, or observed 0/1 outcomes
     */
    public static Calibration calibration(double[] predicted, double[] truth, int bins) {
        Checks.sameLength("truth", predicted.length, truth.length);
        Checks.finite("truth", truth);
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, but was " + bins);
        }
        if (predicted.length == 0) {
            throw new IllegalArgumentException("predicted must not be empty");
        }
        Ranking ranking = Ranking.byScoreDescending(predicted);
        int n = predicted.length;
        List<CalibrationBin> table = new ArrayList<>();
        double weightedError = 0;
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) b * n / bins);
            int to = (int) ((long) (b + 1) * n / bins);
            if (from == to) {
                continue;
            }
            double sumPredicted = 0;
            double sumTruth = 0;
            for (int ascending = from; ascending < to; ascending++) {
                int unit = ranking.unitAt(n - 1 - ascending);
                sumPredicted += predicted[unit];
                sumTruth += truth[unit];
            }
            int count = to - from;
            CalibrationBin bin = new CalibrationBin(sumPredicted / count, sumTruth / count, count);
            table.add(bin);
            weightedError += count * Math.abs(bin.meanPredicted() - bin.meanTruth());
        }
        return new Calibration(table, weightedError / n);
    }
}
