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
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** How {@link StrategyPolicy} turns the policy's opportunities into decisions. */
class StrategyPolicyTest {

    // One always-reachable channel without unsubscribes, a rule that fires every day and a
    // weekly cap of 2: every contact decision that is made can be delivered, and most days
    // the cap holds the customer back.
    private static final String YAML = """
            name: t
            seed: 11
            horizon_days: 28
            population:
              size: 3000
              segments:
                - { name: a, share: 1.0, purchase_rate: 0.01, churn_hazard: 0.001, avg_basket: 50 }
            channels:
              email: { cost: 0.01, reach: 1.0, open_rate: 0.3, click_rate: 0.1, unsubscribe_rate: 0.0 }
            offers:
              - { name: ten_off, discount: 0.10 }
            policy:
              frequency_cap: { per_day: 1, per_week: 2 }
              rules:
                - { name: every_day, then: { channel: email } }
            """;

    /** Contacts every opportunity with the proposed action and counts its decisions. */
    private record Counting(AtomicLong decisions) implements Strategy {
        @Override
        public List<Arm> arms() {
            return List.of(Arm.asProposed());
        }

        @Override
        public int choose(Decision decision) {
            decisions.incrementAndGet();
            return 0;
        }
    }

    @Test
    void noDecisionForCustomersTheGuardRailsHoldBackAllDay() throws InterruptedException {
        Scenario s = new ScenarioLoader().parse(YAML, "t.yaml");
        Population p = new PopulationGenerator(s).generate(1);
        AtomicLong decisions = new AtomicLong();
        SimulationResult r = SimulationEngine.builder(s, p).threads(2)
                .policy(h -> new StrategyPolicy(s, h, new Counting(decisions), 0, 0)).build()
                .run(SimulationEngine.RunOptions.of(0));
        double contacts = r.total().get(Metric.CONTACTS);
        // At most 2 of every 7 days per customer, so the cap held back most customer-days...
        assertTrue(contacts < 3000 * 28 * 0.4, "contacts " + contacts);
        // ...and each decision made was a contact delivered: none was spent on a held-back customer.
        assertEquals(contacts, decisions.get());
    }
}
