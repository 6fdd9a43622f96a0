package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Metric;
import io.campaignsim.population.GroundTruth;
import io.campaignsim.population.Population;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.world.WorldModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against the world model's own formulas (issue #3). */
class SimulationEngineTest {

    private static final String MIXED_GROUPS = "persuadable: { share: 0.3, effect: 0.03 }\nsure_thing: { share: 0.2 }\n"
            + "lost_cause: { share: 0.4 }\nsleeping_dog: { share: 0.1, effect: -0.02 }";
    private static final String EMAIL_EVERYONE = "rules:\n  - { name: all, then: { channel: email, hour: 10 } }";

    @TempDir
    Path tmp;

    @Test
    void withoutContactsThePolicyWorldIsItsOwnNoContactTwin() {
        Scenario s = EngineFixtures.scenario(30_000, 20, MIXED_GROUPS, "");
        SimulationResult r = EngineFixtures.run(s, EngineFixtures.population(s), 2);
        assertEquals(r.counterfactualTotal().get(Metric.CONVERSIONS), r.total().get(Metric.CONVERSIONS));
        assertEquals(r.counterfactualTotal().get(Metric.PROFIT), r.total().get(Metric.PROFIT), 1e-9);
        assertEquals(r.counterfactualTotal().get(Metric.CHURNED), r.total().get(Metric.CHURNED));
        assertEquals(0.0, r.total().get(Metric.CONTACTS));
        assertTrue(r.total().get(Metric.CONVERSIONS) > 1000, "enough purchases for the test to mean something");
    }

    /**
     * Organic purchases and churn: along each customer's own path, the count of events minus the
     * sum of the model's daily probabilities is a martingale with variance sum p(1-p), so the
     * totals must agree within 4 standard deviations.
     */
    @Test
    void organicPurchasesAndChurnFollowTheModelsDailyProbabilities() {
        Scenario s = EngineFixtures.scenario(40_000, 30, MIXED_GROUPS, "");
        Population p = EngineFixtures.population(s);
        List<CSVRecord> events = EngineFixtures.events(s, p, tmp);
        Map<Integer, Map<Integer, String>> byCustomer = new HashMap<>();
        for (CSVRecord e : events) {
            byCustomer.computeIfAbsent(Integer.parseInt(e.get("customer_id")), k -> new HashMap<>())
                    .merge(Integer.parseInt(e.get("day")), e.get("event"), (a, b) -> a + "+" + b);
        }
        WorldModel world = new WorldModel(s);
        GroundTruth truth = p.truth();
        double expectedBuys = 0;
        double varBuys = 0;
        double expectedChurn = 0;
        double varChurn = 0;
        int buys = 0;
        int churns = 0;
        for (int i = 0; i < p.size(); i++) {
            int lastPurchase = -p.observed().recencyDays(i);
            Map<Integer, String> mine = byCustomer.getOrDefault(i, Map.of());
            for (int d = 0; d < s.horizonDays(); d++) {
                double q = world.organicPurchase(truth, i, d - lastPurchase);
                expectedBuys += q;
                varBuys += q * (1 - q);
                String ev = mine.getOrDefault(d, "");
                if (ev.contains("purchase")) {
                    buys++;
                    lastPurchase = d;
                }
                double h = world.churnHazard(truth, i, d - lastPurchase, 0.0);
                expectedChurn += h;
                varChurn += h * (1 - h);
                if (ev.contains("churn")) {
                    churns++;
                    break;
                }
            }
        }
        assertTrue(Math.abs(buys - expectedBuys) < 4 * Math.sqrt(varBuys),
                "purchases " + buys + " vs expected " + expectedBuys + " +- " + Math.sqrt(varBuys));
        assertTrue(Math.abs(churns - expectedChurn) < 4 * Math.sqrt(varChurn),
                "churn " + churns + " vs expected " + expectedChurn + " +- " + Math.sqrt(varChurn));
    }

    @Test
    void contactingPersuadablesAddsPurchasesAndContactingSleepingDogsRemovesThem() {
        Scenario persuadables = EngineFixtures.scenario(30_000, 20,
                "persuadable: { share: 1.0, effect: 0.03 }\nsure_thing: { share: 0 }\nlost_cause: { share: 0 }\n"
                        + "sleeping_dog: { share: 0 }", EMAIL_EVERYONE);
        SimulationResult up = EngineFixtures.run(persuadables, EngineFixtures.population(persuadables), 2);
        double gain = up.incremental().get(Metric.CONVERSIONS);
        // Poisson-sized noise of the two totals, ignoring their (positive) CRN correlation: conservative.
        double noise = Math.sqrt(up.total().get(Metric.CONVERSIONS) + up.counterfactualTotal().get(Metric.CONVERSIONS));
        assertTrue(gain > 3 * noise, "persuadables: incremental " + gain + " vs noise " + noise);

        Scenario dogs = EngineFixtures.scenario(30_000, 20,
                "persuadable: { share: 0 }\nsure_thing: { share: 0 }\nlost_cause: { share: 0 }\n"
                        + "sleeping_dog: { share: 1.0, effect: -0.005 }", EMAIL_EVERYONE);
        SimulationResult down = EngineFixtures.run(dogs, EngineFixtures.population(dogs), 2);
        double loss = down.incremental().get(Metric.CONVERSIONS);
        double noise2 = Math.sqrt(down.total().get(Metric.CONVERSIONS) + down.counterfactualTotal().get(Metric.CONVERSIONS));
        assertTrue(loss < -3 * noise2, "sleeping dogs: incremental " + loss + " vs noise " + noise2);
    }

    @Test
    void resultsAreIdenticalForAnyThreadCount() {
        Scenario s = EngineFixtures.scenario(50_000, 15, MIXED_GROUPS,
                "frequency_cap: { per_week: 2 }\nsend_time: { mode: best_observed, hour: 9 }\n"
                        + "channel_choice: { mode: preferred_observed, channel: email }\n" + EMAIL_EVERYONE.replace(
                                "channel: email, hour: 10", "channel: auto, offer: ten_off"));
        Population p = EngineFixtures.population(s);
        SimulationResult one = EngineFixtures.run(s, p, 1);
        SimulationResult three = EngineFixtures.run(s, p, 3);
        assertTrue(one.total().get(Metric.CONTACTS) > 0);
        assertEquals(one.total(), three.total());
        assertEquals(one.daily(), three.daily());
        assertEquals(one.segmentTotals(), three.segmentTotals());
        assertEquals(one.segmentChannel(), three.segmentChannel());
        assertEquals(one.counterfactualDaily(), three.counterfactualDaily());
        assertEquals(one.sendTime(), three.sendTime());
    }
}
