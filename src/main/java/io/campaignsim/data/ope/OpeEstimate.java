package io.campaignsim.data.ope;

/**
 * One estimator's estimate of the policy value (expected reward per impression) with its
 * bootstrap percentile 95 % interval.
 */
public record OpeEstimate(Estimator estimator, double value, double ciLow, double ciHigh) {

    /** True when the two intervals share at least one point. */
    public static boolean overlap(double lowA, double highA, double lowB, double highB) {
        return lowA <= highB && lowB <= highA;
    }
}
