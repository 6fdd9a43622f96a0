package io.campaignsim.strategy.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.strategy.EffectEstimate;
import io.campaignsim.strategy.FeedbackFixture;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Main effects and interactions of a 2 x 2 factorial against the true cell rates (issue #4). */
class MultivariateTest {

    @Test
    void effectsMatchTheTrueCellMeansWithinFourStandardErrors() {
        Multivariate mv = Multivariate.of(List.of(-1, 0), List.of("none", "ten_off"), List.of(), List.of(),
                List.of(9, 19), 1, 0.05, 1.0, 3L);
        assertEquals(4, mv.arms().size());
        // Cell order: offer-major, then hour. True rates with both main effects and an interaction.
        double[][] rate = {{0.05, 0.06}, {0.07, 0.095}};
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(5L);
        FeedbackFixture f = new FeedbackFixture(0);
        int n = 40_000;
        for (int o = 0; o < 2; o++) {
            for (int h = 0; h < 2; h++) {
                for (int i = 0; i < n; i++) {
                    // a customer is in one cell, as the hash split makes it: one unit per customer
                    f.add((o * 2 + h) * n + i, o * 2 + h, rng.nextDouble() < rate[o][h], 0, null);
                }
            }
        }
        mv.learn(f.feedback());
        mv.endOfDay(0);
        double grand = (rate[0][0] + rate[0][1] + rate[1][0] + rate[1][1]) / 4;
        double offerTen = (rate[1][0] + rate[1][1]) / 2 - grand;
        double hour19 = (rate[0][1] + rate[1][1]) / 2 - grand;
        double interaction = rate[1][1] - (rate[1][0] + rate[1][1]) / 2 - (rate[0][1] + rate[1][1]) / 2 + grand;
        check(mv, "offer=ten_off", offerTen);
        check(mv, "hour=19", hour19);
        check(mv, "offer=ten_off x hour=19", interaction);
        assertEquals(3, mv.winner(), "the best cell (ten_off at 19h) is rolled out");
    }

    private static void check(Multivariate mv, String term, double truth) {
        EffectEstimate e = mv.factorialEffects().stream().filter(x -> x.term().equals(term)).findFirst().orElseThrow();
        assertTrue(e.standardError() > 0 && Math.abs(e.estimate() - truth) < 4 * e.standardError(),
                term + ": " + e.estimate() + " +- " + e.standardError() + " vs " + truth);
    }
}
