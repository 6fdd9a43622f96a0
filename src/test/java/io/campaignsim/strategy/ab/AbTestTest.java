package io.campaignsim.strategy.ab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.stats.SampleSize;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.FeedbackFixture;
import io.campaignsim.strategy.TestDay;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The A/B test's error rates against their definitions (issue #4): under the null it declares a
 * winner in about alpha of experiments, at the powered MDE in about the configured power. Bounds
 * are 4 binomial standard errors.
 */
class AbTestTest {

    private static final List<Arm> ARMS = List.of(new Arm("a", Arm.KEEP, -1), new Arm("b", Arm.KEEP, 0));

    /** Runs one fixed-horizon test with n contacts per arm at the given rates; returns the strategy after it decided. */
    private static AbTest experiment(UniformRandomProvider rng, int n, double rateA, double rateB, boolean sequential,
            int days) {
        AbTest t = new AbTest(ARMS, days, 0.05, 0.8, Double.NaN, 1.0, 1L, sequential, false);
        FeedbackFixture f = new FeedbackFixture(0);
        int perDay = n / days;
        for (int d = 0; d < days && t.winner() < 0; d++) {
            f.clear();
            for (int i = 0; i < perDay; i++) {
                f.add(i, 0, rng.nextDouble() < rateA, 0, null);
                f.add(i, 1, rng.nextDouble() < rateB, 0, null);
            }
            t.learn(f.feedback());
            t.endOfDay(d);
        }
        return t;
    }

    @Test
    void underTheNullAWinnerIsDeclaredInAboutAlphaOfExperiments() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(20261126L);
        int experiments = 2000;
        int declared = 0;
        for (int e = 0; e < experiments; e++) {
            if (experiment(rng, 2000, 0.05, 0.05, false, 1).declaredWinner()) {
                declared++;
            }
        }
        double rate = (double) declared / experiments;
        double se = Math.sqrt(0.05 * 0.95 / experiments);
        assertTrue(Math.abs(rate - 0.05) < 4 * se, "false positive rate " + rate);
    }

    @Test
    void atThePoweredMdeTheBetterArmWinsInAboutPowerOfExperiments() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
        int n = (int) Math.ceil(SampleSize.twoProportions(0.05, 0.01, 0.05, 0.8));
        int experiments = 600;
        int won = 0;
        for (int e = 0; e < experiments; e++) {
            AbTest t = experiment(rng, n, 0.05, 0.06, false, 1);
            if (t.winner() == 1) {
                won++;
            }
        }
        double rate = (double) won / experiments;
        double se = Math.sqrt(0.8 * 0.2 / experiments);
        assertTrue(Math.abs(rate - 0.8) < 4 * se, "power " + rate + " at n = " + n + " per arm");
    }

    @Test
    void peekingEveryDayWithTheSequentialTestKeepsTheFalsePositiveRateAtAlpha() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(99L);
        int experiments = 400;
        int declared = 0;
        for (int e = 0; e < experiments; e++) {
            if (experiment(rng, 6000, 0.05, 0.05, true, 30).declaredWinner()) {
                declared++;
            }
        }
        double rate = (double) declared / experiments;
        // Always-valid p-values bound the rate by alpha; allow 4 binomial standard errors above it.
        assertTrue(rate < 0.05 + 4 * Math.sqrt(0.05 * 0.95 / experiments), "false positive rate with peeking " + rate);
    }

    @Test
    void theWinnerIsRolledOutToEveryoneAfterTheTest() {
        AbTest t = experiment(RandomSource.XO_SHI_RO_256_PP.create(1L), 40_000, 0.02, 0.08, false, 1);
        assertEquals(1, t.winner());
        assertTrue(t.declaredWinner());
    }

    @Test
    void historyHasOneEntryPerTestDayUpToTheDecisionWithPValuesInTheUnitInterval() {
        AbTest t = experiment(RandomSource.XO_SHI_RO_256_PP.create(5L), 3000, 0.05, 0.05, false, 10);
        List<TestDay> history = t.history();
        assertEquals(10, history.size(), "a fixed test of 10 days decides on its last day");
        assertEquals(9, t.decidedOnDay());
        for (int d = 0; d < history.size(); d++) {
            TestDay day = history.get(d);
            assertEquals(d, day.day());
            assertEquals(1.0, day.pValues()[0], 0, "arm 0 against itself");
            assertTrue(day.pValues()[1] >= 0 && day.pValues()[1] <= 1, "p = " + day.pValues()[1]);
            assertEquals(300L * (d + 1), day.trials()[0], "cumulative contacts of arm 0");
        }
        assertEquals(t.pValues()[1], history.get(9).pValues()[1], 0, "the last entry is the decision");
        assertArrayEquals(t.trials(), history.get(9).trials());
        // nothing is recorded after the decision
        t.endOfDay(10);
        assertEquals(10, t.history().size());
    }

    @Test
    void aSequentialTestStopsItsHistoryOnTheDayItRejects() {
        AbTest t = experiment(RandomSource.XO_SHI_RO_256_PP.create(11L), 30000, 0.05, 0.10, true, 30);
        List<TestDay> history = t.history();
        assertTrue(t.decidedOnDay() < 29, "a large effect stops the test early, on day " + t.decidedOnDay());
        assertEquals(t.decidedOnDay() + 1, history.size());
        TestDay last = history.get(history.size() - 1);
        assertTrue(last.pValues()[1] <= t.comparisonAlpha(), "the always-valid p-value that stopped it");
        for (int d = 1; d < history.size(); d++) {
            assertTrue(history.get(d).pValues()[1] <= history.get(d - 1).pValues()[1], "always-valid p never rises");
        }
    }
}
