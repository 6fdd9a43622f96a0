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

    /**
     * Runs one fixed-horizon test with n customers per arm, each contacted once, at the given rates;
     * returns the strategy after it decided.
     */
    private static AbTest experiment(UniformRandomProvider rng, int n, double rateA, double rateB, boolean sequential,
            int days) {
        AbTest t = new AbTest(ARMS, days, 0.05, 0.8, Double.NaN, 1.0, 1L, sequential, false);
        FeedbackFixture f = new FeedbackFixture(0);
        int perDay = n / days;
        for (int d = 0; d < days && t.winner() < 0; d++) {
            f.clear();
            for (int i = 0; i < perDay; i++) {
                int customer = 2 * (d * perDay + i);
                f.add(customer, 0, rng.nextDouble() < rateA, 0, null);
                f.add(customer + 1, 1, rng.nextDouble() < rateB, 0, null);
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
            assertEquals(300L * (d + 1), day.trials()[0], "cumulative customers of arm 0");
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

    /**
     * The unit of analysis is the customer. Under the null, 1,000 customers per arm are each contacted
     * 10 times; each customer has his own conversion probability (0.01 or 0.19, half and half: mean
     * 0.10), so his contacts' outcomes are correlated: ICC = var(p) / (var(p) + E[p(1 − p)]) =
     * 0.0081 / 0.09 = 0.09. Counting contacts as independent trials, the z-test's variance is too small
     * by the design effect 1 + (m − 1)·ICC = 1.81, so it rejects when |Z| > 1.96 / sqrt(1.81) = 1.457,
     * with probability 0.145 instead of 0.05; per customer (converted at least once) each arm is a
     * binomial sample of independent customers and the rate stays at alpha, within 4 binomial
     * standard errors over 1,000 experiments. The per-contact rate must exceed 0.10 (0.145 less
     * 4 of its binomial standard errors, 0.011).
     */
    @Test
    void repeatedContactsOfOneCustomerDoNotInflateTheFalsePositiveRate() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(16L);
        int experiments = 1000;
        int customers = 1000;
        int contacts = 10;
        int declared = 0;
        int perContactRejections = 0;
        for (int e = 0; e < experiments; e++) {
            AbTest t = new AbTest(ARMS, 1, 0.05, 0.8, Double.NaN, 1.0, 1L, false, false);
            FeedbackFixture f = new FeedbackFixture(0);
            long[] contactSuccesses = new long[2];
            for (int c = 0; c < 2 * customers; c++) {
                int arm = c % 2;
                double p = rng.nextBoolean() ? 0.01 : 0.19;
                for (int k = 0; k < contacts; k++) {
                    boolean bought = rng.nextDouble() < p;
                    f.add(c, arm, bought, 0, null);
                    contactSuccesses[arm] += bought ? 1 : 0;
                }
            }
            t.learn(f.feedback());
            t.endOfDay(0);
            assertEquals(customers, t.trials()[0], "one unit per customer");
            declared += t.declaredWinner() ? 1 : 0;
            long n = (long) customers * contacts;
            perContactRejections += io.campaignsim.stats.TwoProportionZTest.test(contactSuccesses[0], n,
                    contactSuccesses[1], n, 0.05).significant() ? 1 : 0;
        }
        double rate = (double) declared / experiments;
        assertEquals(0.05, rate, 4 * Math.sqrt(0.05 * 0.95 / experiments), "per-customer false positive rate");
        double perContact = (double) perContactRejections / experiments;
        assertTrue(perContact > 0.10, "the per-contact test it replaces rejects the true null in " + perContact);
    }
}
