package io.campaignsim.compare.sweep;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.stats.Distributions;
import io.campaignsim.stats.Estimate;
import io.campaignsim.stats.Holm;
import io.campaignsim.stats.PairedTest;
import io.campaignsim.stats.ReplicationInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The best configuration of a sweep and those not significantly worse than it.
 *
 * <p>A configuration is a (point, strategy) pair. The best is the one with the highest mean objective
 * over the replications (ties: first in point, then strategy order). Every other configuration is
 * compared with it by a one-sided paired t-test on the per-replication differences best − other (paired
 * because every point and strategy ran on the same replication seeds), and the m p-values are adjusted
 * by Holm's step-down procedure, which controls the family-wise error rate of the m "worse than the
 * best" claims at α. The configurations not shown worse form the set reported with the best.
 *
 * <p>What this is and is not: the best is chosen from the same data, so its mean is optimistic (the
 * winner's curse grows with the number of configurations), and the set is the configurations the data
 * cannot separate from the observed best, not a confidence set for the true best.
 */
public final class SweepAnalysis {

    /** The best configuration and every configuration's comparison with it, in (point, strategy) order. */
    public record Result(CompareMetric objective, double alpha, Candidate best, List<Candidate> candidates) {
        public Result {
            candidates = List.copyOf(candidates);
        }

        /** The candidates not significantly worse than the best, the best included. */
        public List<Candidate> notWorse() {
            return candidates.stream().filter(Candidate::notWorse).toList();
        }
    }

    private SweepAnalysis() {}

    /**
     * @param results one per point, in point order
     * @param excluded strategy indices that are yardsticks, not choices (the oracle sees the hidden truth)
     * @param alpha family-wise error rate of the "worse than the best" claims
     */
    public static Result analyze(List<PointResult> results, CompareMetric objective, Set<Integer> excluded, double alpha) {
        List<int[]> configs = new ArrayList<>();
        List<double[]> series = new ArrayList<>();
        for (PointResult pr : results) {
            for (int s = 0; s < pr.strategies(); s++) {
                if (!excluded.contains(s)) {
                    configs.add(new int[] {pr.point(), s});
                    series.add(pr.series(s, objective));
                }
            }
        }
        if (configs.isEmpty()) {
            throw new IllegalArgumentException("no configuration to choose from");
        }
        int best = 0;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < series.size(); i++) {
            double m = mean(series.get(i));
            if (m > bestMean) {
                bestMean = m;
                best = i;
            }
        }
        int n = series.get(best).length;
        double[] p = new double[configs.size()];
        PairedTest[] tests = new PairedTest[configs.size()];
        for (int i = 0; i < configs.size(); i++) {
            // shortfall = best − other, replication by replication
            tests[i] = ReplicationInterval.paired(series.get(i), series.get(best), 0.95);
            p[i] = i == best || n < 2 ? Double.NaN : oneSidedGreater(tests[i]);
        }
        double[] adjusted = Holm.adjust(p);
        List<Candidate> out = new ArrayList<>();
        Candidate bestCandidate = null;
        for (int i = 0; i < configs.size(); i++) {
            boolean notWorse = i == best || (!Double.isNaN(adjusted[i]) && adjusted[i] >= alpha);
            Estimate objectiveEstimate = ReplicationInterval.of(series.get(i), 0.95);
            Candidate c = new Candidate(configs.get(i)[0], configs.get(i)[1], objectiveEstimate, tests[i].difference(),
                    p[i], adjusted[i], notWorse);
            out.add(c);
            if (i == best) {
                bestCandidate = c;
            }
        }
        return new Result(objective, alpha, bestCandidate, out);
    }

    /**
     * p-value of H1 "mean difference &gt; 0" from a paired test: half the two-sided p on the side of the
     * estimate. A zero spread is decided by the sign of the (constant) difference.
     */
    static double oneSidedGreater(PairedTest t) {
        if (Double.isNaN(t.pValue())) {
            return Double.NaN;
        }
        if (Double.isInfinite(t.t()) || t.difference().standardError() == 0) {
            return t.difference().mean() > 0 ? 0 : 1;
        }
        double two = Distributions.tTwoSided(t.t(), t.difference().n() - 1);
        return t.t() > 0 ? two / 2 : 1 - two / 2;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
