package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Metric;
import io.campaignsim.population.Population;
import io.campaignsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class SendTimeTallyTest {

    private static final String GROUPS = "persuadable: { share: 0.5, effect: 0.02 }\nsure_thing: { share: 0.5 }\n"
            + "lost_cause: { share: 0 }\nsleeping_dog: { share: 0 }";

    @Test
    void tallyAddsUpToTheRunTotals() {
        // send_time best_observed spreads sends over hours; the quiet hours move some to 08:00
        Scenario s = EngineFixtures.scenario(3_000, 10, GROUPS,
                "quiet_hours: { start: 21, end: 8 }\nsend_time: { mode: best_observed, hour: 22 }\n"
                        + "rules:\n  - { name: all, then: { channel: email, hour: 22 } }");
        Population p = EngineFixtures.population(s);
        SimulationResult r = EngineFixtures.run(s, p, 2);
        SendTimeTally t = r.sendTime();
        double contacts = r.total().get(Metric.CONTACTS);
        assertTrue(contacts > 0);
        // counts are small integers, so the sums are exact in double
        assertEquals(contacts, t.totalContacts());
        assertEquals(r.total().get(Metric.OPENS), t.totalOpens());
        double perWeekday = 0;
        for (int h = 0; h < SendTimeTally.HOURS; h++) {
            assertTrue(t.opens(h, 0) <= t.contacts(h, 0));
            perWeekday += t.contacts(h, 0);
            if (h >= 21 || h < 8) {
                assertEquals(0.0, t.contacts(h, 0), "quiet hour " + h + " must have no sends");
            }
        }
        // 10 days from a Monday: the Mondays are days 0 and 7
        double monday = r.daily().get(0).get(Metric.CONTACTS) + r.daily().get(7).get(Metric.CONTACTS);
        assertEquals(monday, perWeekday);
    }

    @Test
    void sameForAnyThreadCount() {
        Scenario s = EngineFixtures.scenario(9_000, 8, GROUPS,
                "rules:\n  - { name: all, then: { channel: email, hour: 10 } }");
        Population p = EngineFixtures.population(s);
        assertEquals(EngineFixtures.run(s, p, 1).sendTime(), EngineFixtures.run(s, p, 3).sendTime());
    }

    @Test
    void isImmutableAndComparedByContent() {
        double[] contacts = new double[SendTimeTally.SLOTS];
        double[] opens = new double[SendTimeTally.SLOTS];
        contacts[SendTimeTally.slot(9, 2)] = 4;
        opens[SendTimeTally.slot(9, 2)] = 1;
        SendTimeTally t = new SendTimeTally(contacts, opens);
        contacts[SendTimeTally.slot(9, 2)] = 100;
        t.contacts()[SendTimeTally.slot(9, 2)] = 100;
        assertEquals(4.0, t.contacts(9, 2));
        assertEquals(0.25, t.openRate(9, 2));
        assertTrue(Double.isNaN(t.openRate(10, 2)));
        assertEquals(t, new SendTimeTally(t.contacts(), t.opens()));
        assertNotEquals(SendTimeTally.EMPTY, t);
        assertThrows(IllegalArgumentException.class, () -> new SendTimeTally(new double[3], new double[3]));
    }
}
