package io.campaignsim.stats;

/**
 * Sample sizes and power of two-sided, two-arm tests with equal arms (normal approximation).
 *
 * <p>Two proportions, p₁ = baseline, p₂ = baseline + mde, p̄ = (p₁ + p₂)/2:
 * <pre>
 * n = ( z_{1−α/2}·sqrt(2p̄(1−p̄)) + z_{1−β}·sqrt(p₁(1−p₁) + p₂(1−p₂)) )² / mde²
 * </pre>
 * the first term is the variance under H0 (pooled, as {@link TwoProportionZTest} uses), the
 * second the variance under H1. Two means with common sd σ:
 * {@code n = 2σ²(z_{1−α/2} + z_{1−β})² / mde²}. Sizes are rounded up.
 */
public final class SampleSize {

    private SampleSize() {}

    /** Customers per arm to detect an absolute change {@code mde} of a rate with the given power. */
    public static long twoProportions(double baselineRate, double minimumDetectableEffect, double alpha,
            double power) {
        Rates rates = Rates.of(baselineRate, minimumDetectableEffect);
        Checks.openUnit("alpha", alpha);
        Checks.openUnit("power", power);
        double numerator = Distributions.normalQuantile(1 - alpha / 2) * rates.nullSd()
                + Distributions.normalQuantile(power) * rates.alternativeSd();
        return (long) Math.ceil(numerator * numerator / (minimumDetectableEffect * minimumDetectableEffect));
    }

    /**
     * Power of the two-sided pooled z-test with {@code nPerArm} customers per arm when the true
     * change is {@code mde}. Both rejection tails are counted, so it is the exact power of the
     * normal approximation (the sample size formula neglects the far tail, which is negligible).
     */
    public static double power(double baselineRate, double minimumDetectableEffect, double alpha, long nPerArm) {
        Rates rates = Rates.of(baselineRate, minimumDetectableEffect);
        Checks.openUnit("alpha", alpha);
        if (nPerArm <= 0) {
            throw new IllegalArgumentException("nPerArm must be positive, but was " + nPerArm);
        }
        double shift = Math.abs(minimumDetectableEffect) * Math.sqrt(nPerArm);
        double critical = Distributions.normalQuantile(1 - alpha / 2) * rates.nullSd();
        return Distributions.normalCdf((shift - critical) / rates.alternativeSd())
                + Distributions.normalCdf((-shift - critical) / rates.alternativeSd());
    }

    /** Observations per arm to detect a change {@code mde} of a mean whose sd is {@code sd}. */
    public static long twoMeans(double sd, double minimumDetectableEffect, double alpha, double power) {
        Checks.positive("sd", sd);
        Checks.positive("|mde|", Math.abs(minimumDetectableEffect));
        Checks.openUnit("alpha", alpha);
        Checks.openUnit("power", power);
        double z = Distributions.normalQuantile(1 - alpha / 2) + Distributions.normalQuantile(power);
        double ratio = sd / minimumDetectableEffect;
        return (long) Math.ceil(2 * z * z * ratio * ratio);
    }

    /** Per-customer standard deviations of the rate difference under H0 and under H1. */
    private record Rates(double nullSd, double alternativeSd) {
        static Rates of(double baseline, double mde) {
            Checks.openUnit("baselineRate", baseline);
            Checks.positive("|mde|", Math.abs(mde));
            double treated = Checks.openUnit("baselineRate + mde", baseline + mde);
            double mean = (baseline + treated) / 2;
            return new Rates(Math.sqrt(2 * mean * (1 - mean)),
                    Math.sqrt(baseline * (1 - baseline) + treated * (1 - treated)));
        }
    }
}
