package io.campaignsim.data;

import io.campaignsim.stats.Distributions;
import io.campaignsim.stats.FiellerInterval;
import io.campaignsim.stats.MeanTest;
import io.campaignsim.stats.MeanVariance;
import io.campaignsim.stats.ProportionTest;
import io.campaignsim.stats.TwoProportionZTest;
import io.campaignsim.stats.WelchTTest;
import java.util.ArrayList;
import java.util.List;

/**
 * The macro and micro view of a randomised log: each arm's rate or mean with a 95 % interval and
 * each arm's effect versus the control, over the whole log and within each segment.
 *
 * <p>0/1 outcomes use the two-proportion z-test ({@link TwoProportionZTest}), other outcomes
 * Welch's t-test ({@link WelchTTest}). A segment where an arm has fewer than 2 rows gets no
 * effect row for that arm (no variance to test with).
 */
public final class ArmAnalysis {

    public static final double ALPHA = 0.05;
    public static final String ALL = "all";

    private final List<ArmStat> arms = new ArrayList<>();
    private final List<Effect> effects = new ArrayList<>();

    private ArmAnalysis() {}

    /** Arms and effects; {@code binary.get(k)} says whether outcome k is 0/1. */
    public static Result run(LogTable t, Design d, List<double[]> outcomeValues, List<Boolean> binary) {
        ArmAnalysis a = new ArmAnalysis();
        int[] armOf = d.armOf(t);
        boolean[] all = new boolean[t.rows()];
        java.util.Arrays.fill(all, true);
        a.scope(ALL, all, t, d, armOf, outcomeValues, binary);
        if (d.segment() >= 0) {
            String name = t.names().get(d.segment());
            for (String level : t.levels(d.segment())) {
                boolean[] in = new boolean[t.rows()];
                for (int i = 0; i < in.length; i++) {
                    in[i] = t.text(d.segment(), i).equals(level);
                }
                a.scope(name + "=" + level, in, t, d, armOf, outcomeValues, binary);
            }
        }
        return new Result(List.copyOf(a.arms), List.copyOf(a.effects));
    }

    /** Per-arm figures and effects, in scope order ("all" first), outcome order, arm order. */
    public record Result(List<ArmStat> arms, List<Effect> effects) {}

    private void scope(String scope, boolean[] in, LogTable t, Design d, int[] armOf, List<double[]> outcomeValues,
                       List<Boolean> binary) {
        int k = d.arms().size();
        for (int o = 0; o < d.outcomes().size(); o++) {
            String outcome = t.names().get(d.outcomes().get(o));
            double[] y = outcomeValues.get(o);
            MeanVariance.Accumulator[] acc = new MeanVariance.Accumulator[k];
            long[] successes = new long[k];
            for (int a = 0; a < k; a++) {
                acc[a] = new MeanVariance.Accumulator();
            }
            for (int i = 0; i < y.length; i++) {
                if (in[i]) {
                    acc[armOf[i]].add(y[i]);
                    successes[armOf[i]] += y[i] == 1 ? 1 : 0;
                }
            }
            MeanVariance[] mv = new MeanVariance[k];
            for (int a = 0; a < k; a++) {
                mv[a] = acc[a].result();
                arms.add(armStat(scope, outcome, d.arms().get(a), mv[a], successes[a], binary.get(o)));
            }
            for (int a = 1; a < k; a++) {
                Effect e = binary.get(o)
                        ? proportionEffect(scope, outcome, d, a, successes, mv)
                        : meanEffect(scope, outcome, d, a, mv);
                if (e != null) {
                    effects.add(e);
                }
            }
        }
    }

    private static ArmStat armStat(String scope, String outcome, String arm, MeanVariance mv, long successes,
                                   boolean binary) {
        long n = mv.n();
        if (n == 0) {
            return new ArmStat(scope, outcome, arm, 0, binary, Double.NaN, Double.NaN, Double.NaN);
        }
        if (binary) {
            double p = (double) successes / n;
            double half = Distributions.normalQuantile(1 - ALPHA / 2) * Math.sqrt(p * (1 - p) / n);
            return new ArmStat(scope, outcome, arm, n, true, p, p - half, p + half);
        }
        if (n < 2) {
            return new ArmStat(scope, outcome, arm, n, false, mv.mean(), Double.NaN, Double.NaN);
        }
        double half = Distributions.tQuantile(n - 1, 1 - ALPHA / 2) * mv.standardError();
        return new ArmStat(scope, outcome, arm, n, false, mv.mean(), mv.mean() - half, mv.mean() + half);
    }

    private static Effect proportionEffect(String scope, String outcome, Design d, int a, long[] successes,
                                           MeanVariance[] mv) {
        if (mv[0].n() == 0 || mv[a].n() == 0) {
            return null;
        }
        ProportionTest p = TwoProportionZTest.test(successes[0], mv[0].n(), successes[a], mv[a].n(), ALPHA);
        return effect(scope, outcome, d, a, mv, p.rateB(), p.rateA(), p.difference(), p.ciLow(), p.ciHigh(),
                p.pValue(), "z");
    }

    private static Effect meanEffect(String scope, String outcome, Design d, int a, MeanVariance[] mv) {
        if (mv[0].n() < 2 || mv[a].n() < 2) {
            return null;
        }
        MeanTest m = WelchTTest.test(mv[0], mv[a], ALPHA);
        return effect(scope, outcome, d, a, mv, mv[a].mean(), mv[0].mean(), m.difference(), m.ciLow(), m.ciHigh(),
                m.pValue(), "welch");
    }

    private static Effect effect(String scope, String outcome, Design d, int a, MeanVariance[] mv, double value,
                                 double controlValue, double diff, double lo, double hi, double p, String test) {
        double base = controlValue != 0 ? controlValue : Double.NaN;
        // Fieller's set for value / controlValue of the two independent arms, minus 1: it carries the
        // control's own uncertainty. Its quantile is the one of the absolute interval (z or Welch's t).
        double varArm = variance(value, mv[a], test);
        double varControl = variance(controlValue, mv[0], test);
        double q = (hi - lo) / 2 / Math.sqrt(varArm + varControl);
        double[] ratio = FiellerInterval.independent(value, varArm, controlValue, varControl, q);
        return new Effect(scope, outcome, d.arms().get(a), d.control(), mv[a].n(), mv[0].n(), value, controlValue,
                diff, lo, hi, diff / base, ratio[0] - 1, ratio[1] - 1, p, test);
    }

    /** Squared standard error of an arm's mean: p(1 − p)/n for the z-test's rates, s²/n for Welch's means. */
    private static double variance(double mean, MeanVariance mv, String test) {
        return test.equals("z") ? mean * (1 - mean) / mv.n() : mv.variance() / mv.n();
    }
}
