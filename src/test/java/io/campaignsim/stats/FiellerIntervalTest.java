package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FiellerIntervalTest {

    /**
     * Reference: src/test/resources/stats/fieller_reference.py (scipy 1.17), which solves the
     * quadratic with scipy's t quantile and numpy's covariance, and confirms the bounds by scanning
     * θ over scipy's one-sample t-test of x − θy (the set where p ≥ 0.05).
     */
    @Test
    void matchesAnIndependentScipyComputation() {
        double[] uplift = {120, 95, 143, 80, 110, 131, 99, 104};
        double[] holdout = {1010, 980, 1050, 940, 1001, 1043, 975, 990};
        Estimate e = FiellerInterval.of(uplift, holdout, 0.95);
        assertEquals(0.1104018024784078, e.mean(), 1e-14);
        // scipy's scan: [0.096192, 0.1237935] on a grid of step 1.5e-6; the tolerance is that of Commons
        // Math's t quantile (solved to an absolute 1e-9), which moves the bounds by about as much
        assertEquals(0.0961914162809033, e.ciLow(), 1e-8);
        assertEquals(0.12379454324213687, e.ciHigh(), 1e-8);
        assertFalse(FiellerInterval.isUnbounded(e));
    }

    /** A denominator whose mean is not distinguishable from 0: no finite interval exists, and none is made up. */
    @Test
    void anUnboundedSetIsReportedAsUnbounded() {
        Estimate e = FiellerInterval.of(new double[] {5, -3, 8, 1, -6}, new double[] {4, -5, 6, -2, 3}, 0.95);
        assertTrue(FiellerInterval.isUnbounded(e));
        assertEquals(Double.NEGATIVE_INFINITY, e.ciLow());
        assertEquals(Double.POSITIVE_INFINITY, e.ciHigh());
        assertEquals(5.0 / 6, e.mean(), 1e-12, "the point estimate is still the ratio of the means");
    }

    @Test
    void aZeroDenominatorOrOneReplicationHasNoInterval() {
        assertTrue(Double.isNaN(FiellerInterval.of(new double[] {1, 2}, new double[] {1, -1}, 0.95).mean()));
        Estimate one = FiellerInterval.of(new double[] {3}, new double[] {6}, 0.95);
        assertEquals(0.5, one.mean());
        assertTrue(Double.isNaN(one.ciLow()));
    }

    /**
     * Fieller's set is exact for bivariate normal pairs: over 2,000 simulated experiments of 10 pairs
     * with a noisy denominator, the 95 % set must contain the true ratio in 95 % of them, within
     * 4 binomial standard errors (sqrt(0.95 · 0.05 / 2000) ≈ 0.49 points).
     */
    @Test
    void coversTheTrueRatioAtTheNominalRate() {
        SplittableRandom rng = new SplittableRandom(16);
        int experiments = 2000;
        int covered = 0;
        double truth = 0.1 / 1.0;
        for (int k = 0; k < experiments; k++) {
            double[] x = new double[10];
            double[] y = new double[10];
            for (int i = 0; i < 10; i++) {
                double shared = gaussian(rng);
                y[i] = 1.0 + 0.8 * shared;
                x[i] = 0.1 + 0.05 * shared + 0.1 * gaussian(rng);
            }
            Estimate e = FiellerInterval.of(x, y, 0.95);
            covered += e.ciLow() <= truth && truth <= e.ciHigh() ? 1 : 0;
        }
        double rate = covered / (double) experiments;
        assertEquals(0.95, rate, 4 * Math.sqrt(0.95 * 0.05 / experiments), "coverage " + rate);
    }

    /**
     * Two independent arms (analyze's relative effect): control 120 of 2,000 converted, arm 156 of
     * 2,000. Reference from scipy (norm.ppf, the quadratic's roots; a scan of ρ on a grid of step 5e-6
     * gives [0.034365, 0.646305] − 1 alike): relative effect +30 %, Fieller 95 % set
     * [+3.436 %, +64.631 %]; dividing the absolute interval by the control rate would give a
     * symmetric [+3.8 %, +56.2 %] that ignores the control's noise.
     */
    @Test
    void independentArmsMatchScipy() {
        double pc = 120 / 2000.0;
        double pa = 156 / 2000.0;
        double[] r = FiellerInterval.independent(pa, pa * (1 - pa) / 2000, pc, pc * (1 - pc) / 2000,
                Distributions.normalQuantile(0.975));
        assertEquals(0.034360003138603545, r[0] - 1, 1e-12);
        assertEquals(0.64630503429620911, r[1] - 1, 1e-12);
        double[] none = FiellerInterval.independent(3, 1, 0.5, 1, 1.96);
        assertEquals(Double.NEGATIVE_INFINITY, none[0]);
        assertEquals(Double.POSITIVE_INFINITY, none[1]);
    }

    private static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
