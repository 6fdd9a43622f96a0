package io.campaignsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.ObservedHistoryFactory;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.random.Draws;
import io.campaignsim.random.KeyedUniforms;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The weekday learner on its own: what it learns from opens by weekday, and how it holds contacts. */
class WeekdayLearnerTest {

    private static final KeyedUniforms KEYS = new KeyedUniforms(1, RandomStreams.Purpose.PERSONALISATION);

    private static ObservedHistory history(int size, Population[] out) throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/send-weekday.yaml")).withSize(size);
        Population p = new PopulationGenerator(s).generate(1);
        out[0] = p;
        return ObservedHistoryFactory.of(p.observed(), s.horizonDays());
    }

    /**
     * send-weekday.yaml's segments prefer Tuesday (office, 60 %) and Saturday (weekend, 60 %); sends on
     * random days opened at 0.4 × 1.3 on the customer's weekday and 0.4 × 0.95 on others (the world's
     * factors, docs/model.md). After 140 days of a send on 30 % of days, the segment level's most likely
     * weekday is the true mode, with a share above every other day's, and the on-day open rate is
     * above the off-day one. The margins are wide: the mode's true share is 0.6 against 0.2 or less.
     */
    @Test
    void segmentLevelFindsEachSegmentsWeekday() throws Exception {
        Population[] p = new Population[1];
        ObservedHistory h = history(4000, p);
        WeekdayLearner l = new WeekdayLearner(h, 1, 7, -1, KEYS);
        Draws draws = new Draws(5);
        for (int day = 0; day < 140; day++) {
            for (int i = 0; i < 4000; i++) {
                if (draws.nextDouble() < 0.3) {
                    double r = 0.4 * (WeekdayLearner.weekday(day) == p[0].truth().preferredWeekday(i) ? 1.3 : 0.95);
                    l.record(i, day, draws.nextDouble() < r);
                }
            }
            l.endOfDay();
        }
        int[] mode = {1, 5}; // office: Tuesday; weekend: Saturday (segment order of the scenario)
        for (int g = 0; g < 2; g++) {
            for (int w = 0; w < 7; w++) {
                if (w != mode[g]) {
                    assertTrue(l.weekdayShare(g, mode[g]) > l.weekdayShare(g, w) + 0.1,
                            "segment " + g + ": " + l.weekdayShare(g, mode[g]) + " vs day " + w + " " + l.weekdayShare(g, w));
                }
            }
            assertTrue(l.openRate(g, true) > l.openRate(g, false), "segment " + g);
        }
        // Customers' own posteriors: most customers' most likely weekday is their true one.
        int right = 0;
        for (int i = 0; i < 4000; i++) {
            right += l.bestWeekday(i) == p[0].truth().preferredWeekday(i) ? 1 : 0;
        }
        assertTrue(right > 0.6 * 4000 * 0.6, "best weekday right for " + right + " of 4000");
    }

    /** A fixed weekday: held until that weekday when it is within the window, sent today otherwise, never later. */
    @Test
    void holdsWithinTheWindowAndADeliveryEndsTheHold() throws Exception {
        Population[] p = new Population[1];
        ObservedHistory h = history(100, p);
        WeekdayLearner tuesday3 = new WeekdayLearner(h, 1, 3, 1, KEYS);
        // Day 0 is a Monday: Tuesday (day 1) is 1 day away, within 3 days.
        assertTrue(tuesday3.hold(0, 0));
        assertTrue(tuesday3.hold(0, 0), "the same answer for a second proposal of the day");
        assertFalse(tuesday3.hold(0, 1), "sent on the Tuesday");
        tuesday3.record(0, 1, false);
        // Wednesday (day 2): next Tuesday is 6 days away, beyond the window: sent today.
        assertFalse(tuesday3.hold(0, 2));
        // A hold whose day passes without a delivery ends: a new due contact decides afresh.
        assertTrue(tuesday3.hold(1, 7)); // Monday again
        assertFalse(tuesday3.hold(1, 9), "day 8 passed without a delivery: Wednesday decides anew, beyond the window");
        WeekdayLearner learned = new WeekdayLearner(h, 1, 7, -1, KEYS);
        for (int i = 0; i < 100; i++) {
            int day = 3;
            int held = 0;
            while (learned.hold(i, day)) {
                day++;
                held++;
            }
            assertTrue(held < 7, "customer " + i + " held " + held + " days");
            assertEquals(held, Math.floorMod(WeekdayLearner.weekday(day) - 3, 7));
        }
    }
}
