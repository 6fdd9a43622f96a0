package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.campaignsim.population.Population;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.world.WorldModel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warmer runs on every customer-day of both engines: it must stay inside every array at the
 * ends of a shard (a last batch shorter than {@link ShardSimulator#WARM_CHUNK}, the last customer's
 * channel slots and hours), with and without the hour table, and it must change nothing.
 */
class CacheWarmerTest {

    /** Not a multiple of the batch: the last range is partial. */
    private static final int CUSTOMERS = 3 * ShardSimulator.WARM_CHUNK + 37;

    @Test
    void readsEveryCustomersLinesWithinBoundsAndWritesNothing() throws ReflectiveOperationException {
        for (boolean hours : new boolean[] {true, false}) {
            Scenario s = EngineFixtures.scenario(CUSTOMERS, 30, "persuadable: { share: 1.0, effect: 0.05 }",
                    "send_time: { mode: best_observed, hour: 10 }");
            Population p = EngineFixtures.population(s);
            ObservedHistory history = new ObservedHistory(p.observed(), s.horizonDays(), hours);
            HiddenState hidden = new HiddenState(history, new WorldModel(s));
            for (int i = 0; i < CUSTOMERS; i += 7) { // some state that is not the constructors' fill
                history.recordContact(i, i % history.channels(), 3, 10, true, i % 2 == 0);
                hidden.setFatigue(i, i % history.channels(), 0.5);
            }
            List<Object> before = snapshot(history, hidden);
            CacheWarmer warmer = new CacheWarmer(history, hidden, p.truth());
            for (int start = 0; start < CUSTOMERS; start += ShardSimulator.WARM_CHUNK) {
                warmer.range(start, Math.min(CUSTOMERS, start + ShardSimulator.WARM_CHUNK));
            }
            warmer.range(CUSTOMERS, CUSTOMERS); // the batch after the last: empty
            long afterRanges = warmer.sink;
            int[] due = new int[NextEventShard.BLOCK];
            int count = 0;
            for (int i = 0; i < CUSTOMERS; i++) {
                due[count++] = i;
                if (count == due.length || i == CUSTOMERS - 1) {
                    warmer.customers(due, count);
                    count = 0;
                }
            }
            assertNotEquals(afterRanges, warmer.sink, "the loads are summed (or the JIT may drop them)");
            List<Object> after = snapshot(history, hidden);
            assertEquals(before.size(), after.size());
            for (int k = 0; k < before.size(); k++) {
                assertEquals(before.get(k), after.get(k), "array " + k + " changed (hours " + hours + ")");
            }
        }
    }

    /** Every array field of the two states, as a list of its elements' text (comparable with equals). */
    private static List<Object> snapshot(Object... states) throws IllegalAccessException {
        List<Object> arrays = new ArrayList<>();
        for (Object state : states) {
            for (Field f : state.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray()) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(state);
                arrays.add(v == null ? "null" : Arrays.deepToString(new Object[] {v}));
            }
        }
        return arrays;
    }
}
