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

/**
 * The next-event engine's exact properties (fast); {@code SteppingEquivalenceTest} (slow) compares
 * its output distributions with the daily engine's over many seeds.
 */
class NextEventEngineTest {

    private static final String MIXED_GROUPS = "persuadable: { share: 0.3, effect: 0.03 }\nsure_thing: { share: 0.2 }\n"
            + "lost_cause: { share: 0.4 }\nsleeping_dog: { share: 0.1, effect: -0.02 }";

    @TempDir
    Path tmp;

    @Test
    void withoutContactsThePolicyWorldIsExactlyItsTwin() {
        Scenario s = EngineFixtures.scenario(30_000, 40, MIXED_GROUPS, "");
        SimulationResult r = EngineFixtures.run(s, EngineFixtures.population(s), 2, Stepping.NEXT_EVENT);
        assertEquals(r.counterfactualDaily(), r.daily().stream().map(k -> new Kpis(k.values(), new double[k.channels()])).toList());
        assertEquals(r.counterfactualSegments(), r.segmentTotals().stream()
                .map(k -> new Kpis(k.values(), new double[k.channels()])).toList());
        assertEquals(0.0, r.total().get(Metric.CONTACTS));
        assertTrue(r.total().get(Metric.CONVERSIONS) > 1000, "enough purchases for the test to mean something");
        assertTrue(r.total().get(Metric.CHURNED) > 1000, "enough churn for the test to mean something");
    }

    /**
     * Customers the policy never contacts keep sharing every draw with their twin: a policy that
     * contacts only segment a leaves segment b's totals exactly equal to its twin's (as in the daily
     * engine), while segment a's differ.
     */
    @Test
    void uncontactedCustomersShareTheirTwinsDraws() {
        Scenario s = EngineFixtures.scenario(30_000, 30, MIXED_GROUPS,
                "rules:\n  - { name: a_only, when: \"segment == 'a'\", then: { channel: email, offer: ten_off, hour: 10 } }");
        SimulationResult r = EngineFixtures.run(s, EngineFixtures.population(s), 2, Stepping.NEXT_EVENT);
        Kpis b = r.segmentTotals().get(1);
        Kpis twinB = r.counterfactualSegments().get(1);
        assertEquals(0.0, b.get(Metric.CONTACTS));
        for (Metric m : List.of(Metric.CONVERSIONS, Metric.REVENUE, Metric.PROFIT, Metric.CHURNED, Metric.ACTIVE)) {
            assertEquals(twinB.get(m), b.get(m), 1e-9, m.key());
        }
        Kpis a = r.segmentTotals().get(0);
        assertTrue(a.get(Metric.CONTACTS) > 10_000);
        assertTrue(a.get(Metric.CONVERSIONS) != r.counterfactualSegments().get(0).get(Metric.CONVERSIONS));
    }

