package io.campaignsim.compare;

import io.campaignsim.stats.Estimate;

/**
 * A strategy's change against the holdout, paired by replication.
 *
 * @param absolute mean of (strategy - holdout) with its paired t interval
 * @param relative mean(strategy - holdout) / mean(holdout), with a delta-method interval (NaN when the holdout mean is 0)
 * @param pValue two-sided paired t-test p-value of "no difference", raw (NaN if n &lt; 2 or all differences are 0)
 * @param pAdjusted {@code pValue} Holm-adjusted over the candidates' tests against the holdout for the same metric
 *     (every strategy but the holdout and the oracle); NaN for the holdout, the oracle, and when {@code pValue} is NaN
 */
public record Uplift(Estimate absolute, Estimate relative, double pValue, double pAdjusted) {

    /** An uplift whose p-value is not (yet) adjusted. */
    public Uplift(Estimate absolute, Estimate relative, double pValue) {
        this(absolute, relative, pValue, Double.NaN);
    }

    /** This uplift with the given adjusted p-value. */
    public Uplift withAdjusted(double adjusted) {
        return new Uplift(absolute, relative, pValue, adjusted);
    }
}
