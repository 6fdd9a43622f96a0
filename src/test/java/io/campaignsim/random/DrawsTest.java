package io.campaignsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Moments of the gamma and beta draws within 5 standard errors for n draws (a false alarm has
 * probability 6e-7 per check), and a Kolmogorov–Smirnov test against the exact CDF at
 * significance 0.001 (critical D = 1.95 / sqrt(n)).
 */
class DrawsTest {

    private static final int N = 200_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 1, 2.5, 10, 300})
    void gammaHasTheRightMeanAndVariance(double shape) {
        Draws d = new Draws(11);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = d.nextGamma(shape);
            assertTrue(x[i] >= 0 && Double.isFinite(x[i]));
        }
        // Gamma(k, 1): mean k, variance k, excess kurtosis 6 / k, so Var(s^2) ~ k^2 (2 + 6 / k) / n.
        double mean = mean(x);
        double var = variance(x, mean);
        assertEquals(shape, mean, 5 * Math.sqrt(shape / N));
        assertEquals(shape, var, 5 * shape * Math.sqrt((2 + 6 / shape) / N));
        assertKs(x, new GammaDistribution(new Well19937c(1), shape, 1));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 50", "0.5, 0.5", "0.2, 3", "30, 700"})
    void betaHasTheRightMeanAndVariance(double a, double b) {
        Draws d = new Draws(12);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = d.nextBeta(a, b);
            assertTrue(x[i] >= 0 && x[i] <= 1);
        }
        double m = a / (a + b);
        double v = a * b / ((a + b) * (a + b) * (a + b + 1));
        double mean = mean(x);
        assertEquals(m, mean, 5 * Math.sqrt(v / N));
        // Bounded in [0, 1], so the fourth central moment is at most the variance: Var(s^2) <= v / n.
        assertEquals(v, variance(x, mean), 5 * Math.sqrt(v / N));
        assertKs(x, new BetaDistribution(new Well19937c(1), a, b));
    }

    @Test
    void gaussianHasTheRightMomentsAndDistribution() {
        Draws d = new Draws(14);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = d.nextGaussian();
        }
        double mean = mean(x);
        assertEquals(0, mean, 5 * Math.sqrt(1.0 / N));
        // Var(s^2) = 2 / n for a normal sample.
        assertEquals(1, variance(x, mean), 5 * Math.sqrt(2.0 / N));
        assertKs(x, new NormalDistribution(new Well19937c(1), 0, 1));
    }

    /**
     * Chi-square over 40 equiprobable bins of the central range plus the two tails beyond the
     * ziggurat's base edge (|z| > 3.654, probability 1.3e-4 each), where the wedge and tail
     * branches do the work; 41 degrees of freedom, critical value 74.7 at significance 0.001.
     */
    @Test
    void gaussianIsRightInTheWedgesAndTails() {
        NormalDistribution normal = new NormalDistribution();
        double edge = 3.6541528853610088;
        double[] cuts = new double[41];
        double inner = normal.cumulativeProbability(edge) - normal.cumulativeProbability(-edge);
        for (int k = 0; k <= 40; k++) {
            cuts[k] = normal.inverseCumulativeProbability(normal.cumulativeProbability(-edge) + inner * k / 40);
        }
        cuts[0] = -edge;
        cuts[40] = edge;
        int n = 4_000_000;
        long[] counts = new long[42];
        Draws d = new Draws(15);
        for (int i = 0; i < n; i++) {
            double z = d.nextGaussian();
            int bin = java.util.Arrays.binarySearch(cuts, z);
            counts[bin >= 0 ? bin : -bin - 1]++;
        }
        double tail = normal.cumulativeProbability(-edge);
        double chi2 = 0;
        for (int k = 0; k < 42; k++) {
            double expected = n * (k == 0 || k == 41 ? tail : inner / 40);
            chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
        }
        assertTrue(chi2 < 74.7, "chi-square " + chi2);
        assertTrue(counts[0] > 0 && counts[41] > 0, "tails drawn");
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.5", "1, 1", "1000, 50000", "3, 200000"})
    void preparedBetaMatchesTheDistributionAndTheUnpreparedDraws(double a, double b) {
        Draws.BetaLaw law = Draws.BetaLaw.of(a, b);
        Draws d = new Draws(16);
        Draws same = new Draws(16);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = d.nextBeta(law);
            assertEquals(same.nextBeta(a, b), x[i]);
        }
        double m = a / (a + b);
        double v = a * b / ((a + b) * (a + b) * (a + b + 1));
        double mean = mean(x);
        assertEquals(m, mean, 5 * Math.sqrt(v / N));
        assertEquals(v, variance(x, mean), 5 * Math.sqrt(v / N));
        assertKs(x, new BetaDistribution(new Well19937c(1), a, b));
    }

    @Test
    void betaWithTinyShapesIsZeroOrOneNeverNaN() {
        // Beta(1e-6, 1e-6) puts mass 1/2 near 0 and 1/2 near 1; the naive X / (X + Y) gives 0 / 0.
        Draws d = new Draws(13);
        int ones = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double x = d.nextBeta(1e-6, 1e-6);
            assertTrue(x >= 0 && x <= 1, "draw " + x);
            ones += x > 0.5 ? 1 : 0;
        }
        assertEquals(n / 2.0, ones, 5 * Math.sqrt(n / 4.0));
    }

    @Test
    void invalidShapesAreRefused() {
        Draws d = new Draws(1);
        assertEquals("shape must be positive and finite, but was 0.0",
                assertThrows(IllegalArgumentException.class, () -> d.nextGamma(0)).getMessage());
        assertEquals("b must be positive and finite, but was NaN",
                assertThrows(IllegalArgumentException.class, () -> d.nextBeta(1, Double.NaN)).getMessage());
    }

    @Test
    void sameKeySameDraws() {
        Draws a = new Draws(0);
        Draws b = new Draws(0);
        for (int k = 0; k < 100; k++) {
            a.reset(k);
            b.reset(k);
            assertEquals(a.nextBeta(0.3, 2), b.nextBeta(0.3, 2));
            assertEquals(a.nextGamma(4), b.nextGamma(4));
        }
    }

    private static void assertKs(double[] x, org.apache.commons.math3.distribution.RealDistribution dist) {
        double[] sample = java.util.Arrays.copyOf(x, 20_000);
        double statistic = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(dist, sample);
        assertTrue(statistic < 1.95 / Math.sqrt(sample.length), "KS D = " + statistic);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s / (x.length - 1);
    }
}
