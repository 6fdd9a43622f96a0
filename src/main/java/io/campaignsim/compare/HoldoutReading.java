package io.campaignsim.compare;

/**
 * What a randomised holdout test of one strategy, in one replication and on one metric, would have
 * told its analyst, beside what was true. Both are totals over the replication's whole population of
 * {@code customers}, in the units of the metric (e.g. incremental profit of the strategy on everyone).
 *
 * @param customers customers in the population (treated plus held out)
 * @param treated customers the strategy treated in the test
 * @param heldOut customers held out (never contacted)
 * @param estimate customers x (mean outcome of the treated - mean outcome of the held out): the
 *     difference in means per customer, scaled to the population
 * @param ciLow lower end of its Welch interval at the comparison's level, over customers (NaN with
 *     fewer than 2 customers in an arm)
 * @param ciHigh upper end of that interval
 * @param standardError customers x the Welch standard error sqrt(s_T²/n_T + s_H²/n_H)
 * @param truth the estimand, exactly: the strategy's run minus its no-contact twin on the same
 *     customers (the sum of every customer's own effect, the average treatment effect times customers)
 */
public record HoldoutReading(int customers, int treated, int heldOut, double estimate, double ciLow, double ciHigh,
        double standardError, double truth) implements java.io.Serializable {

    /** Whether the test had an interval (at least 2 customers in each arm). */
    public boolean hasInterval() {
        return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
    }

    /** Whether the test's interval contains the truth (false without an interval). */
    public boolean covers() {
        return hasInterval() && ciLow <= truth && truth <= ciHigh;
    }

    /** Estimate minus truth: what the test got wrong in this replication. */
    public double error() {
        return estimate - truth;
    }
}
