package io.campaignsim.strategy.bandit;

import io.campaignsim.random.Draws;
import java.util.Arrays;

/**
 * Epsilon-greedy: with probability epsilon an arm uniformly at random, otherwise the arm with
 * the highest committed mean reward. Arms never pulled come first (their score is +Infinity),
 * and ties are broken uniformly at random.
 *
 * <p>Its regret grows linearly, about epsilon * (mean gap to the best arm) a decision, forever;
 * it is the baseline the adaptive bandits must beat. Any finite reward is accepted.
 *
 * <p>YAML: {@code - { name: eg, type: epsilon_greedy, arms: [none, ten_off], epsilon: 0.1 }}
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link Bandit}).
 */
public final class EpsilonGreedy implements Bandit {

    /** Default exploration probability. */
    public static final double DEFAULT_EPSILON = 0.1;

    private final double epsilon;
    private final RewardTally tally;
    /** Committed mean per arm, +Infinity for untried arms: the exploit argmax. */
    private final double[] scores;

    /**
     * @param arms number of arms, at least 1
     * @param epsilon exploration probability in [0, 1]
     */
    public EpsilonGreedy(int arms, double epsilon) {
        Arguments.atLeast("arms", arms, 1);
        this.epsilon = Arguments.between("epsilon", epsilon, 0, 1);
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
        if (draws.nextDouble() < epsilon) {
            return draws.nextInt(scores.length);
        }
        return ArgMax.of(scores, draws);
    }

    @Override
    public void record(int arm, double reward) {
        tally.record(arm, reward);
    }

    @Override
    public void commit() {
        tally.commit();
        for (int a = 0; a < scores.length; a++) {
            scores[a] = tally.pulls(a) == 0 ? Double.POSITIVE_INFINITY : tally.mean(a);
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
