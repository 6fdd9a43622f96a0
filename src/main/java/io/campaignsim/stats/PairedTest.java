package io.campaignsim.stats;

/**
 * Paired t-test of the mean difference b − a.
 *
 * @param difference estimate of the mean of b_i − a_i with its confidence interval
 * @param t t statistic, mean / standard error (NaN when n &lt; 2)
 * @param pValue two-sided p-value with n − 1 degrees of freedom (NaN when n &lt; 2)
 */
public record PairedTest(Estimate difference, double t, double pValue) {}
