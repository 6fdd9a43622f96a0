package io.campaignsim.compare.check;

import io.campaignsim.scenario.CheckSpec.Direction;
import io.campaignsim.scenario.CheckSpec.MetricRule;
import io.campaignsim.stats.MeanTest;
import io.campaignsim.stats.MeanVariance;
import io.campaignsim.stats.WelchTTest;

/**
 * The statistical test of {@code check}: is the current mean worse than the baseline mean by more
 * than the margin, beyond replication noise?
 *
 * <pre>
 * d = x̄_current − x̄_baseline,  se = sqrt(s_b²/n_b + s_c²/n_c),  df by Welch–Satterthwaite
 * U = d + t_{df,1−α}·se,  L = d − t_{df,1−α}·se,   δ = margin · |x̄_baseline|
 * higher is better:  REGRESSED if U &lt; −δ,  IMPROVED if L &gt; +δ
 * lower is better:   REGRESSED if L &gt; +δ,  IMPROVED if U &lt; −δ
 * </pre>
 * This is the one-sided Welch test of H0: the true difference is within δ of no worsening, at
 * level α. When nothing changed (true d = 0) and δ ≥ 0, P(REGRESSED) ≤ P(U &lt; 0) ≈ α: the
 * false-alarm rate is at most α, and much lower when the margin is large against the noise. The
 * baseline and the current run must use independent random draws for this to hold (and for the
 * test to mean anything).
 */
public final class RegressionTest {

    private RegressionTest() {}

    /**
     * @param baseline the baseline's per-replication values, n ≥ 2
     * @param current this run's per-replication values, n ≥ 2
     * @param alpha false-alarm probability of this one-sided test, in (0, 0.5)
     */
    public static MetricCheck evaluate(String strategy, MetricRule rule, double[] baseline, double[] current,
            double alpha) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha must be in (0, 0.5), but was " + alpha);
        }
        MeanVariance b = MeanVariance.of(baseline);
        MeanVariance c = MeanVariance.of(current);
        // A two-sided 1 − 2α interval has the one-sided 1 − α bounds at its ends.
        MeanTest t = WelchTTest.test(b, c, 2 * alpha);
        double margin = rule.margin() * Math.abs(b.mean());
        boolean worse;
        boolean better;
        if (rule.direction() == Direction.HIGHER) {
            worse = t.ciHigh() < -margin;
            better = t.ciLow() > margin;
        } else {
            worse = t.ciLow() > margin;
            better = t.ciHigh() < -margin;
        }
        Verdict v = worse ? Verdict.REGRESSED : better ? Verdict.IMPROVED : Verdict.OK;
        return new MetricCheck(strategy, rule.valueKey(), rule.direction(), b.mean(), c.mean(), t.difference(), t.ciLow(),
                t.ciHigh(), rule.margin(), margin, alpha, v);
    }

    /** α of each test: 1 − confidence, split evenly over {@code tests} when Bonferroni-corrected. */
    public static double alphaPerTest(double confidence, boolean bonferroni, int tests) {
        double alpha = 1 - confidence;
        return bonferroni && tests > 1 ? alpha / tests : alpha;
    }
}
