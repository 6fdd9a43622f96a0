package io.campaignsim.ml.clv;

import static org.apache.commons.math3.special.Beta.logBeta;
import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.List;

/**
 * The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"): while
 * alive a customer buys as a Poisson process with rate &lambda; ~ Gamma(r, &alpha;); after every
 * purchase they drop out with probability p ~ Beta(a, b). Time is in the summary's periods.
 *
 * <p>Formulas are those of the paper (equations 6, 9, 10 and 13); the conditional expectation uses
 * Euler's transformation of its 2F1 so the series stays well behaved for heavy buyers.
 */
public final class BgNbd {

    public static final String NAME = "BG/NBD";
    public static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b");

    /** The four parameters, all positive. */
    public record Params(double r, double alpha, double a, double b) {

        public static Params of(double[] p) {
            return new Params(p[0], p[1], p[2], p[3]);
        }
    }

    private BgNbd() {}

    /** The log-likelihood of every customer in {@code g} under parameters {@code p} = (r, α, a, b). */
    public static double logLikelihood(double[] p, RfmGroups g) {
        double r = p[0];
        double alpha = p[1];
        double a = p[2];
        double b = p[3];
        int nx = g.distinctX.length;
        double[] common = new double[nx];
        double[] stay = new double[nx];
        double[] drop = new double[nx];
        double lbab = logBeta(a, b);
        double lgr = logGamma(r);
        double rla = r * Math.log(alpha);
        for (int j = 0; j < nx; j++) {
            int x = g.distinctX[j];
            common[j] = logGamma(r + x) - lgr + rla;
            stay[j] = logBeta(a, b + x) - lbab;
            drop[j] = x > 0 ? logBeta(a + 1, b + x - 1) - lbab : Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < g.size(); i++) {
            int j = g.xSlot[i];
            int x = g.x[i];
            double t1 = stay[j] - (r + x) * Math.log(alpha + g.age[i]);
            double ll;
            if (x > 0) {
                double t2 = drop[j] - (r + x) * Math.log(alpha + g.tx[i]);
                ll = logSumExp(t1, t2);
            } else {
                ll = t1;
            }
            sum += g.weight[i] * (common[j] + ll);
        }
        return sum;
    }

    /** The log-likelihood of one customer with {@code x} repeat purchases, the last at {@code tx}, observed for {@code age}. */
    public static double logLikelihood(Params p, int x, double tx, double age) {
        return logLikelihood(new double[] {p.r(), p.alpha(), p.a(), p.b()},
                new RfmGroups(new int[] {x}, new double[] {tx}, new double[] {age}));
    }

    /** P(alive at the end of the calibration period | x, tx, T): equation (13) of the paper; 1 for x = 0. */
    public static double probabilityAlive(Params p, int x, double tx, double age) {
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(p.a() / (p.b() + x - 1)) + (p.r() + x) * Math.log((p.alpha() + age) / (p.alpha() + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /** E[X(t)]: the expected number of repeat purchases of a new customer in (0, t]; equation (9). */
    public static double expectedPurchases(Params p, double t) {
        return expectedPurchases(p, 0, 0, 0, t);
    }

    /**
     * E[Y(t) | x, tx, T]: the expected number of purchases in the next {@code t} periods of a customer
     * with history (x, tx, T); equation (10). With Euler's transformation,
     * ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z),
     * z = t/(α+T+t).
     */
    public static double expectedPurchases(Params p, int x, double tx, double age, double t) {
        if (t <= 0) {
            return 0;
        }
        double r = p.r();
        double alpha = p.alpha();
        double a = p.a();
        double b = p.b();
        double z = t / (alpha + age + t);
        double c = a + b + x - 1;
        double tail = Math.pow(1 - z, a - 1) * Hypergeometric.value(a + b - 1 - r, a - 1, c, z);
        double numerator;
        if (Math.abs(a - 1) < 1e-9) {
            // limit a -> 1 of (c/(a-1)) (1 - (1-z)^(a-1) F): use a symmetric difference around a = 1
            double h = 1e-6;
            return (expectedPurchases(new Params(r, alpha, 1 + h, b), x, tx, age, t)
                    + expectedPurchases(new Params(r, alpha, 1 - h, b), x, tx, age, t)) / 2;
        }
        numerator = c / (a - 1) * (1 - tail);
        double denominator = x > 0
                ? 1 + a / (b + x - 1) * Math.exp((r + x) * Math.log((alpha + age) / (alpha + tx)))
                : 1;
        return numerator / denominator;
    }

    public static double logSumExp(double u, double v) {
        if (u == Double.NEGATIVE_INFINITY) {
            return v;
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return u;
        }
        double m = Math.max(u, v);
        return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
    }
}
