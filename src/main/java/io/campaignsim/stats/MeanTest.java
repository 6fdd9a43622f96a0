package io.campaignsim.stats;

/**
 * Result of a two-sided test of two means.
 *
 * @param difference mean_B − mean_A
 * @param ciLow lower end of the confidence interval of the difference
 * @param ciHigh upper end of that interval
 * @param t test statistic
 * @param df degrees of freedom (Welch–Satterthwaite; may be fractional)
 * @param pValue two-sided p-value
 * @param significant whether pValue ≤ alpha
 */
public record MeanTest(double difference, double ciLow, double ciHigh, double t, double df, double pValue,
        boolean significant) {}
