package io.campaignsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The journey policy takes the day from its arguments only, so the engine may run days of a shard in a row. */
class JourneyPolicyTest {

    private static final String YAML = """
            name: t
            seed: 11
            horizon_days: 21
            population:
              size: 3000
              segments:
                - { name: a, share: 0.5, purchase_rate: 0.02, churn_hazard: 0.002, avg_basket: 50 }
                - { name: b, share: 0.5, purchase_rate: 0.01, churn_hazard: 0.004, avg_basket: 80 }
            channels:
              email: { cost: 0.01, reach: 0.9, open_rate: 0.3, click_rate: 0.2, unsubscribe_rate: 0.01 }
              sms: { cost: 0.05, reach: 0.6, open_rate: 0.5, click_rate: 0.1, unsubscribe_rate: 0.02 }
            offers:
              - { name: ten_off, discount: 0.10 }
            policy:
              rules:
                - { name: midweek, when: "weekday == 3 and days_since_purchase > 5", then: { channel: email } }
                - { name: late, when: "day >= 14 and segment == 'b' and not in_journey_welcome", then: { channel: sms } }
              journeys:
                - name: welcome
                  entry: "tenure_days < 200 and day > 2"
                  stages:
                    - { name: hi, action: { channel: email, offer: ten_off }, wait_days: 2 }
                    - { name: again, action: { channel: sms }, wait_days: 1, when: "days_since_email <= 2" }
            """;

    /** Forwards everything but {@code endOfDay}: what a policy sees when the engine runs days of a shard in a row. */
    private record WithoutEndOfDay(ContactPolicy p) implements ContactPolicy {
        @Override
        public void propose(int customer, int day, ActionBuffer out) {
            p.propose(customer, day, out);
        }

        @Override
        public boolean onSeen(int customer, int day, int source, double uniform) {
            return p.onSeen(customer, day, source, uniform);
        }

        @Override
        public void onDelivered(int customer, int day, int source, int channel, boolean opened) {
            p.onDelivered(customer, day, source, channel, opened);
        }

        @Override
        public void onPurchase(int customer, int day, double profit) {
            p.onPurchase(customer, day, profit);
        }

        @Override
        public void onUnsubscribe(int customer, int day) {
            p.onUnsubscribe(customer, day);
        }
    }

    private static SimulationResult run(Scenario s, Population p, Function<ObservedHistory, ContactPolicy> policy)
            throws InterruptedException {
        return SimulationEngine.builder(s, p).threads(2).policy(policy).build().run(SimulationEngine.RunOptions.of(0));
    }

    @Test
    void resultsDoNotDependOnEndOfDay() throws InterruptedException {
        Scenario s = new ScenarioLoader().parse(YAML, "t.yaml");
        Population p = new PopulationGenerator(s).generate(2);
        Function<ObservedHistory, ContactPolicy> factory = JourneyPolicy.factory(s);
        SimulationResult normal = run(s, p, factory);
        SimulationResult without = run(s, p, h -> new WithoutEndOfDay(factory.apply(h)));
        // Before the day became an argument, dropping endOfDay froze the conditions' day at 0, so the
        // weekday rule never fired and the journey never opened: these lists differed.
        assertEquals(normal.daily(), without.daily());
        assertEquals(normal.segmentTotals(), without.segmentTotals());
        assertEquals(normal.total(), without.total());
    }
}
