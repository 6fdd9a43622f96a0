package io.campaignsim.stats;

/**
 * Welch's two-sided t-test of H0: μ_A = μ_B without assuming equal variances, with a
 * confidence interval for μ_B − μ_A.
 *
 * <pre>
 * se = sqrt(s_A²/n_A + s_B²/n_B),  t = (x̄_B − x̄_A) / se
 * df = se⁴ / ((s_A²/n_A)²/(n_A−1) + (s_B²/n_B)²/(n_B−1))      (Welch–Satterthwaite)
 * CI = (x̄_B − x̄_A) ± t_{df, 1−α/2} · se
 * </pre>
 * The p-value equals Commons Math's {@code TTest.tTest(a, b)}. If both samples are constant
 * (se = 0) the test is decided by the difference alone: p = 1 if it is 0, else p = 0.
 */
public final class WelchTTest {

    private WelchTTest() {}

    public static MeanTest test(MeanVariance a, MeanVariance b, double alpha) {
        Checks.openUnit("alpha", alpha);
        if (a.n() < 2 || b.n() < 2) {
            throw new IllegalArgumentException("each sample needs n >= 2, but had " + a.n() + " and " + b.n());
        }
        double difference = b.mean() - a.mean();
        double va = a.variance() / a.n();
        double vb = b.variance() / b.n();
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            boolean equal = difference == 0;
            double t = equal ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
            double df = a.n() + b.n() - 2;
            return new MeanTest(difference, difference, difference, t, df, equal ? 1 : 0, !equal);
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
        double t = difference / se;
        double p = Distributions.tTwoSided(t, df);
        double half = Distributions.tQuantile(df, 1 - alpha / 2) * se;
        return new MeanTest(difference, difference - half, difference + half, t, df, p, p <= alpha);
    }
}
