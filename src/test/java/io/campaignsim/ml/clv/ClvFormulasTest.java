package io.campaignsim.ml.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;

/**
 * The closed forms of the models against the models' definitions: each likelihood, P(alive) and
 * expectation is recomputed by integrating the individual-level formula over the mixing
 * distributions numerically (composite Gauss-Legendre, 800 nodes a dimension). Parameters are chosen with densities that
 * are smooth enough for the quadrature to be good to about 1e-8 relative, so 1e-6 is the tolerance.
 */
class ClvFormulasTest {

    private static final double REL = 1e-6;
    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();

    /** Quadrature nodes on [0, max] (40 panels of 20 Gauss-Legendre points), weights times a density. */
    private record Grid(double[] nodes, double[] weights) {

        static Grid of(java.util.function.DoubleUnaryOperator density, double max) {
            int panels = 40;
            double[] x = new double[panels * 20];
            double[] w = new double[panels * 20];
            int n = 0;
            for (int i = 0; i < panels; i++) {
                GaussIntegrator g = GAUSS.legendre(20, max * i / panels, max * (i + 1) / panels);
                for (int k = 0; k < g.getNumberOfPoints(); k++) {
                    x[n] = g.getPoint(k);
                    w[n] = g.getWeight(k) * density.applyAsDouble(x[n]);
                    n++;
                }
            }
            return new Grid(x, w);
        }
    }

