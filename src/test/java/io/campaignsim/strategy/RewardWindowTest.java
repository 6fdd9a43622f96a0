package io.campaignsim.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The no_contact arm and the CLV reward's delayed, windowed feedback (issue #15). */
class RewardWindowTest {

    // Every customer has an opportunity every day and can always be reached (no caps, no
    // unsubscribes), so every customer-day that is not churned is a decision and all profit
    // falls on decision days.
    private static final String YAML = """
            name: t
            seed: 5
            horizon_days: 30
            population:
              size: 2000
              segments:
                - { name: a, share: 1.0, purchase_rate: 0.03, churn_hazard: 0.002, avg_basket: 50 }
            channels:
              email: { cost: 0.02, reach: 1.0, open_rate: 0.3, click_rate: 0.1, unsubscribe_rate: 0.0 }
            offers:
              - { name: ten_off, discount: 0.10 }
            policy:
              rules:
                - { name: every_day, then: { channel: email, offer: ten_off } }
            """;

    /** Alternates no_contact and the offer by customer and day, and sums the rewards it learns. */
    private static final class Recording implements Strategy {
        final RewardWindow window;
        double rewards;
        long rows;
        long abstained;
        long learnable;
        int lastLearnedDay = -1;

        Recording(RewardWindow window) {
            this.window = window;
        }

        @Override
        public List<Arm> arms() {
            return List.of(Arm.noContact(), new Arm("ten_off", Arm.KEEP, 0));
        }

        @Override
        public int choose(Decision d) {
            return (d.customer() + d.day()) % 2;
        }

        @Override
        public RewardWindow rewardWindow() {
            return window;
        }

        @Override
        public void learn(Feedback f) {
            for (int k = 0; k < f.size(); k++) {
                rows++;
                rewards += f.profit(k);
                abstained += f.abstained(k) ? 1 : 0;
                learnable += f.learnable(k) ? 1 : 0;
                assertEquals(f.abstained(k), f.arm(k) == 0);
            }
            lastLearnedDay = Math.max(lastLearnedDay, f.day());
        }
    }

    private static SimulationResult run(Recording strategy) throws InterruptedException {
        Scenario s = new ScenarioLoader().parse(YAML, "t.yaml");
        Population p = new PopulationGenerator(s).generate(1);
        return SimulationEngine.builder(s, p).threads(2).policy(h -> new StrategyPolicy(s, h, strategy, 0, 0)).build()
                .run(SimulationEngine.RunOptions.of(0));
    }

    @Test
    void aOneDayWindowRewardsEachDecisionWithItsDaysProfit() throws InterruptedException {
        Recording r = new Recording(new RewardWindow(1, 1.0));
        SimulationResult result = run(r);
        // every customer-day's profit belongs to exactly one decision, so the rewards add up to the profit
        assertEquals(result.total().get(Metric.PROFIT), r.rewards, 1e-6);
        assertTrue(r.abstained > 0 && r.abstained < r.rows, "no_contact chosen " + r.abstained + " of " + r.rows);
        assertEquals(r.rows, r.learnable, "every row is delivered or abstained");
        assertEquals(29, r.lastLearnedDay);
    }

    @Test
    void aLongerWindowArrivesLateAndCountsTheFollowingDaysProfit() throws InterruptedException {
        int window = 7;
        Recording r = new Recording(new RewardWindow(window, 1.0));
        SimulationResult result = run(r);
        // decisions of days 0..23 mature (their window ends by day 29); day d's profit is counted by
        // the decisions of days d-6..d that matured, i.e. min(d, 6) + 1 of them for d <= 23 and fewer later
        double expected = 0;
        for (int d = 0; d < 30; d++) {
            int first = Math.max(0, d - window + 1);
            int last = Math.min(d, 30 - window);
            expected += Math.max(0, last - first + 1) * result.daily().get(d).get(Metric.PROFIT);
        }
        assertEquals(expected, r.rewards, 1e-6);
        assertEquals(30 - window, r.lastLearnedDay, "the last decisions whose window closed by the horizon");
    }
}
