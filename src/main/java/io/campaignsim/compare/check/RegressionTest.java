package io.campaignsim.compare.check;

import io.campaignsim.scenario.CheckSpec.Correction;
import io.campaignsim.scenario.CheckSpec.Direction;
import io.campaignsim.scenario.CheckSpec.MetricRule;
import io.campaignsim.stats.Holm;
import io.campaignsim.stats.MarginTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The statistical test of {@code check}: did a metric get worse than its baseline by more than the
 * margin, beyond noise? The check reruns the baseline's own replication seeds (common random
 * numbers), so replication i of the check and of the baseline share the population and the world's
 * draws, and the test works on the paired differences d_i = current_i − baseline_i:
 * <pre>
 * d̄ = mean(d_i),  se = sd(d_i)/√n,  df = n − 1,   δ = margin · |x̄_baseline|
 * higher is better:  p = P(T ≤ (d̄ + δ)/se)     (H1: worse by more than δ, Δ &lt; −δ)
 * lower is better:   p = P(T ≥ (d̄ − δ)/se)     (H1: Δ &gt; +δ)
 * REGRESSED when the corrected p &lt; α = 1 − confidence
 * </pre>
 * Pairing removes the noise shared by both runs (which population was drawn, which customers
 * bought anyway), which is most of it: the test sees far smaller regressions than an unpaired test
 * on independent draws. An unchanged policy reproduces its baseline exactly (every d_i = 0, never
 * REGRESSED); a change that does not worsen a metric by more than δ is flagged with probability
 * at most α per scenario (Holm's correction over its tests; see {@link MarginTest}).
 *
 * <p>A test whose every replication gave the same value in both runs (nothing changed for it: the
 * holdout's figures, a strategy the change does not touch, an unchanged policy) has nothing to
 * test. It is reported as ok and left out of the correction; it could never be rejected, and
 * counting it would only weaken the tests of what did change.
 */
public final class RegressionTest {

    private RegressionTest() {}

    /**
     * One (strategy, metric) to test.
     *
     * @param baseline the baseline's per-replication values
     * @param current this run's values on the same replication seeds, same order
     */
    public record Input(String strategy, MetricRule rule, double[] baseline, double[] current) {}

    /**
     * Tests every input and applies the correction over the informative ones.
     *
     * @param confidence 1 − the family-wise false-alarm rate (per test with {@link Correction#NONE})
     */
    public static List<MetricCheck> evaluate(List<Input> inputs, double confidence, Correction correction) {
        double alpha = 1 - confidence;
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("confidence must be in (0.5, 1), but was " + confidence);
        }
        int n = inputs.size();
        MarginTest[] tests = new MarginTest[n];
        double[] p = new double[n];
        Arrays.fill(p, Double.NaN);
        int counted = 0;
        for (int i = 0; i < n; i++) {
            Input in = inputs.get(i);
            if (unchanged(in.baseline(), in.current())) {
                continue;
            }
            double margin = in.rule().margin() * Math.abs(mean(in.baseline()));
            tests[i] = MarginTest.paired(in.baseline(), in.current(), margin, in.rule().direction() == Direction.HIGHER);
            p[i] = tests[i].pValue();
            counted++;
        }
        int informative = counted;
        double[] adjusted = switch (correction) {
            case HOLM -> Holm.adjust(p);
            case BONFERRONI -> Arrays.stream(p).map(x -> Double.isNaN(x) ? x : Math.min(1, x * informative)).toArray();
            case NONE -> p.clone();
        };
        // The interval shown is simultaneous over the informative tests (Bonferroni), which Holm's
        // decisions never contradict: an interval wholly beyond the margin implies rejection.
        double a = correction == Correction.NONE || informative <= 1 ? alpha : alpha / informative;
        List<MetricCheck> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Input in = inputs.get(i);
            double baseMean = mean(in.baseline());
            double margin = in.rule().margin() * Math.abs(baseMean);
            double curMean = mean(in.current());
            if (tests[i] == null) {
                out.add(new MetricCheck(in.strategy(), in.rule().valueKey(), in.rule().direction(), baseMean, curMean,
                        curMean - baseMean, curMean - baseMean, curMean - baseMean, in.rule().margin(), margin, a,
                        Double.NaN, Double.NaN, Verdict.OK));
                continue;
            }
            double[] ci = tests[i].interval(a);
            boolean higher = in.rule().direction() == Direction.HIGHER;
            boolean better = higher ? ci[0] > margin : ci[1] < -margin;
            Verdict v = adjusted[i] < alpha ? Verdict.REGRESSED : better ? Verdict.IMPROVED : Verdict.OK;
            out.add(new MetricCheck(in.strategy(), in.rule().valueKey(), in.rule().direction(), baseMean, curMean,
                    tests[i].difference(), ci[0], ci[1], in.rule().margin(), margin, a, p[i], adjusted[i], v));
        }
        return out;
    }

    /** Whether every replication gave the same value in both runs. */
    private static boolean unchanged(double[] baseline, double[] current) {
        return Arrays.equals(baseline, current);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }
}
