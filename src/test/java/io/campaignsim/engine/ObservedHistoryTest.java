package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.population.Population;
import io.campaignsim.scenario.Scenario;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The packed 7-day send counts against a plain list of every send. */
class ObservedHistoryTest {

    @Test
    void packedWeekCountsMatchANaiveCountOfEverySend() {
        Scenario s = EngineFixtures.scenario(4, 400, "persuadable: { share: 1.0, effect: 0.05 }", "");
        Population p = EngineFixtures.population(s);
        ObservedHistory h = new ObservedHistory(p.observed(), s.horizonDays(), false);
        int channels = h.channels();
        int customers = h.size();
        int[][][] sends = new int[customers][channels][s.horizonDays()];
        SplittableRandom random = new SplittableRandom(42);
        for (int day = 0; day < s.horizonDays(); day++) {
            for (int i = 0; i < customers; i++) {
                // Bursty: quiet stretches, then days with up to the buffer's capacity of sends.
                int todays = random.nextInt(4) == 0 ? random.nextInt(ActionBuffer.CAPACITY + 1) : 0;
                for (int k = 0; k < todays; k++) {
                    int c = random.nextInt(channels);
                    h.recordContact(i, c, day, 10, false, false);
                    sends[i][c][day]++;
                }
                if (random.nextInt(3) == 0) {
                    continue; // reads on some days only: the packing shifts lazily
                }
                int all = 0;
                for (int c = 0; c < channels; c++) {
                    int week = 0;
                    for (int d = Math.max(0, day - 6); d <= day; d++) {
                        week += sends[i][c][d];
                    }
                    all += week;
                    assertEquals(week, h.channelSends7d(i, c, day), "channel " + c + " day " + day);
                    assertEquals(sends[i][c][day], h.channelSendsToday(i, c, day));
                }
                assertEquals(all, h.contacts7d(i, day), "customer " + i + " day " + day);
            }
        }
    }

    @Test
    void sumOfSevenNibblesIgnoresTheEighth() {
        assertEquals(7 * 15, ObservedHistory.sum7(0x0FFFFFFF));
        assertEquals(0, ObservedHistory.sum7(ObservedHistory.shifted(0x0FFFFFFF, 7)));
        assertEquals(6 * 15, ObservedHistory.sum7(ObservedHistory.shifted(0x0FFFFFFF, 1)));
        assertEquals(15, ObservedHistory.incremented(15) & 0xF);
    }
}
