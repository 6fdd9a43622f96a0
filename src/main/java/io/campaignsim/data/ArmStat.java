package io.campaignsim.data;

/**
 * One arm's outcome in one scope (the whole log or one segment): a rate for a 0/1 outcome, a mean
 * otherwise, with its 95 % confidence interval (Wald for a rate, t for a mean).
 *
 * @param scope "all" or {@code column=value} of a segment
 */
public record ArmStat(String scope, String outcome, String arm, long n, boolean binary, double value, double ciLow,
                      double ciHigh) {}