    /** ∫∫ f(u, v) g(u) h(v) du dv over the two grids. */
    private static double integrate2(java.util.function.DoubleBinaryOperator f, Grid u, Grid v) {
        double sum = 0;
        for (int i = 0; i < u.nodes().length; i++) {
            double inner = 0;
            for (int j = 0; j < v.nodes().length; j++) {
                inner += v.weights()[j] * f.applyAsDouble(u.nodes()[i], v.nodes()[j]);
            }
            sum += u.weights()[i] * inner;
        }
        return sum;
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

    // ---- BG/NBD: lambda ~ Gamma(r, rate alpha), p ~ Beta(a, b)

    private static final BgNbd.Params BG = new BgNbd.Params(2.3, 3.0, 2.2, 3.1);

    private static double bgIndividual(double lambda, double p, int x, double tx, double age) {
        double alive = Math.pow(1 - p, x) * Math.pow(lambda, x) * Math.exp(-lambda * age);
        double dropped = x > 0 ? p * Math.pow(1 - p, x - 1) * Math.pow(lambda, x) * Math.exp(-lambda * tx) : 0;
        return alive + dropped;
    }

    private static final Grid BG_LAMBDA = Grid.of(new GammaDistribution(BG.r(), 1 / BG.alpha())::density, 12);
    private static final Grid BG_P = Grid.of(new BetaDistribution(BG.a(), BG.b())::density, 1);

    private static double bgMixed(java.util.function.DoubleBinaryOperator f) {
        return integrate2(f, BG_LAMBDA, BG_P);
    }

    @Test
    void bgNbdLikelihoodIsTheMixtureOfTheIndividualLikelihood() {
        for (int[] c : new int[][] {{0, 0, 5}, {2, 3, 5}, {5, 7, 9}}) {
            int x = c[0];
            double quad = bgMixed((l, p) -> bgIndividual(l, p, x, c[1], c[2]));
            close(Math.log(quad), BgNbd.logLikelihood(BG, x, c[1], c[2]), "BG/NBD LL x=" + x);
        }
    }

    @Test
    void bgNbdProbabilityAliveIsThePosteriorShareOfTheAliveTerm() {
        int x = 3;
        double tx = 2;
        double age = 6;
        double alive = bgMixed((l, p) -> Math.pow(1 - p, x) * Math.pow(l, x) * Math.exp(-l * age));
        double all = bgMixed((l, p) -> bgIndividual(l, p, x, tx, age));
        close(alive / all, BgNbd.probabilityAlive(BG, x, tx, age), "P(alive)");
        assertEquals(1.0, BgNbd.probabilityAlive(BG, 0, 0, 4), 0.0, "no repeat purchase: alive for sure in BG/NBD");
    }

    @Test
    void bgNbdExpectationsMatchTheirIndividualLevelForms() {
        double t = 4;
        // E[X(t) | lambda, p] = (1 - exp(-lambda p t)) / p
        double unconditional = bgMixed((l, p) -> -Math.expm1(-l * p * t) / p);
        close(unconditional, BgNbd.expectedPurchases(BG, t), "E[X(t)]");
        int x = 3;
        double tx = 2;
        double age = 6;
        // E[Y(t) | x, tx, T] = posterior mean of P(alive | lambda, p) E[X(t) | lambda, p]
        double num = bgMixed((l, p) -> Math.pow(1 - p, x) * Math.pow(l, x) * Math.exp(-l * age) * -Math.expm1(-l * p * t) / p);
        double all = bgMixed((l, p) -> bgIndividual(l, p, x, tx, age));
        close(num / all, BgNbd.expectedPurchases(BG, x, tx, age, t), "E[Y(t) | x, tx, T]");
    }

    // ---- Pareto/NBD: lambda ~ Gamma(r, rate alpha), mu ~ Gamma(s, rate beta)

    private static double pnbdIndividual(double lambda, double mu, int x, double tx, double age) {
        double alive = Math.pow(lambda, x) * Math.exp(-(lambda + mu) * age);
        double died = Math.pow(lambda, x) * mu / (lambda + mu)
                * (Math.exp(-(lambda + mu) * tx) - Math.exp(-(lambda + mu) * age));
        return alive + died;
    }

    private static double pnbdMixed(ParetoNbd.Params q, java.util.function.DoubleBinaryOperator f) {
        return integrate2(f, Grid.of(new GammaDistribution(q.r(), 1 / q.alpha())::density, 12),
                Grid.of(new GammaDistribution(q.s(), 1 / q.beta())::density, 12));
    }

    /** Both branches of A0: alpha above beta and alpha below beta. */
    private static final List<ParetoNbd.Params> PNBD = List.of(new ParetoNbd.Params(2.3, 3.0, 2.6, 2.0),
            new ParetoNbd.Params(2.3, 2.0, 2.6, 3.5));

    @Test
    void paretoNbdLikelihoodIsTheMixtureOfTheIndividualLikelihood() {
        for (ParetoNbd.Params q : PNBD) {
            for (int[] c : new int[][] {{0, 0, 5}, {2, 3, 5}, {5, 7, 9}, {1, 4, 4}}) {
                int x = c[0];
                double quad = pnbdMixed(q, (l, m) -> pnbdIndividual(l, m, x, c[1], c[2]));
                close(Math.log(quad), ParetoNbd.logLikelihood(q, x, c[1], c[2]), "Pareto/NBD LL " + q + " x=" + x);
            }
        }
    }

    @Test
    void paretoNbdProbabilityAliveAndExpectations() {
        int x = 3;
        double tx = 2;
        double age = 6;
        double t = 4;
        for (ParetoNbd.Params q : PNBD) {
            double alive = pnbdMixed(q, (l, m) -> Math.pow(l, x) * Math.exp(-(l + m) * age));
            double all = pnbdMixed(q, (l, m) -> pnbdIndividual(l, m, x, tx, age));
            close(alive / all, ParetoNbd.probabilityAlive(q, x, tx, age), "P(alive) " + q);
            // E[X(t) | lambda, mu] = lambda / mu (1 - exp(-mu t))
            close(pnbdMixed(q, (l, m) -> l / m * -Math.expm1(-m * t)), ParetoNbd.expectedPurchases(q, t), "E[X(t)] " + q);
            double num = pnbdMixed(q, (l, m) -> Math.pow(l, x) * Math.exp(-(l + m) * age) * l / m * -Math.expm1(-m * t));
            close(num / all, ParetoNbd.expectedPurchases(q, x, tx, age, t), "E[Y(t)] " + q);
        }
    }

    @Test
    void hypergeometricSeriesAgreesWithClosedForms() {
        // 2F1(1, 1; 2; z) = -ln(1-z)/z and 2F1(a, b; b; z) = (1-z)^-a
        for (double z : new double[] {0.1, 0.5, 0.9, 0.99}) {
            assertEquals(-Math.log1p(-z) / z, Hypergeometric.value(1, 1, 2, z), 1e-12 * (-Math.log1p(-z) / z));
            assertEquals(-2.5 * Math.log1p(-z), Hypergeometric.logPositive(2.5, 1.7, 1.7, z), 1e-12 * 2.5 * 5);
        }
    }

    // ---- Gamma-Gamma

    @Test
    void gammaGammaExpectedSpendByHand() {
        GammaGamma.Params g = new GammaGamma.Params(6.25, 3.74, 15.44);
        // no repeats: the population mean p*gamma/(q-1) = 96.5 / 2.74
        assertEquals(96.5 / 2.74, GammaGamma.expectedSpend(g, 0, Double.NaN), 1e-12);
        // x = 2 repeats averaging 40: (p (gamma + x m)) / (p x + q - 1) = 6.25 * 95.44 / 15.24
        assertEquals(6.25 * 95.44 / 15.24, GammaGamma.expectedSpend(g, 2, 40), 1e-12);
    }

    @Test
    void gammaGammaLikelihoodIsTheMixtureOverNu() {
        // z-bar of x transactions each Gamma(p, nu) is Gamma(p x, x nu); nu ~ Gamma(q, rate gamma)
        double[] v = {3.0, 4.0, 20.0};
        int x = 3;
        double mean = 25;
        Grid nu = Grid.of(new GammaDistribution(v[1], 1 / v[2])::density, 5);
        double quad = 0;
        for (int k = 0; k < nu.nodes().length; k++) {
            quad += nu.weights()[k] * new GammaDistribution(v[0] * x, 1 / (x * nu.nodes()[k])).density(mean);
        }
        close(Math.log(quad), GammaGamma.logLikelihood(v, new int[] {x}, new double[] {mean}), "Gamma-Gamma LL");
    }

    // ---- maximum likelihood

    @Test
    void standardErrorsMatchTheFisherInformationOfAKnownModel() {
        // exponential lifetimes with rate lambda: MLE n / sum, SE = lambda-hat / sqrt(n)
        double[] data = {0.3, 1.2, 0.7, 2.5, 0.1, 0.9, 1.6, 0.4, 0.8, 1.1};
        double sum = java.util.Arrays.stream(data).sum();
        int n = data.length;
        ModelFit f = new MaximumLikelihood(5000).fit("exp2", List.of("lambda", "unused"),
                p -> n * Math.log(p[0]) - p[0] * sum - (p[1] - 2) * (p[1] - 2), new double[] {1, 1}, n);
        assertTrue(f.converged(), f.note());
        assertEquals(n / sum, f.estimate("lambda"), 1e-6);
        assertEquals(n / sum / Math.sqrt(n), f.standardError("lambda"), 1e-5);
        assertEquals(Math.sqrt(0.5), f.standardError("unused"), 1e-5); // -d2/dp2 = 2
    }

    @Test
    void aFitThatRunsOutOfEvaluationsSaysSoWithItsLastLikelihood() {
        RfmGroups g = new RfmGroups(new int[] {0, 2, 5, 1}, new double[] {0, 3, 7, 1}, new double[] {5, 5, 9, 4});
        ModelFit f = new MaximumLikelihood(12).fit(BgNbd.NAME, BgNbd.PARAMETERS, p -> BgNbd.logLikelihood(p, g),
                new double[] {1, 1, 1, 1}, 4);
        assertFalse(f.converged());
        assertTrue(f.note().contains("did not converge") && f.note().contains("last log-likelihood"), f.note());
        assertTrue(Double.isFinite(f.logLikelihood()));
        assertTrue(java.util.Arrays.stream(f.standardErrors()).allMatch(Double::isNaN));
    }
}
