package io.campaignsim.stats;

/**
 * Result of a two-sided test of two proportions.
 *
 * @param rateA successes / n in arm A
 * @param rateB successes / n in arm B
 * @param difference rateB − rateA
 * @param ciLow lower end of the Wald (unpooled) confidence interval of the difference
 * @param ciHigh upper end of that interval
 * @param z test statistic with the pooled standard error (0 when both arms are all 0 or all 1)
 * @param pValue two-sided p-value
 * @param significant whether pValue ≤ alpha
 */
public record ProportionTest(double rateA, double rateB, double difference, double ciLow, double ciHigh, double z,
        double pValue, boolean significant) {}
