package io.campaignsim.strategy.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.random.Draws;
import io.campaignsim.random.Seeds;
import org.junit.jupiter.api.Test;

/** Thompson sampling with Normal-Gamma posteriors on Gaussian rewards of unknown mean and variance. */
class GaussianThompsonTest {

    private static final double[] MEANS = {0.2, 0.5, 1.0, 0.8};
    private static final double[] SDS = {1.0, 2.0, 2.0, 3.0};
    private static final int BEST = 2;

    @Test
    void findsTheArmWithTheHighestMeanProfit() {
        for (long seed = 1; seed <= 10; seed++) {
            assertFindsBest(1, seed);
        }
    }

    @Test
    void priorFollowsTheRewardScale() {
        // Profit in cents rather than dollars: the prior's variance scale is pooled from the data.
        for (long seed = 1; seed <= 10; seed++) {
            assertFindsBest(100, seed);
        }
    }

    private static void assertFindsBest(double scale, long seed) {
        int decisions = 20_000;
        GaussianThompson ts = new GaussianThompson(MEANS.length);
        Draws choice = new Draws(0);
        Draws noise = new Draws(0);
        int[] chosen = new int[100];
        for (int start = 0; start < decisions; start += chosen.length) {
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = ts.select(choice.reset(Seeds.derive3(seed, 0, start + i, 0)));
            }
            for (int i = 0; i < chosen.length; i++) {
                int a = chosen[i];
                double g = noise.reset(Seeds.derive3(seed, 1, start + i, 0)).nextGaussian();
                ts.record(a, scale * (MEANS[a] + SDS[a] * g));
            }
            ts.commit();
        }
        long[] pulls = ts.pulls();
        // Gap 0.2 at noise sd 2-3 needs a few hundred pulls per arm to resolve; by 20,000 the
        // best arm must dominate. Half the pulls is a loose floor (sequential halving would
        // already spend more than that on it).
        assertTrue(pulls[BEST] > decisions / 2, "seed " + seed + ": pulls " + java.util.Arrays.toString(pulls));
        double se = SDS[BEST] / Math.sqrt(pulls[BEST]);
        assertEquals(scale * MEANS[BEST], ts.estimates()[BEST], scale * 4 * se, "seed " + seed);
    }
}
