package io.campaignsim.compare;

import io.campaignsim.stats.SampleSize;
import java.util.Arrays;
import java.util.List;

/**
 * An A/B (or multivariate) strategy's test summarised over replications, for the p-value and
 * power charts. A replication's p-values stay at their decision-day values after it decided, so
 * every day's median is over all replications that had started testing.
 *
 * @param arms arm labels; arm 0 is the control
 * @param alpha significance level of each comparison (Bonferroni-corrected)
 * @param mde the configured minimum detectable effect, or NaN when none was given
 * @param replications replications with a trace
 * @param medianPValue [day][arm] median p-value against arm 0 over replications (NaN when none had data)
 * @param decidedShare [day] share of replications that had decided by the end of that day
 * @param reachedTrials [arm] mean customers reached per arm when the test ended (the test's unit) (or at the horizon)
 * @param baselineRate arm 0's conversion rate, pooled over replications at the end of the test
 * @param bestDifference conversion rate of the arm that differs most from arm 0, minus arm 0's (pooled)
 */
public record ExperimentSummary(List<String> arms, double alpha, double mde, int replications,
        double[][] medianPValue, double[] decidedShare, double[] reachedTrials, double baselineRate,
        double bestDifference) {

    public ExperimentSummary {
        arms = List.copyOf(arms);
        medianPValue = Arrays.stream(medianPValue).map(double[]::clone).toArray(double[][]::new);
        decidedShare = decidedShare.clone();
        reachedTrials = reachedTrials.clone();
    }

    public int days() {
        return decidedShare.length;
    }

    public double medianPValue(int day, int arm) {
        return medianPValue[day][arm];
    }

    public double decidedShare(int day) {
        return decidedShare[day];
    }

    public double reachedTrials(int arm) {
        return reachedTrials[arm];
    }

    /** The effect the power curve is drawn for: the configured MDE, else the observed best difference. */
    public double powerEffect() {
        return Double.isFinite(mde) && mde > 0 ? mde : Math.abs(bestDifference);
    }

    /** The smallest arm's mean size when the test ended: the sample size per arm the test reached. */
    public double reachedPerArm() {
        return Arrays.stream(reachedTrials).min().orElse(Double.NaN);
    }

    /** Power a decision needs before its test is called adequately powered (the usual 80 %). */
    public static final double ADEQUATE_POWER = 0.8;

    /**
     * The power the test achieved: the power of its two-sided z-test at its per-comparison alpha,
     * with the sample size per arm it reached, for arm 0's conversion rate and {@link #powerEffect()}
     * (the configured MDE, else the difference the farthest arm really had, pooled over every
     * replication: with several replications that is close to the true difference, not the one test's
     * own noisy estimate). NaN when the rates or the effect do not allow a power analysis.
     */
    public double achievedPower() {
        double baseline = baselineRate;
        double effect = powerEffect();
        double reached = reachedPerArm();
        if (!(baseline > 0 && baseline < 1 && effect > 0 && baseline + effect < 1 && alpha > 0 && alpha < 1
                && reached >= 1)) {
            return Double.NaN;
        }
        return SampleSize.power(baseline, effect, alpha, Math.round(reached));
    }

    /** Whether {@link #powerEffect()} is the configured MDE (else the observed difference). */
    public boolean effectIsMde() {
        return Double.isFinite(mde) && mde > 0;
    }

    /**
     * Summarises the traces of one strategy, one per replication.
     *
     * @throws IllegalArgumentException if the list is empty
     */
    public static ExperimentSummary of(List<ExperimentTrace> traces) {
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("no traces");
        }
        ExperimentTrace first = traces.get(0);
        int arms = first.arms().size();
        int days = 0;
        for (ExperimentTrace t : traces) {
            days = Math.max(days, t.entries() == 0 ? 0 : t.day(t.entries() - 1) + 1);
        }
        double[][] median = new double[days][arms];
        double[] decided = new double[days];
        for (int d = 0; d < days; d++) {
            int decidedCount = 0;
            for (ExperimentTrace t : traces) {
                if (t.decidedOnDay() >= 0 && t.decidedOnDay() <= d) {
                    decidedCount++;
                }
            }
            decided[d] = (double) decidedCount / traces.size();
            for (int a = 0; a < arms; a++) {
                double[] p = new double[traces.size()];
                int n = 0;
                for (ExperimentTrace t : traces) {
                    int e = lastEntryBy(t, d);
                    if (e >= 0 && Double.isFinite(t.pValue(e, a))) {
                        p[n++] = t.pValue(e, a);
                    }
                }
                median[d][a] = median(Arrays.copyOf(p, n));
            }
        }
        double[] reached = new double[arms];
        long[] successes = new long[arms];
        long[] trials = new long[arms];
        for (ExperimentTrace t : traces) {
            if (t.entries() == 0) {
                continue;
            }
            int last = t.entries() - 1;
            for (int a = 0; a < arms; a++) {
                reached[a] += (double) t.trials(last, a) / traces.size();
                successes[a] += t.successes(last, a);
                trials[a] += t.trials(last, a);
            }
        }
        double baseline = rate(successes[0], trials[0]);
        double best = Double.NaN;
        for (int a = 1; a < arms; a++) {
            double diff = rate(successes[a], trials[a]) - baseline;
            if (Double.isFinite(diff) && !(Math.abs(diff) <= Math.abs(best))) {
                best = diff;
            }
        }
        return new ExperimentSummary(first.arms(), first.alpha(), first.mde(), traces.size(), median, decided, reached,
                baseline, best);
    }

    /** The last entry on or before {@code day}, or -1 if the test had no entry yet. */
    private static int lastEntryBy(ExperimentTrace t, int day) {
        int found = -1;
        for (int e = 0; e < t.entries() && t.day(e) <= day; e++) {
            found = e;
        }
        return found;
    }

    private static double rate(long s, long n) {
        return n > 0 ? (double) s / n : Double.NaN;
    }

    private static double median(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(x);
        int m = x.length / 2;
        return x.length % 2 == 1 ? x[m] : (x[m - 1] + x[m]) / 2;
    }
}
