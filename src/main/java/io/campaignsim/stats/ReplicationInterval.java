package io.campaignsim.stats;

/**
 * Confidence intervals of a mean over independent replications:
 * {@code x̄ ± t_{n−1, (1+level)/2} · s/√n}.
 *
 * <p>Exact for normal data; for other data it relies on the central limit theorem, and with
 * strongly skewed data and few replications it covers a little less often than {@code level}.
 * {@link #paired} applies the same interval to differences b_i − a_i, which is how two strategies
 * are compared when they share common random numbers in each replication: the shared noise
 * cancels in the difference, so the paired interval is much narrower than an unpaired one.
 */
public final class ReplicationInterval {

    private ReplicationInterval() {}

    /** The mean with its interval; for n = 1 the interval and standard error are NaN. */
    public static Estimate of(double[] values, double level) {
        Checks.openUnit("level", level);
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        Checks.finite("values", values);
        MeanVariance mv = MeanVariance.of(values);
        int n = values.length;
        if (n < 2) {
            return new Estimate(mv.mean(), Double.NaN, Double.NaN, Double.NaN, n);
        }
        double se = mv.standardError();
        double half = Distributions.tQuantile(n - 1, (1 + level) / 2) * se;
        return new Estimate(mv.mean(), mv.mean() - half, mv.mean() + half, se, n);
    }

    /**
     * Paired comparison of b against a (replication i of both used the same random numbers).
     * When all differences are equal the test is decided by their value: p = 1 if 0, else 0.
     */
    public static PairedTest paired(double[] a, double[] b, double level) {
        Checks.sameLength("b", a.length, b.length);
        double[] differences = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            differences[i] = b[i] - a[i];
        }
        Estimate estimate = of(differences, level);
        if (!estimate.hasInterval()) {
            return new PairedTest(estimate, Double.NaN, Double.NaN);
        }
        if (estimate.standardError() == 0) {
            boolean zero = estimate.mean() == 0;
            return new PairedTest(estimate, zero ? 0 : Math.copySign(Double.POSITIVE_INFINITY, estimate.mean()),
                    zero ? 1 : 0);
        }
        double t = estimate.mean() / estimate.standardError();
        return new PairedTest(estimate, t, Distributions.tTwoSided(t, estimate.n() - 1));
    }
}
