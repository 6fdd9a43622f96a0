package io.campaignsim.compare;

import io.campaignsim.stats.Distributions;
import io.campaignsim.stats.Estimate;
import io.campaignsim.stats.FiellerInterval;
import io.campaignsim.stats.ReplicationInterval;

/**
 * Student-t statistics over replications. Under common random numbers every strategy of a
 * replication sees the same customers and draws, so strategy differences are taken replication by
 * replication (paired) before averaging; the shared noise cancels and the intervals get much tighter
 * than two independent-sample intervals would be.
 *
 * @implNote Stateless; the t quantile is computed per call (replication counts are small).
 */
final class PairedStats {

    private PairedStats() {}

    /** Mean of {@code x} with a two-sided t interval at {@code level}; NaN bounds when n &lt; 2. */
    static Estimate estimate(double[] x, double level) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return Estimate.unavailable(x.length);
            }
        }
        return x.length == 0 ? Estimate.unavailable(0) : ReplicationInterval.of(x, level);
    }

    /** Paired difference {@code a - b}, replication by replication, as an {@link #estimate}. */
    static Estimate difference(double[] a, double[] b, double level) {
        return estimate(minus(a, b), level);
    }

    /**
     * Two-sided p-value of the paired t-test of mean({@code a - b}) = 0 (what Commons Math's
     * {@code TTest.pairedTTest} computes). NaN when n &lt; 2 or when every difference is exactly 0
     * (no evidence either way); 0 when the differences are identical and non-zero.
     */
    static double pValue(double[] a, double[] b) {
        double[] d = minus(a, b);
        int n = d.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = mean(d);
        double se = standardError(d, mean);
        if (se == 0) {
            return mean == 0 ? Double.NaN : 0.0;
        }
        double t = Math.abs(mean / se);
        return Distributions.tTwoSided(t, n - 1);
    }

    /**
     * The relative change {@code mean(diff) / mean(base)} with Fieller's interval for a ratio of
     * paired means over the replications ({@link FiellerInterval}), so the holdout's own noise and
     * its covariance with the uplift are in it; infinite bounds when the holdout mean is not
     * distinguishable from 0 and the ratio has no finite interval. NaN when the base mean is 0.
     */
    static Estimate ratio(double[] diff, double[] base, double level) {
        for (int i = 0; i < diff.length; i++) {
            if (!Double.isFinite(diff[i]) || !Double.isFinite(base[i])) {
                return Estimate.unavailable(diff.length);
            }
        }
        return FiellerInterval.of(diff, base, level);
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    static double[] minus(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples need equal sizes, but were " + a.length + " and " + b.length);
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double standardError(double[] x, double mean) {
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (x.length - 1) / x.length);
    }

    private static double quantile(int degreesOfFreedom, double level) {
        return Distributions.tQuantile(degreesOfFreedom, 1 - (1 - level) / 2);
    }
}
