package io.campaignsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationBudget;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.world.WorldModel;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The memory guard's per-customer constants must match what the engine really allocates, or the
 * guard lets through populations that do not fit (or refuses ones that do).
 */
class EngineStateSizeTest {

    @Test
    void budgetConstantsMatchTheEnginesArrays() throws ReflectiveOperationException {
        int n = 1000;
        Scenario s = EngineFixtures.scenario(n, 30, "persuadable: { share: 1.0, effect: 0.05 }",
                "send_time: { mode: best_observed, hour: 10 }");
        Population p = EngineFixtures.population(s);
        ObservedHistory history = new ObservedHistory(p.observed(), s.horizonDays(), true);
        HiddenState hidden = new HiddenState(history, new WorldModel(s));
        long bytes = arrayBytes(history) + arrayBytes(hidden);
        int channels = history.channels();
        // Outside the history and hidden state: the shard's next proposal day and 2 journeys' state (checked below).
        long outside = PopulationBudget.ENGINE_BYTES_PER_CUSTOMER - 75;
        assertEquals(elementBytes(ShardSimulator.class.getDeclaredField("wake").getType().getComponentType())
                + 2 * journeyBytes(), outside);
        assertEquals((PopulationBudget.ENGINE_BYTES_PER_CUSTOMER - outside
                + PopulationBudget.ENGINE_BYTES_PER_CUSTOMER_CHANNEL * channels) * n, bytes);
    }

    /**
     * The next-event engine keeps its event calendar (next candidate day, next proposal day) and a
     * wake day per block of 64 customers and each customer's fatigue level instead of the daily engine's churn
     * bound and wake day:
     * no more than the guard counts for the daily engine, so the 299 bytes hold for both.
     */
    @Test
    void nextEventStateFitsTheSameBudget() throws ReflectiveOperationException {
        int n = 64 * 1000;
        Scenario s = EngineFixtures.scenario(n, 30, "persuadable: { share: 1.0, effect: 0.05 }",
                "send_time: { mode: best_observed, hour: 10 }");
        Population p = EngineFixtures.population(s);
        WorldModel world = new WorldModel(s);
        ObservedHistory history = new ObservedHistory(p.observed(), s.horizonDays(), true);
        HiddenState daily = new HiddenState(history, world, Stepping.DAILY);
        HiddenState next = new HiddenState(history, world, Stepping.NEXT_EVENT);
        EventCalendar calendar = new EventCalendar(n);
        NextEventShard shard = new NextEventShard(0, n, history, next, p.truth(), world, new ContactGuard(s),
                ContactPolicy.NONE, new io.campaignsim.random.KeyedUniforms(1, io.campaignsim.random.RandomStreams.Purpose.WORLD, 0),
                null, null, null, calendar, s.horizonDays());
        long wakeBytes = elementBytes(ShardSimulator.class.getDeclaredField("wake").getType().getComponentType());
        long dailyBytes = arrayBytes(daily) + wakeBytes * n;
        long nextBytes = arrayBytes(next) + arrayBytes(calendar) + 2L * shard.blocks();
        assertEquals(EventCalendar.BYTES_PER_CUSTOMER * (long) n, arrayBytes(calendar));
        assertEquals(dailyBytes - 2L * n + 2L * n / NextEventShard.BLOCK, nextBytes,
                "the churn bound (4 bytes) and the wake day (4) give way to the calendar (4), the stored fatigue level (2)"
                        + " and block wake days");
    }

    @Test
    void sixChannelCustomerFitsIn300Bytes() {
        // The bench workload: six channels, four categories (issue #8 asks for at most 300 bytes).
        long perCustomer = PopulationBudget.estimateBytes(1, 6, 4);
        assertEquals(299, perCustomer);
    }

    /** Bytes a customer of one journey's per-customer arrays (policy.Journey: stage and the day it may move on). */
    private static long journeyBytes() throws ClassNotFoundException {
        long b = 0;
        for (Field f : Class.forName("io.campaignsim.policy.Journey").getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && f.getType().isArray() && f.getType().getComponentType().isPrimitive()
                    && !f.getName().equals("waitDays") && !f.getName().equals("next")) {
                b += elementBytes(f.getType().getComponentType());
            }
        }
        return b;
    }

    private static long arrayBytes(Object o) throws IllegalAccessException {
        long total = 0;
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray() || f.getName().equals("ewDecay")) {
                continue; // ewDecay is one table per run, not per customer
            }
            f.setAccessible(true);
            Object array = f.get(o);
            if (array != null) {
                total += (long) Array.getLength(array) * elementBytes(f.getType().getComponentType());
            }
        }
        return total;
    }

    private static int elementBytes(Class<?> c) {
        if (c == byte.class || c == boolean.class) {
            return 1;
        }
        if (c == short.class || c == char.class) {
            return 2;
        }
        if (c == int.class || c == float.class) {
            return 4;
        }
        if (c == long.class || c == double.class) {
            return 8;
        }
        throw new IllegalArgumentException("per-customer state should be primitive arrays, found " + c);
    }
}
