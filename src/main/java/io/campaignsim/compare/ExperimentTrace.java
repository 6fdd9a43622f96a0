package io.campaignsim.compare;

import java.util.Arrays;
import java.util.List;

/**
 * How one A/B (or multivariate) test unfolded in one replication: at the end of each test day,
 * the cumulative reached and converted customers per arm and each arm's p-value against arm 0.
 * The last entry is the decision day once the test decided.
 *
 * @param arms arm labels; arm 0 is the control every other arm is compared with
 * @param days simulation day of each entry, 0-based, increasing
 * @param pValues [entry][arm] p-value of the arm against arm 0 (1 for arm 0)
 * @param trials [entry][arm] cumulative customers reached
 * @param successes [entry][arm] cumulative purchases among them
 * @param alpha significance level of each comparison (Bonferroni-corrected)
 * @param decidedOnDay the day the test decided, or -1 if it never did
 * @param mde the configured minimum detectable effect, or NaN when none was given
 */
public record ExperimentTrace(List<String> arms, int[] days, double[][] pValues, long[][] trials, long[][] successes,
        double alpha, int decidedOnDay, double mde) implements java.io.Serializable {

    public ExperimentTrace {
        arms = List.copyOf(arms);
        days = days.clone();
        pValues = Arrays.stream(pValues).map(double[]::clone).toArray(double[][]::new);
        trials = Arrays.stream(trials).map(long[]::clone).toArray(long[][]::new);
        successes = Arrays.stream(successes).map(long[]::clone).toArray(long[][]::new);
        if (pValues.length != days.length || trials.length != days.length || successes.length != days.length) {
            throw new IllegalArgumentException("trace arrays differ in length");
        }
    }

    /** Number of test days recorded. */
    public int entries() {
        return days.length;
    }

    public int day(int entry) {
        return days[entry];
    }

    public double pValue(int entry, int arm) {
        return pValues[entry][arm];
    }

    public long trials(int entry, int arm) {
        return trials[entry][arm];
    }

    public long successes(int entry, int arm) {
        return successes[entry][arm];
    }
}
