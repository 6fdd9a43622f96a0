package io.campaignsim.data;

/**
 * The effect of one arm versus the control on one outcome in one scope.
 *
 * @param scope "all" or {@code column=value} of a segment
 * @param effect arm value minus control value (rate points or outcome units)
 * @param ciLow lower end of the 95 % interval of {@code effect}
 * @param relative effect / control value (NaN when the control value is 0), with Fieller's interval
 *     for value / control value − 1 of the two independent arms, so the control's own uncertainty is
 *     in it; −∞ and +∞ when the control value is not distinguishable from 0 (unbounded)
 * @param test "z" (two-proportion z-test) or "welch" (Welch's t-test)
 */
public record Effect(String scope, String outcome, String arm, String control, long n, long nControl, double value,
                     double controlValue, double effect, double ciLow, double ciHigh, double relative,
                     double relativeLow, double relativeHigh, double pValue, String test) {}
