package io.campaignsim.strategy.ab;

import io.campaignsim.random.Seeds;
import io.campaignsim.stats.MeanTest;
import io.campaignsim.stats.MeanVariance;
import io.campaignsim.stats.Msprt;
import io.campaignsim.stats.MsprtState;
import io.campaignsim.stats.ProportionTest;
import io.campaignsim.stats.SampleSize;
import io.campaignsim.stats.TwoProportionZTest;
import io.campaignsim.stats.WelchTTest;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.TestDay;
import io.campaignsim.strategy.TestHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fixed-horizon A/B(/n) test, then roll-out. Customers are split between the arms by a hash
 * of their id (a customer stays in one arm, as in a real test); a {@code testFraction} of
 * customers is in the test, the rest get arm 0 (the control arm, current practice). The test
 * ends after {@code testDays}, or, when an MDE is given, as soon as every arm has the sample
 * size a power analysis asks for (baseline from arm 0 so far). Each arm is then compared with
 * arm 0 by a two-sided two-proportion z-test on the share of its customers who converted,
 * Bonferroni-corrected for the number of comparisons.
 *
 * <p><b>The unit of analysis is the customer</b>, because the customer is what is randomised: a
 * customer reached by the test (at least one delivered contact, or a learnable row of the
 * no-contact arm) counts once in his arm, as converted when he bought on any day he was
 * contacted during the test, and, with metric profit, with the sum of the profit of those
 * contact days. Counting contacts instead would treat a customer's repeated contacts as
 * independent trials; their outcomes are correlated (the same customer's propensity), so
 * per-contact variances understate the truth and a per-contact test rejects a true null more
 * often than alpha. Being reached does not depend on the arm (the first contact is proposed by
 * the journey policy before the arm matters), so the reached customers of the arms are
 * comparable. The strategy sees outcomes only on its decision days, which is why conversion is
 * "bought on a contacted day" rather than "bought at all during the test". The test "declares a winner" when any comparison is
 * significant (so under the null it does so with probability about alpha); the best arm among
 * arm 0 and the significantly better ones is rolled out to everyone.
 *
 * <p>With metric {@code profit} the arms are compared on profit per reached customer (margin -
 * incentive - contact cost, summed over his contacted days) with Welch's t-test instead, since a discount can win on
 * conversion and lose on profit.
 *
 * <p>With {@code sequential}, the team peeks every day: an mSPRT (mixture sequential probability
 * ratio test, always-valid p-values) per arm against arm 0 stops the test as soon as one is
 * significant, and peeking does not inflate the false-positive rate. Its mixing variance is
 * MDE squared (MDE defaults to 0.01 when not given).
 */
public final class AbTest implements Strategy, TestHistory {

    /** Baseline conversion assumed before any data, for the power analysis. */
    static final double BASELINE_FLOOR = 0.005;

    private final List<Arm> arms;
    private final int testDays;
    private final double alpha;
    private final double power;
    private final double mde;
    private final double testFraction;
    private final long salt;
    private final Msprt msprt;
    private final MsprtState[] sequentialStates;
    private final long[] successes;
    private final long[] trials;
    private final boolean profitMetric;
    // per customer (indexed by id, grown on demand): arm + 1 (0 = not reached), converted, profit so far
    private int[] armOf = new int[0];
    private boolean[] converted = new boolean[0];
    private double[] profitOf = new double[0];
    private int winner = -1;
    private boolean declared;
    private int decidedOnDay = -1;
    private double[] pValues;
    private final List<TestDay> history = new ArrayList<>();

    /**
     * @param testDays longest test, in days (the test ends earlier only with an MDE)
     * @param mde minimum detectable absolute effect on conversion, or NaN for a fixed-length test
     * @param salt makes the customer split independent between strategies
     */
    public AbTest(List<Arm> arms, int testDays, double alpha, double power, double mde, double testFraction, long salt,
            boolean sequential, boolean profitMetric) {
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
        this.profitMetric = profitMetric;
        this.msprt = sequential ? Msprt.forMde(Double.isNaN(mde) ? DEFAULT_SEQUENTIAL_MDE : mde, alpha / (arms.size() - 1))
                : null;
        this.sequentialStates = new MsprtState[arms.size()];
        if (msprt != null) {
            for (int a = 1; a < arms.size(); a++) {
                sequentialStates[a] = msprt.initial();
            }
        }
    }

    /** MDE for the sequential test's mixing variance when none is given. */
    static final double DEFAULT_SEQUENTIAL_MDE = 0.01;

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
            if (f.arm(k) >= 0 && f.learnable(k)) {
                int c = f.customer(k);
                reserve(c);
                if (armOf[c] == 0) {
                    armOf[c] = f.arm(k) + 1; // the customer's arm: the hash split keeps it fixed
                    trials[f.arm(k)]++;
                }
                int arm = armOf[c] - 1;
                profitOf[c] += f.profit(k);
                if (f.purchased(k) && !converted[c]) {
                    converted[c] = true;
                    successes[arm]++;
                }
            }
        }
    }

    private void reserve(int customer) {
        if (customer >= armOf.length) {
            int size = Math.max(customer + 1, Math.max(16, 2 * armOf.length));
            armOf = java.util.Arrays.copyOf(armOf, size);
            converted = java.util.Arrays.copyOf(converted, size);
            profitOf = java.util.Arrays.copyOf(profitOf, size);
        }
    }

    /** Mean and variance over arm {@code a}'s reached customers of their profit so far. */
    private MeanVariance profit(int a) {
        MeanVariance.Accumulator acc = new MeanVariance.Accumulator();
        for (int c = 0; c < armOf.length; c++) {
            if (armOf[c] == a + 1) {
                acc.add(profitOf[c]);
            }
        }
        return acc.result();
    }

    @Override
    public void endOfDay(int day) {
        if (winner >= 0) {
            return;
        }
        boolean timeUp = day + 1 >= testDays;
        boolean enough = msprt == null && !Double.isNaN(mde) && hasSampleSize();
        if (timeUp || enough || sequentialStop()) {
            decide(day);
        }
        history.add(new TestDay(day, trials, successes, winner >= 0 ? pValues : currentPValues()));
    }

    /** Each arm's p-value against arm 0 on today's totals, as {@link #decide} would compute it. */
    private double[] currentPValues() {
        double corrected = alpha / (arms.size() - 1);
        double[] p = new double[arms.size()];
        p[0] = 1.0;
        for (int a = 1; a < arms.size(); a++) {
            if (profitMetric) {
                // Welch needs two customers per arm; before that there is no evidence, as with the z-test
                MeanVariance control = profit(0);
                MeanVariance arm = profit(a);
                p[a] = control.n() < 2 || arm.n() < 2 ? 1.0 : WelchTTest.test(control, arm, corrected).pValue();
            } else if (msprt != null) {
                p[a] = sequentialStates[a].pValue();
            } else {
                p[a] = TwoProportionZTest.test(successes[0], trials[0], successes[a], trials[a], corrected).pValue();
            }
        }
        return p;
    }

    /** Updates the always-valid tests with today's totals; true when one of them rejects. */
    private boolean sequentialStop() {
        if (msprt == null) {
            return false;
        }
        boolean stop = false;
        for (int a = 1; a < arms.size(); a++) {
            sequentialStates[a] = msprt.update(sequentialStates[a], successes[0], trials[0], successes[a], trials[a]);
            stop |= sequentialStates[a].pValue() <= msprt.alpha();
        }
        return stop;
    }

    private boolean hasSampleSize() {
        double baseline = trials[0] > 0 ? Math.max((double) successes[0] / trials[0], BASELINE_FLOOR) : BASELINE_FLOOR;
        baseline = Math.min(baseline, 1 - mde - 1e-9);
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
        MeanVariance control = profitMetric ? profit(0) : null;
        double bestValue = profitMetric ? control.mean() : rate(0);
        for (int a = 1; a < arms.size(); a++) {
            boolean significant;
            double difference;
            if (profitMetric) {
                MeanVariance arm = profit(a);
                MeanTest t = WelchTTest.test(control, arm, corrected);
                significant = t.significant();
                difference = t.difference();
                pValues[a] = t.pValue();
            } else {
                ProportionTest t = TwoProportionZTest.test(successes[0], trials[0], successes[a], trials[a], corrected);
                significant = msprt == null ? t.significant() : sequentialStates[a].pValue() <= msprt.alpha();
                difference = t.difference();
                pValues[a] = msprt == null ? t.pValue() : sequentialStates[a].pValue();
            }
            declared |= significant;
            double value = profitMetric ? profit(a).mean() : rate(a);
            if (significant && difference > 0 && value > bestValue) {
                best = a;
                bestValue = value;
            }
        }
        winner = best;
        decidedOnDay = day;
    }

    private double rate(int a) {
        return trials[a] > 0 ? (double) successes[a] / trials[a] : 0.0;
    }

    /** The rolled-out arm, or -1 while the test runs. */
    public int winner() {
        return winner;
    }

    /** Customers per arm who converted on a contacted day of the test (a copy). */
    public long[] successes() {
        return successes.clone();
    }

    /** Customers per arm reached by the test (a copy). */
    public long[] trials() {
        return trials.clone();
    }

    /** Whether any arm differed significantly from arm 0 (the test "found a winner"). */
    public boolean declaredWinner() {
        return declared;
    }

    /** p-value of each arm against arm 0 at the decision (Bonferroni-corrected alpha applies), or null. */
    public double[] pValues() {
        return pValues == null ? null : pValues.clone();
    }

    @Override
    public Optional<TestHistory> testHistory() {
        return Optional.of(this);
    }

    @Override
    public int decidedOnDay() {
        return decidedOnDay;
    }

    /** One entry per test day so far, in order, ending with the decision day once decided. */
    @Override
    public List<TestDay> history() {
        return List.copyOf(history);
    }

    /** The significance level of each comparison against arm 0 (alpha, Bonferroni-corrected). */
    @Override
    public double comparisonAlpha() {
        return alpha / (arms.size() - 1);
    }

    /** The configured minimum detectable effect, or NaN when none was given. */
    @Override
    public double mde() {
        return mde;
    }
}
