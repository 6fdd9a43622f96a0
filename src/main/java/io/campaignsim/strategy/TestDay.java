package io.campaignsim.strategy;

import java.util.Arrays;

/**
 * The state of a randomised test at the end of one test day: cumulative customers reached (the test's unit) and
 * converted customers per arm, and the p-value of each arm against arm 0 (1 for arm 0 itself) as the
 * test would compute it that day (z-test, Welch's t-test with metric profit, or the
 * always-valid mSPRT p-value when sequential). On the decision day they are the decision's.
 *
 * @param day simulation day, 0-based
 */
public record TestDay(int day, long[] trials, long[] successes, double[] pValues) {
    public TestDay {
        trials = trials.clone();
        successes = successes.clone();
        pValues = pValues.clone();
    }

    @Override
    public long[] trials() {
        return trials.clone();
    }

    @Override
    public long[] successes() {
        return successes.clone();
    }

    @Override
    public double[] pValues() {
        return pValues.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestDay t && day == t.day && Arrays.equals(trials, t.trials)
                && Arrays.equals(successes, t.successes) && Arrays.equals(pValues, t.pValues);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * day + Arrays.hashCode(trials)) + Arrays.hashCode(successes)) + Arrays.hashCode(pValues);
    }

    @Override
    public String toString() {
        return "TestDay[day=" + day + ", trials=" + Arrays.toString(trials) + ", successes="
                + Arrays.toString(successes) + ", pValues=" + Arrays.toString(pValues) + "]";
    }
}
