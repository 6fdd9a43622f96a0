package io.campaignsim.stats;

/**
 * Mixture sequential probability ratio test (mSPRT) of H0: p_A = p_B, valid however often one
 * looks (Johari, Koomen, Pekelis and Walsh 2017, "Peeking at A/B tests"; Johari, Pekelis and
 * Walsh 2015/2017, "Always valid inference").
 *
 * <p>With the normal approximation θ̂ = p̂_B − p̂_A ~ N(θ, V), V = p̂_A(1−p̂_A)/n_A + p̂_B(1−p̂_B)/n_B,
 * and a N(0, τ²) mixture over θ under H1, the mixture likelihood ratio against θ₀ is
 * <pre>
 * Λ(θ₀) = sqrt(V / (V + τ²)) · exp( τ²(θ̂ − θ₀)² / (2V(V + τ²)) )
 * </pre>
 * Λ(0) is a (approximate) non-negative martingale under H0, so by Ville's inequality
 * P(sup Λ ≥ 1/α) ≤ α: the p-value {@code p_n = min(p_{n−1}, 1/Λ_n(0))} is valid at any stopping
 * time. The always-valid confidence sequence is {θ₀ : Λ(θ₀) &lt; 1/α}, i.e.
 * <pre>
 * θ̂ ± sqrt( V(V + τ²)/τ² · (2 ln(1/α) + ln((V + τ²)/V)) )
 * </pre>
 * intersected with all earlier intervals. 0 leaves the sequence exactly when p ≤ α.
 *
 * <p>τ² tunes where the test is most efficient: effects of the order of τ are detected fastest.
 * {@link #forMde} sets τ = mde.
 *
 * @param tau2 variance τ² of the normal mixture over the effect (positive)
 * @param alpha significance level of the test and 1 − coverage of the confidence sequence
 * @implNote Immutable and thread-safe; the evolving state lives in {@link MsprtState}.
 */
public record Msprt(double tau2, double alpha) {

    public static final double DEFAULT_ALPHA = 0.05;

    public Msprt {
        Checks.positive("tau2", tau2);
        Checks.openUnit("alpha", alpha);
    }

    public Msprt(double tau2) {
        this(tau2, DEFAULT_ALPHA);
    }

    /** A test tuned to the smallest effect worth detecting: τ² = mde². */
    public static Msprt forMde(double minimumDetectableEffect, double alpha) {
        return new Msprt(minimumDetectableEffect * minimumDetectableEffect, alpha);
    }

    /** The state before any data: p = 1, and the difference of two rates can be anywhere in [−1, 1]. */
    public MsprtState initial() {
        return new MsprtState(0, 0, 0, Double.NaN, 1.0, 1.0, -1.0, 1.0, false);
    }

    /**
     * One look at cumulative counts (all data so far, not increments). An arm may still be empty
     * (n = 0); such a look carries no evidence.
     *
     * @throws IllegalArgumentException if a count is invalid or smaller than at the previous look
     */
    public MsprtState update(MsprtState previous, long successesA, long nA, long successesB, long nB) {
        Checks.counts("A", successesA, nA);
        Checks.counts("B", successesB, nB);
        if (nA < previous.nA() || nB < previous.nB()) {
            throw new IllegalArgumentException("counts are cumulative and cannot shrink: n_A " + previous.nA()
                    + " -> " + nA + ", n_B " + previous.nB() + " -> " + nB);
        }
        double rateA = (double) successesA / nA;
        double rateB = (double) successesB / nB;
        double difference = rateB - rateA;
        double v = rateA * (1 - rateA) / nA + rateB * (1 - rateB) / nB; // NaN while an arm is empty

        double lambda = 1.0;
        double low = previous.ciLow();
        double high = previous.ciHigh();
        // V = 0 (every customer so far had the same outcome) or an empty arm carries no evidence.
        if (v > 0) {
            double logLambda = 0.5 * Math.log(v / (v + tau2)) + tau2 * difference * difference / (2 * v * (v + tau2));
            lambda = Math.exp(logLambda);
            double half = Math.sqrt(v * (v + tau2) / tau2 * (2 * Math.log(1 / alpha) + Math.log((v + tau2) / v)));
            double newLow = Math.max(low, difference - half);
            double newHigh = Math.min(high, difference + half);
            if (newLow > newHigh) {
                // Disjoint from the running intersection, which happens with probability at most alpha:
                // keep the earlier sequence's end nearest the new interval rather than invert the interval.
                newLow = difference + half < low ? low : high;
                newHigh = newLow;
            }
            low = newLow;
            high = newHigh;
        }
        double pValue = Math.min(previous.pValue(), Math.min(1.0, 1.0 / lambda));
        return new MsprtState(previous.looks() + 1, nA, nB, difference, lambda, pValue, low, high, pValue <= alpha);
    }
}
