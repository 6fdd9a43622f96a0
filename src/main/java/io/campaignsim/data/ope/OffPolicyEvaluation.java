package io.campaignsim.data.ope;

import io.campaignsim.random.Draws;
import io.campaignsim.stats.Distributions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the {@link Estimator}s on a log for one policy, with bootstrap percentile intervals.
 *
 * <p>The reward model is fitted once, cross-fitted over the whole log ({@link RewardModel}); the
 * bootstrap then draws B resamples of the rows with replacement (from {@link Draws} seeded with
 * the seed, so the same inputs give the same intervals) and recomputes every estimator on each,
 * the choice of τ and λ included, from the rows' weights, rewards and fixed q̂. So the intervals
 * are conditional on the fitted reward model: they hold the sampling noise of the rows, not the
 * noise of fitting q̂ (the Open Bandit Pipeline's {@code estimate_interval} does the same). For DM,
 * whose value comes from q̂ alone, this understates the uncertainty; the unbiased IPS and DR
 * intervals are the ones to trust.
 *
 * @implNote Immutable and thread-safe.
 */
public final class OffPolicyEvaluation {

    public static final int DEFAULT_BOOTSTRAP = 200;
    public static final long DEFAULT_SEED = 42;
    private static final double ALPHA = 0.05;

    private final BanditLog log;
    private final OpeOptions options;
    private final double[] weight;
    private final double[] reward;
    private final double[] qFactual;
    private final double[] qPolicy;
    private final List<String> features;

    /** Cross-fits the reward model with {@code options}, folds drawn from {@code seed}. */
    public OffPolicyEvaluation(BanditLog log, EvaluationPolicy policy, OpeOptions options, long seed) {
        this(log, policy, options, predictions(log, policy, options, seed));
    }

    /** Without a reward model (q̂ = 0): enough for IPS and SNIPS, which do not use one. */
    public static OffPolicyEvaluation withoutRewardModel(BanditLog log, EvaluationPolicy policy) {
        return new OffPolicyEvaluation(log, policy, OpeOptions.DEFAULTS,
                new RewardModel.Predictions(new double[log.size()], new double[log.size()], List.of()));
    }

    /** With a given reward model's predictions (for tests: a hand-set q̂). */
    OffPolicyEvaluation(BanditLog log, EvaluationPolicy policy, OpeOptions options, RewardModel.Predictions q) {
        this.log = log;
        this.options = options;
        double[][] pi = table(log, policy);
        int n = log.size();
        this.weight = new double[n];
        this.reward = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = pi[log.position(i)][log.item(i)] / log.propensity(i);
            reward[i] = log.reward(i);
        }
        this.qFactual = q.factual().clone();
        this.qPolicy = q.onPolicy().clone();
        this.features = q.features();
    }

    private static RewardModel.Predictions predictions(BanditLog log, EvaluationPolicy policy, OpeOptions options,
            long seed) {
        return RewardModel.crossFit(log, table(log, policy), options.folds(), seed, options.l2());
    }

    /** π(a | p) as [position][item]. */
    static double[][] table(BanditLog log, EvaluationPolicy policy) {
        double[][] pi = new double[log.positions() + 1][log.items()];
        for (int p = 1; p <= log.positions(); p++) {
            for (int a = 0; a < log.items(); a++) {
                pi[p][a] = policy.probability(a, p);
            }
        }
        return pi;
    }

    /** The reward model's features. */
    public List<String> features() {
        return features;
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

    /** τ or λ of a tuned estimator on {@code rows}: the fixed value of the options, or the one {@link Tuning} picks. */
    double parameter(Estimator e, int[] rows) {
        double fixed = e == Estimator.SWITCH_DR ? options.switchTau() : options.drosLambda();
        return Double.isNaN(fixed) ? Tuning.choose(e, rows, weight, reward, qFactual, qPolicy) : fixed;
    }

    /** Every estimator's value on the given rows (a row listed twice counts twice), in {@link Estimator} order. */
    double[] estimate(int[] rows) {
        double ips = 0;
        double weightSum = 0;
        double dm = 0;
        double correction = 0;
        for (int i : rows) {
            ips += weight[i] * reward[i];
            weightSum += weight[i];
            dm += qPolicy[i];
            correction += weight[i] * (reward[i] - qFactual[i]);
        }
        int n = rows.length;
        double[] out = new double[Estimator.values().length];
        out[Estimator.IPS.ordinal()] = ips / n;
        out[Estimator.SNIPS.ordinal()] = weightSum > 0 ? ips / weightSum : 0;
        out[Estimator.DM.ordinal()] = dm / n;
        out[Estimator.DR.ordinal()] = (dm + correction) / n;
        for (Estimator e : List.of(Estimator.SWITCH_DR, Estimator.DR_OS)) {
            out[e.ordinal()] = tuned(e, parameter(e, rows), rows);
        }
        return out;
    }

    /** DM plus the residuals weighted by the switched or shrunk weights at parameter {@code h}. */
    double tuned(Estimator e, double h, int[] rows) {
        double sum = 0;
        for (int i : rows) {
            sum += qPolicy[i] + Tuning.shrunk(e, weight[i], h) * (reward[i] - qFactual[i]);
        }
        return sum / rows.length;
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
            out.add(new OpeEstimate(e, point[e.ordinal()], quantile(sorted, ALPHA / 2), quantile(sorted, 1 - ALPHA / 2),
                    e.tuned() ? parameter(e, all) : Double.NaN));
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
