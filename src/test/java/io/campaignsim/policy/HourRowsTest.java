package io.campaignsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed rows of {@link HourRows} against the same arithmetic done lane by lane: adding terms with
 * saturation at {@link HourRows#MAX}, then subtracting the minimum, on random rows that include lanes at
 * 0, at the maximum and next to it and terms up to {@link HourRows#MAX_TERM}, where carries and borrows
 * between lanes would show; and {@code get}/{@code set} on every lane.
 */
class HourRowsTest {

    private static final int H = SendTimeLearner.HOURS;

    @Test
    void packedArithmeticEqualsLaneByLaneArithmetic() {
        SplittableRandom random = new SplittableRandom(18);
        for (int trial = 0; trial < 20_000; trial++) {
            int[] values = new int[H];
            int[] terms = new int[H];
            long[] rows = new long[3 * HourRows.WORDS]; // rows before and after, which must not change
            long[] termRows = new long[HourRows.WORDS];
            for (int p = 0; p < H; p++) {
                values[p] = edgeOrUniform(random, HourRows.MAX);
                terms[p] = edgeOrUniform(random, HourRows.MAX_TERM);
                HourRows.set(rows, HourRows.WORDS, p, values[p]);
                termRows[p / HourRows.LANES] |= (long) terms[p] << (p % HourRows.LANES * HourRows.LANE_BITS);
                HourRows.set(rows, 0, p, (p * 7919 + trial) & HourRows.MAX);
                HourRows.set(rows, 2 * HourRows.WORDS, p, (p * 104729 + trial) & HourRows.MAX);
            }
            long[] before = rows.clone();
            HourRows.addAndRenormalise(rows, HourRows.WORDS, termRows, 0);
            int expectedMin = Integer.MAX_VALUE;
            for (int p = 0; p < H; p++) {
                expectedMin = Math.min(expectedMin, Math.min(values[p] + terms[p], HourRows.MAX));
            }
            for (int p = 0; p < H; p++) {
                assertEquals(Math.min(values[p] + terms[p], HourRows.MAX) - expectedMin, HourRows.get(rows, HourRows.WORDS, p),
                        "hour " + p + " after adding and renormalising");
            }
            for (int j = 0; j < HourRows.WORDS; j++) {
                assertEquals(before[j], rows[j], "the row before");
                assertEquals(before[2 * HourRows.WORDS + j], rows[2 * HourRows.WORDS + j], "the row after");
            }
        }
    }

    @Test
    void theLargestSumInEveryLaneAtOnceSaturatesWithoutCarrying() {
        long[] rows = new long[HourRows.WORDS];
        long[] termRows = new long[HourRows.WORDS];
        for (int p = 0; p < H; p++) {
            HourRows.set(rows, 0, p, p == 5 ? 0 : HourRows.MAX);
            // MAX_TERM has the lane's guard bit set: it cannot go through set's mask, so the word is built.
            termRows[p / HourRows.LANES] |= (long) (p == 5 ? 0 : HourRows.MAX_TERM) << (p % HourRows.LANES * HourRows.LANE_BITS);
        }
        HourRows.addAndRenormalise(rows, 0, termRows, 0);
        for (int p = 0; p < H; p++) {
            assertEquals(p == 5 ? 0 : HourRows.MAX, HourRows.get(rows, 0, p), "hour " + p);
        }
    }

    @Test
    void everyLaneIsSetAndReadOnItsOwn() {
        long[] rows = new long[HourRows.WORDS];
        for (int p = 0; p < H; p++) {
            HourRows.set(rows, 0, p, (p * 37 + 11) % (HourRows.MAX + 1));
        }
        HourRows.set(rows, 0, 9, HourRows.MAX);
        HourRows.set(rows, 0, 9, 3); // overwriting clears the old value
        for (int p = 0; p < H; p++) {
            assertEquals(p == 9 ? 3 : (p * 37 + 11) % (HourRows.MAX + 1), HourRows.get(rows, 0, p), "hour " + p);
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
