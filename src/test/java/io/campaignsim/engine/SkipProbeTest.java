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
    private static SkipProbe run(int last, long skipCost, long askCost) {
        Clock clock = new Clock();
        SkipProbe probe = new SkipProbe(() -> clock.now);
        for (int day = 0; day <= last; day++) {
            probe.startDay(day);
            clock.now += 100 * (probe.skips(day) ? skipCost : askCost);
            probe.endDay(day, 100);
        }
        return probe;
    }

    @Test
    void probeWindowAlternatesAskingAndSkippingDays() {
        SkipProbe probe = new SkipProbe(() -> 0);
        for (int day = 0; day < SkipProbe.START; day++) {
            assertTrue(probe.skips(day), "before the window: skipping, day " + day);
        }
        StringBuilder pattern = new StringBuilder();
        for (int day = SkipProbe.START; day < SkipProbe.START + 2 * SkipProbe.ROUNDS; day++) {
            pattern.append(probe.skips(day) ? 's' : 'a');
        }
        assertEquals("as".repeat(SkipProbe.ROUNDS), pattern.toString());
    }

    @Test
    void keepsTheCheaperModeUntilTheNextWindow() {
        int last = SkipProbe.START + SkipProbe.PERIOD - 1;
        SkipProbe dearSkipping = run(last, 300, 200);
        SkipProbe cheapSkipping = run(last, 150, 200);
        for (int day = SkipProbe.START + 2 * SkipProbe.ROUNDS; day <= last; day++) {
            assertFalse(dearSkipping.skips(day), "day " + day);
            assertTrue(cheapSkipping.skips(day), "day " + day);
        }
        // The next window probes again, whatever was chosen.
        assertFalse(dearSkipping.skips(last + 1));
        assertTrue(dearSkipping.skips(last + 2));
    }

    @Test
    void systemPropertyValues() {
        assertEquals(QuietSkipping.NEVER, QuietSkipping.of("false"));
        assertEquals(QuietSkipping.ALWAYS, QuietSkipping.of("always"));
        assertEquals(QuietSkipping.ALWAYS, QuietSkipping.of("true"));
        assertEquals(QuietSkipping.NEVER, QuietSkipping.of(null));
        assertEquals(QuietSkipping.NEVER, QuietSkipping.of("no such mode"));
        assertEquals(QuietSkipping.ADAPTIVE, QuietSkipping.of("adaptive"));
    }
}
