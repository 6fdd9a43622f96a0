package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.population.Population;
import io.campaignsim.scenario.Scenario;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ContactGuard#anyAllowed} may only say "nothing today" when {@link ContactGuard#allows} refuses every channel. */
class ContactGuardTest {

    @Test
    void nothingDeliverableImpliesEveryChannelRefused() {
        Scenario s = EngineFixtures.scenario(200, 60, "persuadable: { share: 1.0, effect: 0.05 }",
                "frequency_cap: { per_day: 2, per_week: 4 }\nchannel_caps:\n  sms: { per_week: 1 }\n");
        Population p = EngineFixtures.population(s);
        ObservedHistory h = new ObservedHistory(p.observed(), s.horizonDays(), false);
        ContactGuard guard = new ContactGuard(s);
        SplittableRandom random = new SplittableRandom(3);
        int blocked = 0;
        int open = 0;
        for (int day = 0; day < s.horizonDays(); day++) {
            for (int i = 0; i < h.size(); i++) {
                boolean any = guard.anyAllowed(h, i, day);
                boolean someChannel = false;
                for (int c = 0; c < h.channels(); c++) {
                    someChannel |= guard.allows(h, i, c, day, 0);
                }
                if (!any) {
                    assertFalse(someChannel, "customer " + i + " day " + day);
                    blocked++;
                } else {
                    open++;
                }
                // Deliver what the guard lets through, as the engine would, so caps fill up.
                int delivered = 0;
                for (int k = 0; k < 3; k++) {
                    int c = random.nextInt(h.channels());
                    if (guard.allows(h, i, c, day, delivered)) {
                        h.recordContact(i, c, day, 10, false, false);
                        delivered++;
                    }
                }
                if (random.nextInt(50) == 0) {
                    h.recordUnsubscribe(i, random.nextInt(h.channels()));
                }
            }
        }
        // Both branches were exercised: customers at the weekly cap, and customers who could be reached.
        assertTrue(blocked > 1000 && open > 1000, blocked + " blocked, " + open + " open");
    }
}
