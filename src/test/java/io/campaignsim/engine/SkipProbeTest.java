package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SkipProbeTest {

    /** A fake clock the test advances by the cost it wants each day to have. */
    private static final class Clock {
        long now;
    }

    /** Runs days 0..last, each costing {@code skipCost} or {@code askCost} per customer-day for 100 customers. */
    private static SkipProbe run(int last, long skipCost, long askCost, Clock clock, SkipProbe probe) {
        for (int day = 0; day <= last; day++) {
            probe.startDay(day);
            clock.now += 100 * (probe.skips(day) ? skipCost : askCost);
            probe.endDay(day, 100);
        }
        return probe;
    }

    @Test
    void probeWindowAlternatesAskingDaysWithPairsOfSkippingDays() {
        SkipProbe probe = new SkipProbe(() -> 0);
        assertTrue(probe.skips(0), "day 0 asks everyone anyway (wake days start at 0)");
        String pattern = "";
        for (int day = 1; day <= 3 * SkipProbe.ROUNDS; day++) {
            pattern += probe.skips(day) ? "s" : "a";
        }
        assertEquals("ass".repeat(SkipProbe.ROUNDS), pattern);
    }

    @Test
    void keepsTheCheaperModeUntilTheNextWindow() {
        Clock clock = new Clock();
        SkipProbe dearSkipping = run(SkipProbe.PERIOD, 300, 200, clock, new SkipProbe(() -> clock.now));
        for (int day = 3 * SkipProbe.ROUNDS + 1; day <= SkipProbe.PERIOD; day++) {
            assertFalse(dearSkipping.skips(day), "day " + day);
        }
        Clock clock2 = new Clock();
        SkipProbe cheapSkipping = run(SkipProbe.PERIOD, 150, 200, clock2, new SkipProbe(() -> clock2.now));
        for (int day = 3 * SkipProbe.ROUNDS + 1; day <= SkipProbe.PERIOD; day++) {
            assertTrue(cheapSkipping.skips(day), "day " + day);
        }
    }

    @Test
    void theRebuildingSkipDayIsNotTimed() {
        // The first skipping day of each round asks everyone to rebuild the wake days: dear, but not counted.
        Clock clock = new Clock();
        SkipProbe probe = new SkipProbe(() -> clock.now);
        for (int day = 0; day <= SkipProbe.PERIOD; day++) {
            probe.startDay(day);
            int phase = day >= 1 ? (day - 1) % SkipProbe.PERIOD : -1;
            boolean rebuild = phase >= 0 && phase < 3 * SkipProbe.ROUNDS && phase % 3 == 1;
            clock.now += 100 * (rebuild ? 10_000 : probe.skips(day) ? 150 : 200);
            probe.endDay(day, 100);
        }
        assertTrue(probe.skips(3 * SkipProbe.ROUNDS + 1));
    }

    @Test
    void systemPropertyValues() {
        assertEquals(QuietSkipping.NEVER, QuietSkipping.of("false"));
        assertEquals(QuietSkipping.ALWAYS, QuietSkipping.of("always"));
        assertEquals(QuietSkipping.ALWAYS, QuietSkipping.of("true"));
        assertEquals(QuietSkipping.ADAPTIVE, QuietSkipping.of(null));
        assertEquals(QuietSkipping.ADAPTIVE, QuietSkipping.of("adaptive"));
    }
}
