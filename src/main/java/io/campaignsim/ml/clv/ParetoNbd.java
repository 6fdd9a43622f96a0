package io.campaignsim.ml.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.List;

/**
 * The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): while alive a customer buys as
 * a Poisson process with rate &lambda; ~ Gamma(r, &alpha;); lifetimes are exponential with rate
 * &mu; ~ Gamma(s, &beta;). Likelihood, P(alive) and conditional expectation as in Fader &amp; Hardie
 * (2005), "A note on deriving the Pareto/NBD model and related expressions" (equations 22, 26 and
 * the A0 term in its two branches for &alpha; &ge; &beta; and &alpha; &lt; &beta;).
 */
public final class ParetoNbd {

    public static final String NAME = "Pareto/NBD";
    public static final List<String> PARAMETERS = List.of("r", "alpha", "s", "beta");

    /** The four parameters, all positive. */
    public record Params(double r, double alpha, double s, double beta) {

        public static Params of(double[] p) {
            return new Params(p[0], p[1], p[2], p[3]);
        }
    }

    /**
     * The series of A0 converges like z^k; a trial point that would need more terms than this
     * (|α-β| within 0.03 % of max(α,β)+t) fails, and the optimiser treats it as infeasible.
     */
    private static final int SERIES_TERMS = 100_000;

    private ParetoNbd() {}

    /** The log-likelihood of every customer in {@code g} under (r, α, s, β). */
    public static double logLikelihood(double[] p, RfmGroups g) {
        double r = p[0];
        double alpha = p[1];
        double s = p[2];
        double beta = p[3];
        int nx = g.distinctX.length;
        double[] common = new double[nx];
        double lgr = logGamma(r);
        double base = r * Math.log(alpha) + s * Math.log(beta);
        for (int j = 0; j < nx; j++) {
            common[j] = logGamma(r + g.distinctX[j]) - lgr + base;
        }
        double[] logF = new double[g.pairX.length];
        for (int k = 0; k < logF.length; k++) {
            logF[k] = logF(r, alpha, s, beta, g.pairX[k], g.pairT[k]);
        }
        double sum = 0;
        for (int i = 0; i < g.size(); i++) {
            int x = g.x[i];
            double age = g.age[i];
            double alive = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
            double died = Math.log(s / (r + s + x)) + logDifference(logF[g.recencyPair[i]], logF[g.agePair[i]]);
            sum += g.weight[i] * (common[g.xSlot[i]] + BgNbd.logSumExp(alive, died));
        }
        return sum;
    }

    /** The log-likelihood of one customer. */
    public static double logLikelihood(Params p, int x, double tx, double age) {
        return logLikelihood(new double[] {p.r(), p.alpha(), p.s(), p.beta()},
                new RfmGroups(new int[] {x}, new double[] {tx}, new double[] {age}));
    }

    /** P(alive at T | x, tx, T). */
    public static double probabilityAlive(Params p, int x, double tx, double age) {
        double r = p.r();
        double s = p.s();
        double logA0 = logA0(r, p.alpha(), s, p.beta(), x, tx, age);
        double logOdds = Math.log(s / (r + s + x)) + (r + x) * Math.log(p.alpha() + age)
                + s * Math.log(p.beta() + age) + logA0;
        return 1 / (1 + Math.exp(logOdds));
    }

    /** E[X(t)] of a new customer: rβ/(α(s-1)) [1 - (β/(β+t))^(s-1)]. */
    public static double expectedPurchases(Params p, double t) {
        if (t <= 0) {
            return 0;
        }
        return p.r() * p.beta() / p.alpha() * oneMinusPowerOver(Math.log(p.beta() / (p.beta() + t)), p.s() - 1);
    }

    /** E[Y(t) | x, tx, T] = (r+x)(β+T)/((α+T)(s-1)) [1 - ((β+T)/(β+T+t))^(s-1)] P(alive). */
    public static double expectedPurchases(Params p, int x, double tx, double age, double t) {
        return expectedPurchasesIfAlive(p, x, age, t) * probabilityAlive(p, x, tx, age);
    }

    /** E[Y(t) | x, tx, T] divided by P(alive): the expectation of a customer known to be alive at T. */
    public static double expectedPurchasesIfAlive(Params p, int x, double age, double t) {
        if (t <= 0) {
            return 0;
        }
        double bt = p.beta() + age;
        return (p.r() + x) * bt / (p.alpha() + age) * oneMinusPowerOver(Math.log(bt / (bt + t)), p.s() - 1);
    }

    /** (1 - e^(k·logQ)) / k, with its limit -logQ at k = 0. */
    private static double oneMinusPowerOver(double logQ, double k) {
        if (Math.abs(k) < 1e-10) {
            return -logQ;
        }
        return -Math.expm1(k * logQ) / k;
    }

    /** ln A0, the probability-weighted "died between tx and T" term; -∞ when tx = T. */
    public static double logA0(double r, double alpha, double s, double beta, int x, double tx, double age) {
        return logDifference(logF(r, alpha, s, beta, x, tx), logF(r, alpha, s, beta, x, age));
    }

    /** ln(e^early - e^late), -∞ when late &ge; early (tx = T). */
    private static double logDifference(double early, double late) {
        double d = late - early;
        if (d >= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return early + Math.log1p(-Math.exp(d));
    }

    /**
     * ln[ 2F1(r+s+x, s+1 or r+x; r+s+x+1; z) / (max(α,β)+t)^(r+s+x) ], z = |α-β|/(max(α,β)+t). By Euler's
     * transformation 2F1(a, b; a+1; z) = (1-z)^(1-b) 2F1(1, a+1-b; a+1; z), whose series has term ratios
     * below z, so it converges geometrically however many purchases x a customer made.
     */
    private static double logF(double r, double alpha, double s, double beta, int x, double t) {
        double a = r + s + x;
        double big = Math.max(alpha, beta);
        double z = Math.abs(alpha - beta) / (big + t);
        double b = alpha >= beta ? s + 1 : r + x;
        return (1 - b) * Math.log1p(-z) + Hypergeometric.logPositive(1, a + 1 - b, a + 1, z, SERIES_TERMS) - a * Math.log(big + t);
    }
}
