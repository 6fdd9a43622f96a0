package io.campaignsim.strategy.bandit;

import static io.campaignsim.strategy.bandit.BernoulliTestbed.EASY;
import static io.campaignsim.strategy.bandit.BernoulliTestbed.MARKETING;
import static io.campaignsim.strategy.bandit.BernoulliTestbed.mean;
import static io.campaignsim.strategy.bandit.BernoulliTestbed.regrets;
import static io.campaignsim.strategy.bandit.BernoulliTestbed.standardError;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Regret growth of the adaptive bandits. Growth is measured over a 16-fold horizon. If regret
 * grew linearly (a fixed share of decisions wasted) it would grow 16-fold; at the minimax rate
 * sqrt(T) of worst-case problems, sqrt(16) = 4-fold; at the logarithmic rate that UCB1 and
 * Thompson sampling achieve on a fixed problem (Lai and Robbins' order, a + b ln T with a >= 0),
 * by at most ln(16 T) / ln(T): 1.28 for T = 20,000. Asserting a ratio below 4 therefore says
 * "grows slower than sqrt(T)", a bound with wide room for the seed-to-seed spread, yet one a
 * linearly growing (or merely sqrt-growing) algorithm fails. Means are over 8 seeds.
 */
class BanditRegretTest {

    private static final int SEEDS = 8;
    private static final int T = 20_000;

    @Test
    void thompsonRegretGrowsSlowerThanSqrtOnMarketingRatesInDailyBatches() {
        assertSublinear(() -> new BernoulliThompson(5, 1, 1), MARKETING, 100);
    }

    @Test
    void thompsonRegretGrowsSlowerThanSqrtWhenSequential() {
        assertSublinear(() -> new BernoulliThompson(2, 1, 1), EASY, 1);
    }

    @Test
    void ucb1RegretGrowsSlowerThanSqrtOnTheEasyProblem() {
        // On MARKETING rates UCB1 is still in its ~2 ln T / gap^2 exploration phase at these
        // horizons (documented); the theory's regime is gaps that are large against the [0, 1] range.
        assertSublinear(() -> new Ucb1(2, 1), EASY, 1);
        assertSublinear(() -> new Ucb1(2, 1), EASY, 100);
    }

    @Test
    void thompsonAndUcb1BeatEpsilonGreedyAtLargeHorizons() {
        // Epsilon-greedy wastes epsilon * mean gap per decision forever: 0.1 * 0.05 * 80,000 = 400
        // on EASY; the adaptive bandits' regret grows like ln T.
        int seeds = 20;
        int horizon = 80_000;
        double[] greedy = regrets(() -> new EpsilonGreedy(2, 0.1), EASY, horizon, 1, seeds);
        assertBeats(regrets(() -> new BernoulliThompson(2, 1, 1), EASY, horizon, 1, seeds), greedy);
        assertBeats(regrets(() -> new Ucb1(2, 1), EASY, horizon, 1, seeds), greedy);
    }

    @Test
    void thompsonBeatsEpsilonGreedyOnMarketingRates() {
        int seeds = 20;
        int horizon = 80_000;
        assertBeats(regrets(() -> new BernoulliThompson(5, 1, 1), MARKETING, horizon, 100, seeds),
                regrets(() -> new EpsilonGreedy(5, 0.1), MARKETING, horizon, 100, seeds));
    }

    private static void assertSublinear(Supplier<Bandit> bandit, double[] rates, int batch) {
        double shortRun = mean(regrets(bandit, rates, T, batch, SEEDS));
        double longRun = mean(regrets(bandit, rates, 16 * T, batch, SEEDS));
        double ratio = longRun / shortRun;
        assertTrue(ratio < 4, "regret(16T) / regret(T) = " + longRun + " / " + shortRun + " = " + ratio);
        assertTrue(longRun / (16 * T) < shortRun / T, "regret per decision must fall");
    }

    /** Lower mean regret, by more than 3 standard errors of the difference. */
    private static void assertBeats(double[] better, double[] worse) {
        double diff = mean(worse) - mean(better);
        double se = Math.hypot(standardError(worse), standardError(better));
        assertTrue(diff > 3 * se, "mean regret " + mean(better) + " vs " + mean(worse) + ", se of difference " + se);
    }
}
