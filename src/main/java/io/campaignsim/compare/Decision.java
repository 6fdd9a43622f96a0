package io.campaignsim.compare;

import io.campaignsim.stats.Estimate;
import java.util.List;
import java.util.Optional;

/**
 * What the comparison lets one conclude: which strategy to use, if the data says so.
 *
 * <p>Picking the best and the runner-up from the same data and then testing only them against each
 * other is biased (winner's curse): the best looks better than it is. So every pair of candidates
 * (every strategy but the oracle, the holdout included) is tested, paired by replication, and the
 * p-values of all pairs are Holm-adjusted together. A winner is named only when the best by mean
 * beats every other candidate at the adjusted level; otherwise the result is inconclusive between
 * the best and the candidates not significantly worse than it. When the best is an A/B or
 * multivariate strategy whose own test had less than {@link ExperimentSummary#ADEQUATE_POWER} power,
 * its result rests on an arm choice that is close to a coin flip, and the decision says so.
 *
 * @param kind winner, inconclusive or underpowered
 * @param best the candidate with the best mean objective (ranked first), whether or not it won
 * @param winner the named winner; null unless {@code kind} is {@link Kind#WINNER}
 * @param contenders the best and every candidate not significantly worse than it after correction, by rank
 * @param reason one sentence that says why
 * @param alpha family-wise error rate of the pairwise tests (1 − the comparison's level)
 * @param pairwise every pair of candidates, higher mean first, with raw and Holm-adjusted p-values
 * @param power the achieved power of each A/B or multivariate strategy, by rank
 */
public record Decision(Kind kind, String best, String winner, List<String> contenders, String reason, double alpha,
        List<Pairwise> pairwise, List<TestPower> power) {

    /** The three outcomes. */
    public enum Kind {
        /** The best beats every other candidate after correction. */
        WINNER,
        /** Some candidates are not significantly worse than the best. */
        INCONCLUSIVE,
        /** The best is an A/B or multivariate strategy whose own test lacked power. */
        UNDERPOWERED
    }

    public Decision {
        contenders = List.copyOf(contenders);
        pairwise = List.copyOf(pairwise);
        power = List.copyOf(power);
    }

    /**
     * A paired test of two candidates' objective, replication by replication.
     *
     * @param first the candidate with the higher mean
     * @param second the other
     * @param difference mean of (first − second) with its paired t interval (not adjusted)
     * @param pValue two-sided paired t-test p-value, raw (NaN when n &lt; 2 or every difference is 0)
     * @param pAdjusted Holm-adjusted over every pair of candidates (NaN when {@code pValue} is)
     */
    public record Pairwise(String first, String second, Estimate difference, double pValue, double pAdjusted) {

        /** Whether the adjusted p-value is below {@code alpha}; false when undefined. */
        public boolean significant(double alpha) {
            return pAdjusted < alpha;
        }

        public boolean involves(String a, String b) {
            return first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a);
        }
    }

    /**
     * How much power an A/B or multivariate strategy's own test had.
     *
     * @param strategy the strategy
     * @param power achieved power (see {@link ExperimentSummary#achievedPower()}); NaN when not computable
     * @param perArm customers per arm the test reached (mean over replications, smallest arm)
     * @param effect the absolute change of the conversion rate the power is for
     * @param effectIsMde true when {@code effect} is the configured MDE, false when it is the observed
     *     difference pooled over replications
     * @param alpha the test's per-comparison significance level
     */
    public record TestPower(String strategy, double power, double perArm, double effect, boolean effectIsMde,
            double alpha) {

        /** True when the power is known and below {@link ExperimentSummary#ADEQUATE_POWER}. */
        public boolean underpowered() {
            return power < ExperimentSummary.ADEQUATE_POWER;
        }
    }

    /** The pairwise test of {@code a} and {@code b}, if both are candidates. */
    public Optional<Pairwise> test(String a, String b) {
        return pairwise.stream().filter(p -> p.involves(a, b)).findFirst();
    }

    /** The tests whose achieved power is below {@link ExperimentSummary#ADEQUATE_POWER}. */
    public List<TestPower> underpoweredTests() {
        return power.stream().filter(TestPower::underpowered).toList();
    }
}