    /**
     * As {@code SimulationEngineTest.organicPurchasesAndChurnFollowTheModelsDailyProbabilities}, for
     * the next-event engine: along each customer's path, events minus the model's daily
     * probabilities is a martingale with variance sum p(1-p); totals within 4 standard deviations.
     * This checks the inverse-CDF schedule against the daily hazards directly.
     */
    @Test
    void scheduledPurchasesAndChurnFollowTheModelsDailyProbabilities() {
        Scenario s = EngineFixtures.scenario(40_000, 60, MIXED_GROUPS, "");
        Population p = EngineFixtures.population(s);
        List<CSVRecord> events = EngineFixtures.events(s, p, tmp, Stepping.NEXT_EVENT);
        Map<Integer, Map<Integer, String>> byCustomer = new HashMap<>();
        for (CSVRecord e : events) {
            byCustomer.computeIfAbsent(Integer.parseInt(e.get("customer_id")), k -> new HashMap<>())
                    .merge(Integer.parseInt(e.get("day")), e.get("event"), (x, y) -> x + "+" + y);
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
    void resultsAreIdenticalForAnyThreadCount() {
        Scenario s = EngineFixtures.scenario(50_000, 15, MIXED_GROUPS,
                "frequency_cap: { per_week: 2 }\nsend_time: { mode: best_observed, hour: 9 }\n"
                        + "channel_choice: { mode: preferred_observed, channel: email }\n"
                        + "rules:\n  - { name: all, then: { channel: auto, offer: ten_off } }");
        Population p = EngineFixtures.population(s);
        SimulationResult one = EngineFixtures.run(s, p, 1, Stepping.NEXT_EVENT);
        SimulationResult three = EngineFixtures.run(s, p, 3, Stepping.NEXT_EVENT);
        assertTrue(one.total().get(Metric.CONTACTS) > 0);
        assertEquals(one.total(), three.total());
        assertEquals(one.daily(), three.daily());
        assertEquals(one.segmentTotals(), three.segmentTotals());
        assertEquals(one.segmentChannel(), three.segmentChannel());
        assertEquals(one.counterfactualDaily(), three.counterfactualDaily());
        assertEquals(one.sendTime(), three.sendTime());
    }

    @Test
    void contactingPersuadablesAddsPurchasesAndContactingSleepingDogsRemovesThem() {
        String email = "rules:\n  - { name: all, then: { channel: email, hour: 10 } }";
        Scenario persuadables = EngineFixtures.scenario(30_000, 20,
                "persuadable: { share: 1.0, effect: 0.03 }\nsure_thing: { share: 0 }\nlost_cause: { share: 0 }\n"
                        + "sleeping_dog: { share: 0 }", email);
        SimulationResult up = EngineFixtures.run(persuadables, EngineFixtures.population(persuadables), 2,
                Stepping.NEXT_EVENT);
        double gain = up.incremental().get(Metric.CONVERSIONS);
        double noise = Math.sqrt(up.total().get(Metric.CONVERSIONS) + up.counterfactualTotal().get(Metric.CONVERSIONS));
        assertTrue(gain > 3 * noise, "persuadables: incremental " + gain + " vs noise " + noise);
        Scenario dogs = EngineFixtures.scenario(30_000, 20,
                "persuadable: { share: 0 }\nsure_thing: { share: 0 }\nlost_cause: { share: 0 }\n"
                        + "sleeping_dog: { share: 1.0, effect: -0.005 }", email);
        SimulationResult down = EngineFixtures.run(dogs, EngineFixtures.population(dogs), 2, Stepping.NEXT_EVENT);
        double loss = down.incremental().get(Metric.CONVERSIONS);
        double noise2 = Math.sqrt(down.total().get(Metric.CONVERSIONS) + down.counterfactualTotal().get(Metric.CONVERSIONS));
        assertTrue(loss < -3 * noise2, "sleeping dogs: incremental " + loss + " vs noise " + noise2);
    }

    /** The churn bound's fatigue grid: 2^level is exact and above exp(fatigue sum) for any stored fatigue. */
    @Test
    void fatigueLevelBoundsTheChurnFactor() {
        for (int k = 0; k <= 1023; k++) {
            assertEquals(Math.scalb(1.0, k), HiddenState.fatigueBound(k));
        }
        Scenario s = EngineFixtures.scenario(500, 10, MIXED_GROUPS, "");
        Population p = EngineFixtures.population(s);
        ObservedHistory h = new ObservedHistory(p.observed(), s.horizonDays(), false);
        WorldModel world = new WorldModel(s);
        HiddenState hidden = new HiddenState(h, world, Stepping.NEXT_EVENT);
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        for (int i = 0; i < h.size(); i++) {
            for (int c = 0; c < h.channels(); c++) {
                hidden.fatigue[i * h.channels() + c] = random.nextInt(4) == 0 ? 0f : (float) (random.nextDouble() * 8);
            }
            double sum = 0;
            for (int c = 0; c < h.channels(); c++) {
                sum += hidden.fatigue[i * h.channels() + c];
            }
            int level = hidden.fatigueLevel(i);
            hidden.setFatigue(i, 0, hidden.fatigue[i * h.channels()]); // a send keeps the stored level
            assertEquals(level, hidden.storedFatigueLevel(i), "customer " + i);
            assertTrue(world.churnFatigueFactor(sum) <= HiddenState.fatigueBound(level), "customer " + i);
            assertTrue(sum == 0 ? level == 0 : world.churnFatigueFactor(sum) >= HiddenState.fatigueBound(level - 1), "sum " + sum + " level " + level);
        }
    }
}
