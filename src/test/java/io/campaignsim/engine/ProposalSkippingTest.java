package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.policy.WeeklyCadence;
import io.campaignsim.population.Population;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Policies asked only from their {@link ContactPolicy#nextProposalDay} on propose exactly what the same policy asked
 * every day proposes, day by day, under random outcomes (deliveries, opens with opt-out draws, unsubscribes,
 * purchases) that both see, and end with the same journey and rule counts. Independent of the world model: only
 * the observed history and the callbacks drive the policies. Covers every bundled scenario's rules and journeys,
 * plus conditions on weekday, day, windows, exits, re-entry and opt-outs.
 */
class ProposalSkippingTest {

    private static final String EXTRA = """
            name: extra
            seed: 5
            horizon_days: 70
            population:
              size: 700
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
                - { name: late, when: "day >= 30 and segment == 'b' and not in_journey_welcome", then: { channel: sms } }
                - { name: quiet, when: "contacts_7d == 0 and opens_30d < 0.5 and not (lifecycle in ['new', 'active'])", then: { channel: auto } }
                - { name: window, when: "purchases_30d == 1 or email_sends_7d >= 2", then: { channel: email } }
              journeys:
                - name: welcome
                  entry: "tenure_days < 200 and day > 2"
                  reentry: true
                  opt_out_rate: 0.2
                  exit_on: [purchase]
                  stages:
                    - { name: hi, action: { channel: email, offer: ten_off }, wait_days: 2, exit: "days_since_email > 20" }
                    - { name: again, action: { channel: sms }, wait_days: 4, when: "days_since_email <= 2" }
                - name: lapse
                  entry: "days_since_purchase > 45 and not opted_out_welcome"
                  stages:
                    - { name: one, action: { channel: auto }, wait_days: 6, exit: "days_since_purchase < 3 or day > 60" }
            """;

    @Test
    void journeyPoliciesOfEveryBundledScenarioProposeTheSameWhenAskedOnlyWhenDue() throws IOException {
        List<Scenario> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(new ScenarioLoader().load(p));
            }
        }
        all.add(new ScenarioLoader().load(Path.of("src/main/resources/io/campaignsim/bench/bench.yaml")));
        all.add(new ScenarioLoader().parse(EXTRA, "extra.yaml"));
        long skipped = 0;
        long asked = 0;
        for (Scenario s : all) {
            Scenario small = s.withSize(700).withHorizonDays(Math.min(s.horizonDays(), 70));
            long[] n = same(small, (sc, h) -> JourneyPolicy.factory(sc).apply(h));
            skipped += n[0];
            asked += n[1];
        }
        // The comparison means something only if customers were skipped on a good share of days.
        assertTrue(skipped > asked / 4, "skipped " + skipped + " customer-days, asked " + asked);
    }

    @Test
    void weeklyCadenceIsDueOnItsWeekdayOnly() {
        Scenario s = new ScenarioLoader().parse(EXTRA.replaceAll("(?s)policy:.*", ""), "cadence.yaml");
        long[] n = same(s, WeeklyCadence::new);
        // Asked on day 0, on the customer's weekday and the day after a callback: most days are skipped.
        assertTrue(n[0] > 3 * n[1], "skipped " + n[0] + ", asked " + n[1]);
    }

    @Test
    void summaryNotesNameTheConditionsEvaluatedDaily() throws IOException {
        String window = "when: \"purchases_30d == 1 or email_sends_7d >= 2\", then: { channel: email } }";
        String yaml = EXTRA.replace(window, window + "\n    - { name: gap, when: \"segment == 'a' and"
                + " days_since_purchase - days_since_email > 3\", then: { channel: email } }")
                .replace("exit: \"days_since_purchase < 3 or day > 60\"", "exit: \"day * 2 > 100\"");
        Scenario s = new ScenarioLoader().parse(yaml, "extra.yaml");
        assertEquals(List.of(
                "journey lapse/one exit: ((day * 2.0) > 100.0) computes with fields that change with time; evaluated daily",
                "rule gap: ((days_since_purchase - days_since_email) > 3.0) computes with fields that change with time;"
                        + " evaluated daily"), JourneyPolicy.dailyEvaluation(s));
        assertEquals(List.of(), JourneyPolicy.dailyEvaluation(new ScenarioLoader().parse(EXTRA, "extra.yaml")));
        assertEquals(List.of(), JourneyPolicy.dailyEvaluation(new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml"))));
        // Such conditions are due every day, and the policy still proposes exactly the same.
        same(s.withSize(300), (sc, h) -> JourneyPolicy.factory(sc).apply(h));
    }

    /** Runs two instances over one history, one asked every day, one only when due; returns {skipped, asked}. */
    private static long[] same(Scenario s, BiFunction<Scenario, ObservedHistory, ContactPolicy> make) {
        Population p = EngineFixtures.population(s);
        ObservedHistory h = new ObservedHistory(p.observed(), s.horizonDays(), true);
        ContactPolicy every = make.apply(s, h);
        ContactPolicy due = make.apply(s, h);
        int n = p.size();
        ContactGuard guard = new ContactGuard(s);
        int[] wake = new int[n];
        ActionBuffer a = new ActionBuffer();
        ActionBuffer b = new ActionBuffer();
        SplittableRandom rnd = new SplittableRandom(s.seed());
        long skipped = 0;
        long asked = 0;
        for (int day = 0; day < s.horizonDays(); day++) {
            for (int i = 0; i < n; i++) {
                boolean deliverable = guard.anyAllowed(h, i, day); // what the engines set (ActionBuffer#deliverable)
                a.clear(deliverable);
                every.propose(i, day, a);
                b.clear(false);
                if (day >= wake[i]) {
                    b.clear(deliverable);
                    due.propose(i, day, b);
                    wake[i] = due.nextProposalDay(i, day);
                    assertTrue(wake[i] > day, s.name() + ": wake day not after the day");
                    asked++;
                } else {
                    skipped++;
                }
                String where = s.name() + ", customer " + i + ", day " + day;
                assertArrayEquals(proposals(a), proposals(b), where);
                boolean callback = false;
                for (int k = 0; k < a.size(); k++) {
                    if (rnd.nextDouble() < 0.6 && h.subscribed(i, a.channel(k))) {
                        boolean opened = rnd.nextDouble() < 0.4;
                        h.recordContact(i, a.channel(k), day, a.hour(k), opened, opened && rnd.nextBoolean());
                        every.onDelivered(i, day, a.source(k), a.channel(k), a.hour(k), opened);
                        due.onDelivered(i, day, b.source(k), b.channel(k), b.hour(k), opened);
                        callback = true;
                        if (opened) {
                            double u = rnd.nextDouble();
                            assertEquals(every.onSeen(i, day, a.source(k), u), due.onSeen(i, day, b.source(k), u), where);
                        }
                        if (rnd.nextDouble() < 0.05) {
                            h.recordUnsubscribe(i, a.channel(k));
                            every.onUnsubscribe(i, day);
                            due.onUnsubscribe(i, day);
                        }
                    }
                }
                if (rnd.nextDouble() < 0.01) {
                    h.recordPurchase(i, day, 40, 0);
                    every.onPurchase(i, day, 5);
                    due.onPurchase(i, day, 5);
                    callback = true;
                }
                if (callback) {
                    wake[i] = day + 1;
                }
            }
            every.endOfDay(day);
            due.endOfDay(day);
        }
        JourneyCounts x = every.journeyCounts();
        JourneyCounts y = due.journeyCounts();
        assertEquals(x.touchpoints(), y.touchpoints(), s.name());
        assertArrayEquals(x.entries(), y.entries(), s.name() + " entries and rule firings");
        assertArrayEquals(x.optedOut(), y.optedOut(), s.name());
        assertArrayEquals(x.finished(), y.finished(), s.name());
        assertArrayEquals(x.bought(), y.bought(), s.name());
        assertArrayEquals(x.otherExits(), y.otherExits(), s.name());
        return new long[] {skipped, asked};
    }

    private static int[] proposals(ActionBuffer buf) {
        int[] out = new int[buf.size() * 5];
        for (int k = 0; k < buf.size(); k++) {
            out[5 * k] = buf.channel(k);
            out[5 * k + 1] = buf.offer(k);
            out[5 * k + 2] = buf.category(k);
            out[5 * k + 3] = buf.hour(k);
            out[5 * k + 4] = buf.source(k);
        }
        return out;
    }
}
