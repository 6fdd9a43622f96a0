package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.campaignsim.scenario.QuietHours;
import io.campaignsim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test over random policies (issue #3): whatever rules propose, the event log never
 * shows a frequency cap exceeded, a contact in quiet hours, a contact on a channel after it was
 * unsubscribed, or anything done by a customer after churning.
 */
class GuardRailsPropertyTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "random policy #{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void capsQuietHoursUnsubscribesAndChurnAreRespected(int trial) throws Exception {
        Random r = new Random(1000 + trial);
        int perDay = 1 + r.nextInt(3);
        int perWeek = perDay + r.nextInt(6);
        int smsPerWeek = r.nextInt(3);
        int quietStart = r.nextInt(24);
        int quietEnd = r.nextInt(24);
        String[] channels = {"email", "sms", "push", "auto"};
        StringBuilder rules = new StringBuilder("rules:\n");
        for (int k = 0; k < 4; k++) {
            String hour = r.nextBoolean() ? "auto" : Integer.toString(r.nextInt(24));
            rules.append("  - { name: r").append(k).append(", when: \"days_since_purchase >= ").append(r.nextInt(40))
                    .append("\", then: { channel: ").append(channels[r.nextInt(4)]).append(", hour: ").append(hour)
                    .append(" } }\n");
        }
        String policy = "frequency_cap: { per_day: " + perDay + ", per_week: " + perWeek + " }\n"
                + "channel_caps:\n  sms: { per_week: " + smsPerWeek + " }\n"
                + "quiet_hours: { start: " + quietStart + ", end: " + quietEnd + " }\n"
                + "send_time: { mode: " + (r.nextBoolean() ? "fixed" : "best_observed") + ", hour: " + r.nextInt(24) + " }\n"
                + "channel_choice: { mode: " + List.of("fixed", "preferred_observed", "cheapest_reachable").get(r.nextInt(3))
                + " }\nfirst_match_only: false\n" + rules;
        Scenario s = EngineFixtures.scenario(3_000, 21,
                "persuadable: { share: 0.5, effect: 0.05 }\nsure_thing: { share: 0.2 }\nlost_cause: { share: 0.2 }\n"
                        + "sleeping_dog: { share: 0.1, effect: -0.02 }", policy);
        Path dir = Files.createDirectories(tmp.resolve("t" + trial));
        List<CSVRecord> events = EngineFixtures.events(s, EngineFixtures.population(s), dir);
        QuietHours quiet = new QuietHours(quietStart, quietEnd);

        Map<Integer, List<int[]>> contacts = new HashMap<>(); // customer -> [day, channel]
        Map<Long, Integer> unsubscribedDay = new HashMap<>(); // customer*8+channel -> day
        Map<Integer, Integer> churnDay = new HashMap<>();
        int contactCount = 0;
        for (CSVRecord e : events) {
            int day = Integer.parseInt(e.get("day"));
            int customer = Integer.parseInt(e.get("customer_id"));
            String type = e.get("event");
            Integer churned = churnDay.get(customer);
            if (churned != null) {
                fail("customer " + customer + " has a " + type + " on day " + day + " after churning on day " + churned);
            }
            switch (type) {
                case "contact" -> {
                    contactCount++;
                    int ch = s.channelIndex(e.get("channel"));
                    int hour = Integer.parseInt(e.get("hour"));
                    assertTrue(!quiet.isQuiet(hour), "contact at quiet hour " + hour);
                    Integer unsub = unsubscribedDay.get(customer * 8L + ch);
                    assertTrue(unsub == null, "contact on " + e.get("channel") + " after unsubscribing on day " + unsub);
                    contacts.computeIfAbsent(customer, k -> new ArrayList<>()).add(new int[] {day, ch});
                }
                case "unsubscribe" -> unsubscribedDay.put(customer * 8L + s.channelIndex(e.get("channel")), day);
                case "churn" -> churnDay.put(customer, day);
                default -> { }
            }
        }
        assertTrue(contactCount > 0, "the random policy contacted nobody; the test would prove nothing");
        int sms = s.channelIndex("sms");
        for (Map.Entry<Integer, List<int[]>> c : contacts.entrySet()) {
            int[] perDayCount = new int[s.horizonDays()];
            int[] smsPerDayCount = new int[s.horizonDays()];
            for (int[] dc : c.getValue()) {
                perDayCount[dc[0]]++;
                if (dc[1] == sms) {
                    smsPerDayCount[dc[0]]++;
                }
            }
            for (int d = 0; d < s.horizonDays(); d++) {
                assertTrue(perDayCount[d] <= perDay, "customer " + c.getKey() + " got " + perDayCount[d] + " on day " + d);
                int week = 0;
                int smsWeek = 0;
                for (int k = Math.max(0, d - 6); k <= d; k++) {
                    week += perDayCount[k];
                    smsWeek += smsPerDayCount[k];
                }
                assertTrue(week <= perWeek, "customer " + c.getKey() + " got " + week + " in the week to day " + d);
                assertTrue(smsWeek <= smsPerWeek, "customer " + c.getKey() + " got " + smsWeek + " sms in a week");
            }
        }
    }
}
