package io.campaignsim.stats;

/**
 * Paired one-sided test against a margin: did the mean of paired differences d_i = current_i −
 * baseline_i move in the bad direction by more than δ? With n pairs, mean d̄ and standard deviation
 * s_d, se = s_d / √n and t has n − 1 degrees of freedom:
 * <pre>
 * worse means lower (higher is better):  H0: Δ ≥ −δ  vs  H1: Δ &lt; −δ,  t = (d̄ + δ) / se,  p = P(T ≤ t)
 * worse means higher (lower is better):  H0: Δ ≤ +δ  vs  H1: Δ &gt; +δ,  t = (d̄ − δ) / se,  p = P(T ≥ t)
 * </pre>
 * Under H0 at its boundary the p-value is uniform, so rejecting when p &lt; α has false-alarm rate
 * at most α (exactly α at Δ = ∓δ for normal differences). When every difference is the same
 * (s_d = 0, e.g. an unchanged policy rerun on the same seeds) the test is decided by d̄ alone: p is
 * 0 beyond the margin and 1 otherwise.
 *
 * @param difference d̄, the mean paired difference
 * @param standardError s_d / √n
 * @param degreesOfFreedom n − 1
 * @param pValue one-sided p-value of "worse by more than the margin"
 */
public record MarginTest(double difference, double standardError, int degreesOfFreedom, double pValue) {

    /**
     * @param current this run's values, same length and order (pairing) as {@code baseline}, n ≥ 2
     * @param margin δ ≥ 0, in the metric's units
     * @param lowerIsWorse true when a lower value is worse (higher is better)
     */
    public static MarginTest paired(double[] baseline, double[] current, double margin, boolean lowerIsWorse) {
        if (baseline.length != current.length) {
            throw new IllegalArgumentException("paired values need equal lengths, but were " + baseline.length
                    + " and " + current.length);
        }
        if (baseline.length < 2) {
            throw new IllegalArgumentException("at least 2 pairs are needed, but there were " + baseline.length);
        }
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("margin must be >= 0, but was " + margin);
        }
        double[] d = new double[baseline.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = current[i] - baseline[i];
        }
        MeanVariance mv = MeanVariance.of(d);
        double se = mv.standardError();
        int df = d.length - 1;
        double shifted = lowerIsWorse ? mv.mean() + margin : -(mv.mean() - margin);
        double p;
        if (se == 0 || Double.isNaN(se)) {
            p = shifted < 0 ? 0.0 : 1.0;
        } else {
            // P(T ≤ shifted / se): the sign flip above makes "higher is worse" the same lower tail.
            p = Distributions.tCdf(shifted / se, df);
        }
        return new MarginTest(mv.mean(), se, df, p);
    }

    /** The two-sided (1 − 2a) interval of the mean difference: each end is a one-sided 1 − a bound. */
    public double[] interval(double a) {
        if (standardError == 0 || Double.isNaN(standardError)) {
            return new double[] {difference, difference};
        }
        double t = Distributions.tQuantile(degreesOfFreedom, 1 - a);
        return new double[] {difference - t * standardError, difference + t * standardError};
    }
}
