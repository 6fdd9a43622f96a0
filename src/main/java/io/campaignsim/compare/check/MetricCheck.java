package io.campaignsim.compare.check;


import io.campaignsim.scenario.CheckSpec.Direction;

/**
 * One row of a check: a strategy's metric, the baseline and current means over replications, the
 * difference (current − baseline) with its two-sided {@code 1 − 2α} Welch interval (each end is
 * the one-sided {@code 1 − α} bound the verdict uses), the absolute margin and the verdict.
 * Figures are NaN when the test was skipped.
 *
 * @param strategy strategy name
 * @param metric the key of the values tested: a metric, or {@code incremental_<metric>}
 * @param direction which way is better
 * @param baselineMean mean of the baseline's replications
 * @param currentMean mean of this run's replications
 * @param difference currentMean − baselineMean
 * @param ciLow lower one-sided bound of the difference
 * @param ciHigh upper one-sided bound of the difference
 * @param relativeMargin the configured margin, a fraction of |baselineMean|
 * @param margin relativeMargin × |baselineMean|
 * @param alpha false-alarm probability of this one-sided test (after any correction)
 * @param verdict the outcome
 */
public record MetricCheck(String strategy, String metric, Direction direction, double baselineMean, double currentMean,
        double difference, double ciLow, double ciHigh, double relativeMargin, double margin, double alpha,
        Verdict verdict) {

    public static MetricCheck skipped(String strategy, String metric, Direction direction, double relativeMargin,
            Verdict verdict) {
        return new MetricCheck(strategy, metric, direction, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                relativeMargin, Double.NaN, Double.NaN, verdict);
    }

    /** Level of the interval shown, 1 − 2α (e.g. 0.90 for one-sided 95 % bounds). */
    public double intervalLevel() {
        return 1 - 2 * alpha;
    }
}
