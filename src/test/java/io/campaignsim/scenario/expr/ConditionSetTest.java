package io.campaignsim.scenario.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A {@link ConditionSet} gives exactly what testing its conditions one by one in order gives. */
class ConditionSetTest {

    private static final ConditionCompiler COMPILER = new ConditionCompiler(ArraySource.FIELDS);
    private static final String[] TEXTS = {
        "monetary > 2.5", "frequency >= 1 and monetary < 3", "segment == 'loyal' or reachable_sms",
        "not (frequency in [0, 1]) and email_open_rate_30d < 0.5", "lifecycle != 'churned'", "monetary / frequency > 0.5",
        "true", "false", "day > 3 and weekday != 2",
    };

    private static ArraySource customers(int n, long seed) {
        ArraySource src = new ArraySource(n);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            src.set("frequency", i, rng.nextInt(5) - 1)
                    .set("monetary", i, rng.nextInt(6) == 0 ? Double.NaN : rng.nextDouble() * 5)
                    .set("email_open_rate_30d", i, rng.nextInt(3) == 0 ? Double.NaN : rng.nextDouble())
                    .set("reachable_sms", i, rng.nextInt(2))
                    .set("segment", i, rng.nextInt(3))
                    .set("lifecycle", i, rng.nextInt(6) - 1);
        }
        return src;
    }

    @Test
    void theMaskIsTheOneByOneValuesInOrderAndTheFirstMatchStopsThere() {
        int n = 2000;
        ArraySource src = customers(n, 7);
        SplittableRandom rng = new SplittableRandom(8);
        int firstMatches = 0;
        for (int trial = 0; trial < 20; trial++) {
            List<String> texts = new ArrayList<>(List.of(TEXTS));
            Collections.shuffle(texts, new java.util.Random(rng.nextLong()));
            texts = texts.subList(0, 1 + rng.nextInt(texts.size()));
            List<BoundCondition> bound = texts.stream().map(t -> COMPILER.compile(t).bind(src)).toList();
            ConditionSet every = new ConditionSet(bound, false);
            ConditionSet first = new ConditionSet(bound, true);
            for (int i = 0; i < n; i++) {
                int day = rng.nextInt(10);
                long expected = 0;
                long expectedFirst = 0;
                for (int k = 0; k < bound.size(); k++) {
                    if (bound.get(k).test(i, day)) {
                        expected |= 1L << k;
                        if (expectedFirst == 0) {
                            expectedFirst = 1L << k;
                        }
                    }
                }
                assertEquals(expected, every.holding(i, day), texts + " for customer " + i);
                assertEquals(expectedFirst, first.holding(i, day), texts + " first, for customer " + i);
                firstMatches += Long.bitCount(expectedFirst);
            }
        }
        assertTrue(firstMatches > 1000, "conditions should hold for many customers: " + firstMatches);
    }

    @Test
    void sixtyFourConditionsAtMost() {
        ArraySource src = customers(10, 1);
        List<BoundCondition> many = new ArrayList<>();
        for (int k = 0; k < ConditionSet.MAX; k++) {
            many.add(COMPILER.compile("frequency > " + (k % 4 - 1)).bind(src));
        }
        ConditionSet set = new ConditionSet(many, false);
        for (int i = 0; i < 10; i++) {
            long expected = 0;
            for (int k = 0; k < many.size(); k++) {
                expected |= many.get(k).test(i, 0) ? 1L << k : 0;
            }
            assertEquals(expected, set.holding(i, 0), "the 64th condition is the sign bit");
        }
        many.add(many.get(0));
        assertThrows(IllegalArgumentException.class, () -> new ConditionSet(many, false));
    }
}
