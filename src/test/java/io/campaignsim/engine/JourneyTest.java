package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.scenario.Scenario;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journeys as state machines, observed through the event log (issue #3). */
class JourneyTest {

    private static final String GROUPS = "persuadable: { share: 0.5, effect: 0.02 }\nsure_thing: { share: 0.2 }\n"
            + "lost_cause: { share: 0.3 }\nsleeping_dog: { share: 0 }";

    @TempDir
    Path tmp;

    @Test
    void customersWalkTheStagesOnScheduleUntilTheyLeave() {
        String policy = "journeys:\n  - name: onboard\n    exit_on: []\n    stages:\n"
                + "      - { name: s1, action: { channel: email, hour: 9 }, wait_days: 2 }\n"
                + "      - { name: s2, action: { channel: email, hour: 9 }, wait_days: 3 }\n"
                + "      - { name: s3, action: { channel: email, hour: 9 }, wait_days: 1 }";
        Scenario s = EngineFixtures.scenario(2_000, 10, GROUPS, policy.replace("exit_on: []", "exit_on: []"))
                ;
        List<CSVRecord> events = EngineFixtures.events(s, EngineFixtures.population(s), tmp);
        Map<Integer, TreeSet<Integer>> contactDays = new HashMap<>();
        Map<Integer, Integer> churnDay = new HashMap<>();
        Map<Integer, Integer> unsubDay = new HashMap<>();
        for (CSVRecord e : events) {
            int c = Integer.parseInt(e.get("customer_id"));
            int d = Integer.parseInt(e.get("day"));
            switch (e.get("event")) {
                case "contact" -> contactDays.computeIfAbsent(c, k -> new TreeSet<>()).add(d);
                case "churn" -> churnDay.putIfAbsent(c, d);
                case "unsubscribe" -> unsubDay.putIfAbsent(c, d);
                default -> { }
            }
        }
        int checked = 0;
        for (Map.Entry<Integer, TreeSet<Integer>> e : contactDays.entrySet()) {
            int c = e.getKey();
            if (churnDay.getOrDefault(c, 99) <= 5 || unsubDay.getOrDefault(c, 99) <= 5) {
                continue;
            }
            assertEquals(new TreeSet<>(List.of(0, 2, 5)), e.getValue(), "contact days of customer " + c);
            checked++;
        }
        assertTrue(checked > 1000, "most reachable customers finish the journey: " + checked);
    }

    @Test
    void opting_outLeavesTheJourneyAtTheFirstSeenContact() {
        String policy = "journeys:\n  - name: nag\n    exit_on: []\n    opt_out_rate: 1.0\n    stages:\n"
                + "      - { name: s1, action: { channel: email }, wait_days: 1 }\n"
                + "      - { name: s2, action: { channel: email }, wait_days: 1 }\n"
                + "      - { name: s3, action: { channel: email }, wait_days: 1 }";
        Scenario s = EngineFixtures.scenario(3_000, 5, GROUPS, policy);
        List<CSVRecord> events = EngineFixtures.events(s, EngineFixtures.population(s), tmp);
        Map<Integer, Integer> opensPerCustomer = new HashMap<>();
        Map<Integer, Integer> firstOpen = new HashMap<>();
        Map<Integer, Integer> lastContact = new HashMap<>();
        for (CSVRecord e : events) {
            int c = Integer.parseInt(e.get("customer_id"));
            int d = Integer.parseInt(e.get("day"));
            if (e.get("event").equals("open")) {
                opensPerCustomer.merge(c, 1, Integer::sum);
                firstOpen.putIfAbsent(c, d);
            }
            if (e.get("event").equals("contact")) {
                lastContact.put(c, d);
            }
        }
        assertTrue(!firstOpen.isEmpty());
        for (Map.Entry<Integer, Integer> e : firstOpen.entrySet()) {
            assertEquals(1, opensPerCustomer.get(e.getKey()));
            assertEquals(e.getValue(), lastContact.get(e.getKey()), "no contact after opting out");
        }
    }
}
