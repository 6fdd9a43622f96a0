package io.campaignsim.strategy.ab;

import io.campaignsim.random.Seeds;
import io.campaignsim.stats.ProportionTest;
import io.campaignsim.stats.SampleSize;
import io.campaignsim.stats.TwoProportionZTest;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/**
 * A fixed-horizon A/B(/n) test, then roll-out. Customers are split between the arms by a hash
 * of their id (a customer stays in one arm, as in a real test); a {@code testFraction} of
 * customers is in the test, the rest get arm 0 (the control arm, current practice). The test
 * ends after {@code testDays}, or, when an MDE is given, as soon as every arm has the sample
 * size a power analysis asks for (baseline from arm 0 so far). Each arm is then compared with
 * arm 0 by a two-sided two-proportion z-test on conversion per delivered contact, Bonferroni-
 * corrected for the number of comparisons; the best significantly better arm is rolled out to
 * everyone, otherwise arm 0 stays.
 */
public final class AbTest implements Strategy {

    /** Baseline conversion assumed before any data, for the power analysis. */
    static final double BASELINE_FLOOR = 0.005;

    private final List<Arm> arms;
    private final int testDays;
    private final double alpha;
    private final double power;
    private final double mde;
    private final double testFraction;
    private final long salt;
    private final long[] successes;
    private final long[] trials;
    private int winner = -1;
    private int decidedOnDay = -1;
    private double[] pValues;

    /**
     * @param testDays longest test, in days (the test ends earlier only with an MDE)
     * @param mde minimum detectable absolute effect on conversion, or NaN for a fixed-length test
     * @param salt makes the customer split independent between strategies
     */
    public AbTest(List<Arm> arms, int testDays, double alpha, double power, double mde, double testFraction, long salt) {
        if (arms.size() < 2) {
            throw new IllegalArgumentException("ab_test needs at least 2 arms, but had " + arms.size());
        }
        if (testDays < 1) {
            throw new IllegalArgumentException("test_days must be at least 1, but was " + testDays);
        }
        this.arms = List.copyOf(arms);
        this.testDays = testDays;
        this.alpha = alpha;
        this.power = power;
        this.mde = mde;
        this.testFraction = testFraction;
        this.salt = salt;
        this.successes = new long[arms.size()];
        this.trials = new long[arms.size()];
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision d) {
        if (winner >= 0) {
            return winner;
        }
        long h = Seeds.mix(salt ^ d.customer());
        if (Seeds.toUnit(h) >= testFraction) {
            return 0;
        }
        return (int) Long.remainderUnsigned(Seeds.mix(h), arms.size());
    }

    @Override
    public void learn(Feedback f) {
        if (winner >= 0) {
            return;
        }
        for (int k = 0; k < f.size(); k++) {
            if (f.arm(k) >= 0 && f.delivered(k)) {
                trials[f.arm(k)]++;
                if (f.purchased(k)) {
                    successes[f.arm(k)]++;
                }
            }
        }
    }

    @Override
    public void endOfDay(int day) {
        if (winner >= 0) {
            return;
        }
        boolean timeUp = day + 1 >= testDays;
        boolean enough = !Double.isNaN(mde) && hasSampleSize();
        if (timeUp || enough) {
            decide(day);
        }
    }

    private boolean hasSampleSize() {
        double baseline = trials[0] > 0 ? Math.max((double) successes[0] / trials[0], BASELINE_FLOOR) : BASELINE_FLOOR;
        double needed = SampleSize.twoProportions(baseline, mde, alpha / (arms.size() - 1), power);
        for (long t : trials) {
            if (t < needed) {
                return false;
            }
        }
        return true;
    }

    private void decide(int day) {
        double corrected = alpha / (arms.size() - 1);
        pValues = new double[arms.size()];
        pValues[0] = 1.0;
        int best = 0;
        double bestRate = trials[0] > 0 ? (double) successes[0] / trials[0] : 0;
        for (int a = 1; a < arms.size(); a++) {
            ProportionTest t = TwoProportionZTest.test(successes[0], trials[0], successes[a], trials[a], corrected);
            pValues[a] = t.pValue();
            if (t.significant() && t.difference() > 0 && t.rateB() > bestRate) {
                best = a;
                bestRate = t.rateB();
            }
        }
        winner = best;
        decidedOnDay = day;
    }

    /** The rolled-out arm, or -1 while the test runs. */
    public int winner() {
        return winner;
    }

    /** Whether the test declared an arm other than the control better. */
    public boolean declaredWinner() {
        return winner > 0;
    }

    /** p-value of each arm against arm 0 at the decision (Bonferroni-corrected alpha applies), or null. */
    public double[] pValues() {
        return pValues == null ? null : pValues.clone();
    }

    public int decidedOnDay() {
        return decidedOnDay;
    }
}
