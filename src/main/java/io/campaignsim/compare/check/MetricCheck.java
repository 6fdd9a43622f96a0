package io.campaignsim.compare.check;


import io.campaignsim.scenario.CheckSpec.Direction;

/**
 * One row of a check: a strategy's metric, the baseline and current means over replications, the
 * mean paired difference (current − baseline, replication by replication) with its two-sided
 * {@code 1 − 2α} interval, the absolute margin, the test's raw and corrected p-values and the
 * verdict. Figures are NaN when the test was skipped; the p-values are NaN when every replication gave
 * the same value in both runs (nothing changed, nothing to test, not counted in the correction).
 *
 * @param strategy strategy name
 * @param metric the key of the values tested: a metric, or {@code incremental_<metric>}
 * @param direction which way is better
 * @param baselineMean mean of the baseline's replications
 * @param currentMean mean of this run's replications
 * @param difference currentMean − baselineMean
 * @param ciLow lower end of the two-sided 1 − 2α interval of the mean paired difference
 * @param ciHigh upper end of that interval
 * @param relativeMargin the configured margin, a fraction of |baselineMean|
 * @param margin relativeMargin × |baselineMean|
 * @param alpha one-sided level of each interval end: 1 − confidence, divided by the number of tests
 *     under Holm or Bonferroni (the simultaneous interval)
 * @param pValue one-sided paired p-value of "worse by more than the margin"
 * @param adjustedPValue pValue after the scenario's multiple-testing correction; REGRESSED when it is
 *     below 1 − confidence
 * @param verdict the outcome
 */
public record MetricCheck(String strategy, String metric, Direction direction, double baselineMean, double currentMean,
        double difference, double ciLow, double ciHigh, double relativeMargin, double margin, double alpha,
        double pValue, double adjustedPValue, Verdict verdict) {

    public static MetricCheck skipped(String strategy, String metric, Direction direction, double relativeMargin,
            Verdict verdict) {
        return new MetricCheck(strategy, metric, direction, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                relativeMargin, Double.NaN, Double.NaN, Double.NaN, Double.NaN, verdict);
    }

    /** Level of the interval shown, 1 − 2α (e.g. 0.90 for one-sided 95 % bounds). */
    public double intervalLevel() {
        return 1 - 2 * alpha;
    }
}
