package io.campaignsim.ml.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.List;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using
 * iso-value curves"; Fader &amp; Hardie, "The Gamma-Gamma model of monetary value"): each transaction's
 * value is Gamma(p, &nu;) with &nu; ~ Gamma(q, &gamma;) across customers, independent of the purchase
 * process. Fitted on repeat buyers' mean repeat spend z̄ over x transactions.
 */
public final class GammaGamma {

    public static final String NAME = "Gamma-Gamma";
    public static final List<String> PARAMETERS = List.of("p", "q", "gamma");

    /** The three parameters, all positive. */
    public record Params(double p, double q, double gamma) {

        public static Params of(double[] v) {
            return new Params(v[0], v[1], v[2]);
        }

        /** The population mean spend per transaction p&gamma;/(q-1); infinite when q &le; 1. */
        public double populationMean() {
            return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
        }
    }

    private GammaGamma() {}

    /**
     * Σ ln f(z̄ | x) with f(z̄ | p, q, γ; x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q x^(px) z̄^(px-1) / (γ + x z̄)^(px+q).
     *
     * @param x each customer's number of repeat transactions (&gt; 0)
     * @param mean each customer's mean repeat spend (&gt; 0)
     */
    public static double logLikelihood(double[] v, int[] x, double[] mean) {
        double p = v[0];
        double q = v[1];
        double gamma = v[2];
        double constant = q * Math.log(gamma) - logGamma(q);
        // the gamma-function terms depend on x only, and x takes few values: compute each once
        java.util.HashMap<Integer, Double> byX = new java.util.HashMap<>();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double px = p * x[i];
            double g = byX.computeIfAbsent(x[i], k -> logGamma(p * k + q) - logGamma(p * k));
            sum += g + constant + (px - 1) * Math.log(mean[i]) + px * Math.log(x[i])
                    - (px + q) * Math.log(gamma + x[i] * mean[i]);
        }
        return sum;
    }

    /**
     * E[spend per transaction | x, z̄] = (q-1)/(px+q-1) · pγ/(q-1) + px/(px+q-1) · z̄: a weighted mean of
     * the population mean and the customer's own mean; the population mean for x = 0.
     */
    public static double expectedSpend(Params v, int x, double mean) {
        double px = v.p() * x;
        return v.p() * (v.gamma() + x * (x > 0 ? mean : 0)) / (px + v.q() - 1);
    }
}
