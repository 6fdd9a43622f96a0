package io.campaignsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed rows of {@link HourRows} against the same arithmetic done lane by lane: adding terms with
 * saturation at {@link HourRows#MAX}, the minimum, and subtracting it, on random rows that include
 * lanes at 0, at the maximum and next to it, where carries and borrows between lanes would show.
 */
class HourRowsTest {

    private static final int H = SendTimeLearner.HOURS;

    @Test
    void packedArithmeticEqualsLaneByLaneArithmetic() {
        SplittableRandom random = new SplittableRandom(18);
        for (int trial = 0; trial < 20_000; trial++) {
            int[] values = new int[H];
            int[] terms = new int[H];
            long[] rows = new long[2 * HourRows.WORDS]; // a second row, which must not change
            long[] termRows = new long[HourRows.WORDS];
            for (int p = 0; p < H; p++) {
                values[p] = edgeOrUniform(random, HourRows.MAX);
                terms[p] = edgeOrUniform(random, 400);
                HourRows.set(rows, HourRows.WORDS, p, values[p]);
                HourRows.set(termRows, 0, p, terms[p]);
                HourRows.set(rows, 0, p, (p * 7919 + trial) & HourRows.MAX);
            }
            long[] other = java.util.Arrays.copyOf(rows, HourRows.WORDS);
            int min = HourRows.addAndMin(rows, HourRows.WORDS, termRows, 0);
            int expectedMin = Integer.MAX_VALUE;
            for (int p = 0; p < H; p++) {
                int v = Math.min(values[p] + terms[p], HourRows.MAX);
                assertEquals(v, HourRows.get(rows, HourRows.WORDS, p), "hour " + p + " after adding");
                expectedMin = Math.min(expectedMin, v);
            }
            assertEquals(expectedMin, min, "minimum");
            HourRows.subtract(rows, HourRows.WORDS, min);
            for (int p = 0; p < H; p++) {
                assertEquals(Math.min(values[p] + terms[p], HourRows.MAX) - min, HourRows.get(rows, HourRows.WORDS, p),
                        "hour " + p + " after subtracting");
            }
            for (int j = 0; j < HourRows.WORDS; j++) {
                assertEquals(other[j], rows[j], "the neighbouring row");
            }
        }
    }

    /** Mostly uniform in 0..max, often exactly 0, max or max − 1 (the edges where packing could go wrong). */
    private static int edgeOrUniform(SplittableRandom random, int max) {
        switch (random.nextInt(8)) {
            case 0:
                return 0;
            case 1:
                return max;
            case 2:
                return max - 1;
            default:
                return random.nextInt(max + 1);
        }
    }
}
