package io.campaignsim.strategy.bandit;

import io.campaignsim.random.Draws;
import java.util.Arrays;

/**
 * UCB1 (Auer, Cesa-Bianchi and Fischer 2002): the arm maximising
 * {@code mean_a + c * sqrt(2 ln N / n_a)}, where n_a is the arm's committed pulls and N the total;
 * arms never pulled come first, ties are broken uniformly at random.
 *
 * <p>With c = 1 and rewards in [0, 1] the expected regret is at most
 * {@code sum over suboptimal a of 8 ln N / gap_a} plus a constant. For rewards in
 * {@code [lo, lo + range]} set c = range (Hoeffding's bound scales with the range). The bonus is
 * sized for the worst-case variance 1/4, so with conversion rates of a few percent UCB1 explores
 * for about {@code 2 ln N / gap^2} pulls per arm; Thompson sampling adapts to the small variance
 * and does far better there.
 *
 * <p>Scores depend only on committed state, so they are computed once per commit and
 * {@link #select} is an argmax; within a batch every decision picks the same arm unless arms tie.
 *
 * <p>YAML: {@code - { name: ucb, type: ucb1, arms: [none, ten_off], c: 1.0 }}
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link Bandit}).
 */
public final class Ucb1 implements Bandit {

    /** Default exploration scale: the UCB1 of the paper, for rewards in [0, 1]. */
    public static final double DEFAULT_C = 1.0;

    private final double c;
    private final RewardTally tally;
    private final double[] scores;

    /**
     * @param arms number of arms, at least 1
     * @param c exploration scale, finite and non-negative (0 is greedy)
     */
    public Ucb1(int arms, double c) {
        Arguments.atLeast("arms", arms, 1);
        this.c = Arguments.nonNegative("c", c);
        this.tally = new RewardTally(arms);
        this.scores = new double[arms];
        Arrays.fill(scores, Double.POSITIVE_INFINITY);
    }

    @Override
    public int arms() {
        return scores.length;
    }

    @Override
    public int select(Draws draws) {
        return ArgMax.of(scores, draws);
    }

    @Override
    public void record(int arm, double reward) {
        tally.record(arm, reward);
    }

    @Override
    public void commit() {
        tally.commit();
        double twoLogN = 2 * Math.log(tally.totalPulls());
        for (int a = 0; a < scores.length; a++) {
            long n = tally.pulls(a);
            scores[a] = n == 0 ? Double.POSITIVE_INFINITY : tally.mean(a) + c * Math.sqrt(twoLogN / n);
        }
    }

    @Override
    public double[] estimates() {
        return tally.means();
    }

    @Override
    public long[] pulls() {
        return tally.pullsCopy();
    }
}
