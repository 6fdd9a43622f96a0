package io.campaignsim.stats;

/**
 * Two-sided z-test of H0: p_A = p_B, with a Wald confidence interval for p_B − p_A.
 *
 * <p>The statistic uses the pooled rate p̂ = (s_A + s_B)/(n_A + n_B), the variance under H0:
 * {@code z = (p̂_B − p̂_A) / sqrt(p̂(1−p̂)(1/n_A + 1/n_B))}. The interval uses the unpooled
 * variance, which holds whether or not H0 is true:
 * {@code (p̂_B − p̂_A) ± z_{1−α/2} sqrt(p̂_A(1−p̂_A)/n_A + p̂_B(1−p̂_B)/n_B)}.
 * When both arms are all failures (or all successes) there is no evidence either way: z = 0, p = 1.
 * An arm with no customers has rate NaN; then the difference is NaN, z = 0, p = 1 and the
 * interval is the whole range [−1, 1], so a caller that tests an arm nobody reached gets "no
 * evidence" rather than an exception.
 * Valid for one look at the data; for repeated looks use {@link Msprt}.
 */
public final class TwoProportionZTest {

    private TwoProportionZTest() {}

    public static ProportionTest test(long successesA, long nA, long successesB, long nB, double alpha) {
        Checks.counts("A", successesA, nA);
        Checks.counts("B", successesB, nB);
        Checks.openUnit("alpha", alpha);
        if (nA == 0 || nB == 0) {
            double rateA = nA == 0 ? Double.NaN : (double) successesA / nA;
            double rateB = nB == 0 ? Double.NaN : (double) successesB / nB;
            return new ProportionTest(rateA, rateB, rateB - rateA, -1, 1, 0, 1, false);
        }
        double rateA = (double) successesA / nA;
        double rateB = (double) successesB / nB;
        double difference = rateB - rateA;

        double pooled = (double) (successesA + successesB) / (nA + nB);
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
        double z = pooledSe > 0 ? difference / pooledSe : 0.0;
        double pValue = pooledSe > 0 ? Distributions.normalTwoSided(z) : 1.0;

        double waldSe = Math.sqrt(rateA * (1 - rateA) / nA + rateB * (1 - rateB) / nB);
        double half = Distributions.normalQuantile(1 - alpha / 2) * waldSe;
        return new ProportionTest(rateA, rateB, difference, difference - half, difference + half, z, pValue,
                pValue <= alpha);
    }
}
