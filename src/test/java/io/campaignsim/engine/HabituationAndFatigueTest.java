package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Metric;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The long-term costs of contacting (issue #15): discount habituation, and fatigue building into churn. */
class HabituationAndFatigueTest {

    private static String yaml(String habituation, double fatigue) {
        return """
                name: t
                seed: 21
                horizon_days: 60
                population:
                  size: 3000
                  segments:
                    - { name: a, share: 1.0, purchase_rate: 0.02, churn_hazard: 0.001, avg_basket: 50 }
                %s
                channels:
                  email: { cost: 0.01, reach: 1.0, open_rate: 0.5, click_rate: 0.1, fatigue_per_send: %s,
                           fatigue_half_life_days: 30, unsubscribe_rate: 0.002 }
                offers:
                  - { name: twenty_off, discount: 0.20 }
                policy:
                  rules:
                    - { name: daily, then: { channel: email, offer: twenty_off } }
                """.formatted(habituation, fatigue);
    }

    private static SimulationResult run(String yaml) throws InterruptedException {
        Scenario s = new ScenarioLoader().parse(yaml, "t.yaml");
        Population p = new PopulationGenerator(s).generate(1);
        return SimulationEngine.builder(s, p).threads(2).policy(io.campaignsim.policy.JourneyPolicy.factory(s)).build()
                .run(SimulationEngine.RunOptions.of(0));
    }

    @Test
    void habituationLowersPurchasesOfTheContactedAndLeavesTheTwinAlone() throws InterruptedException {
        SimulationResult off = run(yaml("", 0.0));
        SimulationResult on = run(yaml("  discount_habituation: { per_offer: 0.5, half_life_days: 60 }", 0.0));
        // the twin sees no offer, and draws are common: exactly the same twin
        assertEquals(off.counterfactualTotal().get(Metric.CONVERSIONS), on.counterfactualTotal().get(Metric.CONVERSIONS));
        assertEquals(off.counterfactualTotal().get(Metric.PROFIT), on.counterfactualTotal().get(Metric.PROFIT), 1e-9);
        // half the customers open each daily 20 % offer: habituation reaches several units within weeks and
        // cuts full-price purchases by far more than the binomial noise of ~2,600 conversions (sd about 50)
        double without = off.total().get(Metric.CONVERSIONS);
        double with = on.total().get(Metric.CONVERSIONS);
        assertTrue(with < without - 5 * Math.sqrt(without), "conversions with habituation " + with + ", without " + without);
    }

    @Test
    void fatigueBuildsIntoChurnAndUnsubscribes() throws InterruptedException {
        SimulationResult calm = run(yaml("", 0.0));
        SimulationResult tired = run(yaml("", 0.5));
        // with fatigue 0.5 a send (half-life 30 days) daily contacts multiply the churn hazard by e^(several)
        double churnedCalm = calm.total().get(Metric.CHURNED);
        double churnedTired = tired.total().get(Metric.CHURNED);
        assertTrue(churnedTired > churnedCalm + 5 * Math.sqrt(churnedCalm), churnedTired + " vs " + churnedCalm);
        double unsubCalm = calm.total().get(Metric.UNSUBSCRIBES);
        double unsubTired = tired.total().get(Metric.UNSUBSCRIBES);
        assertTrue(unsubTired > unsubCalm + 5 * Math.sqrt(unsubCalm), unsubTired + " vs " + unsubCalm);
    }
}
