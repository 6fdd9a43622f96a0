package io.campaignsim.data.ope;

import io.campaignsim.random.Draws;
import io.campaignsim.stats.Distributions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the {@link Estimator}s on a log for one policy, with bootstrap percentile intervals: B
 * resamples of the rows with replacement (drawn from {@link Draws} seeded with the seed, so the
 * same inputs give the same intervals), each re-running every estimator, reward model included.
 *
 * @implNote Immutable and thread-safe.
 */
public final class OffPolicyEvaluation {

    public static final int DEFAULT_BOOTSTRAP = 200;
    public static final long DEFAULT_SEED = 42;
    private static final double ALPHA = 0.05;

    private final BanditLog log;
    private final double[] weight;
    private final double[][] pi; // [position][item]

    public OffPolicyEvaluation(BanditLog log, EvaluationPolicy policy) {
        this.log = log;
        this.pi = new double[log.positions() + 1][log.items()];
        for (int p = 1; p <= log.positions(); p++) {
            for (int a = 0; a < log.items(); a++) {
                pi[p][a] = policy.probability(a, p);
            }
        }
        this.weight = new double[log.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = pi[log.position(i)][log.item(i)] / log.propensity(i);
        }
    }

    /** (Σw)² / Σw² over the whole log. */
    public double effectiveSampleSize() {
        double s = 0;
        double s2 = 0;
        for (double w : weight) {
            s += w;
            s2 += w * w;
        }
        return s2 > 0 ? s * s / s2 : 0;
    }

    /** Every estimator's value on the given rows (a row listed twice counts twice), in {@link Estimator} order. */
    double[] estimate(int[] rows) {
        int positions = log.positions();
        int items = log.items();
        double[][] sum = new double[positions + 1][items];
        int[][] count = new int[positions + 1][items];
        double[] positionSum = new double[positions + 1];
        int[] positionCount = new int[positions + 1];
        double ipsSum = 0;
        double weightSum = 0;
        double rewardSum = 0;
        for (int i : rows) {
            int p = log.position(i);
            int a = log.item(i);
            double r = log.reward(i);
            sum[p][a] += r;
            count[p][a]++;
            positionSum[p] += r;
            positionCount[p]++;
            rewardSum += r;
            ipsSum += weight[i] * r;
            weightSum += weight[i];
        }
        double overall = rewardSum / rows.length;
        double[][] q = new double[positions + 1][items];
        double[] value = new double[positions + 1];
        for (int p = 1; p <= positions; p++) {
            double fallback = positionCount[p] > 0 ? positionSum[p] / positionCount[p] : overall;
            for (int a = 0; a < items; a++) {
                q[p][a] = count[p][a] > 0 ? sum[p][a] / count[p][a] : fallback;
                value[p] += pi[p][a] * q[p][a];
            }
        }
        double dm = 0;
        double correction = 0;
        for (int i : rows) {
            int p = log.position(i);
            dm += value[p];
            correction += weight[i] * (log.reward(i) - q[p][log.item(i)]);
        }
        dm /= rows.length;
        double[] out = new double[Estimator.values().length];
        out[Estimator.IPS.ordinal()] = ipsSum / rows.length;
        out[Estimator.SNIPS.ordinal()] = weightSum > 0 ? ipsSum / weightSum : 0;
        out[Estimator.DM.ordinal()] = dm;
        out[Estimator.DR.ordinal()] = dm + correction / rows.length;
        return out;
    }

    /** The requested estimators on the whole log, each with a bootstrap interval of {@code bootstrap} resamples. */
    public List<OpeEstimate> run(List<Estimator> estimators, int bootstrap, long seed) {
        if (bootstrap < 2) {
            throw new IllegalArgumentException("bootstrap must be >= 2, but was " + bootstrap);
        }
        int n = log.size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] point = estimate(all);
        double[][] resampled = new double[Estimator.values().length][bootstrap];
        Draws draws = new Draws(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int i = 0; i < n; i++) {
                rows[i] = draws.nextInt(n);
            }
            double[] v = estimate(rows);
            for (int e = 0; e < v.length; e++) {
                resampled[e][b] = v[e];
            }
        }
        List<OpeEstimate> out = new ArrayList<>();
        for (Estimator e : estimators) {
            double[] sorted = resampled[e.ordinal()];
            Arrays.sort(sorted);
            out.add(new OpeEstimate(e, point[e.ordinal()], quantile(sorted, ALPHA / 2), quantile(sorted, 1 - ALPHA / 2)));
        }
        return out;
    }

    /** Linear interpolation between order statistics (Hyndman and Fan type 7, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The log's mean reward with its Wald 95 % interval. */
    public static OpeResult.Observed observed(BanditLog log) {
        double sum = 0;
        for (int i = 0; i < log.size(); i++) {
            sum += log.reward(i);
        }
        double rate = sum / log.size();
        double half = Distributions.normalQuantile(1 - ALPHA / 2)
                * Math.sqrt(rate * (1 - rate) / log.size());
        return new OpeResult.Observed(log.file(), log.size(), rate, rate - half, rate + half);
    }
}
