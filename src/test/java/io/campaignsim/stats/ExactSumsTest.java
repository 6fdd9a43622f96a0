package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumsTest {

    @Test
    void cancellationThatPlainAdditionLosesIsKept() {
        ExactSums s = new ExactSums(1);
        s.add(0, 1e16);
        s.add(0, 1.0);
        s.add(0, -1e16);
        assertEquals(0.0, 1e16 + 1.0 - 1e16, "plain addition loses the 1 (1e16 + 1 rounds to 1e16)");
        assertEquals(1.0, s.get(0));
    }

    @Test
    void tenTimesPointOneRoundsOnceToOne() {
        // The binary 0.1 is 0.1000000000000000055511151231257827...; ten of them sum to
        // 1.000000000000000055511151231257827..., whose nearest double is 1.0, while adding them one by
        // one in doubles ends at 0.9999999999999999.
        ExactSums s = new ExactSums(1);
        double plain = 0;
        for (int i = 0; i < 10; i++) {
            s.add(0, 0.1);
            plain += 0.1;
        }
        assertEquals(0.9999999999999999, plain);
        assertEquals(1.0, s.get(0));
    }

    @Test
    void anyGroupingAndOrderGivesTheSameBits() {
        Random r = new Random(7);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            values.add((r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(12) - 4));
        }
        ExactSums inOrder = new ExactSums(1);
        double plainInOrder = 0;
        for (double v : values) {
            inOrder.add(0, v);
            plainInOrder += v;
        }
        Collections.shuffle(values, r);
        double plainShuffled = 0;
        ExactSums[] parts = {new ExactSums(1), new ExactSums(1), new ExactSums(1)};
        for (int i = 0; i < values.size(); i++) {
            parts[i % 3].add(0, values.get(i));
            plainShuffled += values.get(i);
        }
        assertNotEquals(plainInOrder, plainShuffled, "the plain sums differ with the order (else the test shows nothing)");
        ExactSums merged = new ExactSums(1);
        merged.add(parts[2]);
        merged.add(parts[0]);
        merged.add(parts[1]);
        assertEquals(Double.doubleToRawLongBits(inOrder.get(0)), Double.doubleToRawLongBits(merged.get(0)));
        assertTrue(Math.abs(inOrder.get(0) - plainInOrder) <= 1e-6 * Math.abs(inOrder.get(0)));
    }

    @Test
    void nonFiniteValuesFollowIeeeRulesWhateverTheOrder() {
        ExactSums s = new ExactSums(3);
        s.add(0, Double.POSITIVE_INFINITY);
        s.add(0, 5.0);
        s.add(1, Double.POSITIVE_INFINITY);
        s.add(1, Double.NEGATIVE_INFINITY);
        s.add(2, Double.NaN);
        assertEquals(Double.POSITIVE_INFINITY, s.get(0));
        assertTrue(Double.isNaN(s.get(1)));
        assertTrue(Double.isNaN(s.get(2)));
    }

    @Test
    void vectorsAddSlotBySlot() {
        ExactSums a = new ExactSums(3);
        a.add(0, new double[] {1, 2, 3});
        ExactSums b = new ExactSums(3);
        b.add(1, new double[] {10, 20});
        a.add(b);
        assertEquals(List.of(1.0, 12.0, 23.0), List.of(a.get(0), a.get(1), a.get(2)));
        assertEquals(0.0, new ExactSums(1).get(0), "an empty sum is 0");
    }

    @Test
    void everySumIsTheCorrectlyRoundedExactSumOfItsValues() {
        // The oracle is BigDecimal: exact sums, and doubleValue() rounds once to the nearest double
        // (ties to even). Values span 60 binary orders of magnitude with both signs, so sums cancel,
        // keep tails far below an ulp of the total, and land on ties; merging in parts must agree too.
        Random r = new Random(11);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + r.nextInt(trial % 10 == 0 ? 400 : 12);
            ExactSums s = new ExactSums(1);
            ExactSums[] parts = {new ExactSums(1), new ExactSums(1)};
            BigDecimal exact = BigDecimal.ZERO;
            for (int k = 0; k < n; k++) {
                double v = (r.nextBoolean() ? 1 : -1) * Math.scalb((double) (1 + r.nextInt(1 << 20)), r.nextInt(60) - 30);
                if (r.nextInt(4) == 0) {
                    v = r.nextGaussian() * Math.pow(10, r.nextInt(20) - 10);
                }
                s.add(0, v);
                parts[k % 2].add(0, v);
                exact = exact.add(new BigDecimal(v));
            }
            double expected = exact.doubleValue();
            assertEquals(Double.doubleToRawLongBits(expected == 0 ? 0.0 : expected), Double.doubleToRawLongBits(s.get(0)), "trial " + trial);
            ExactSums merged = new ExactSums(1);
            merged.add(parts[1]);
            merged.add(parts[0]);
            assertEquals(Double.doubleToRawLongBits(s.get(0)), Double.doubleToRawLongBits(merged.get(0)), "merged, trial " + trial);
        }
    }

    @Test
    void tiesRoundToEvenUnlessATailBreaksThem() {
        double halfUlp = Math.scalb(1.0, -53); // half an ulp of 1.0
        ExactSums tie = new ExactSums(1);
        tie.add(0, 1.0);
        tie.add(0, halfUlp);
        assertEquals(1.0, tie.get(0), "1 + half an ulp is a tie: to even, 1");
        ExactSums above = new ExactSums(1);
        above.add(0, 1.0);
        above.add(0, halfUlp);
        above.add(0, Math.scalb(1.0, -120));
        assertEquals(Math.nextUp(1.0), above.get(0), "a tiny tail above the tie rounds up");
        ExactSums below = new ExactSums(1);
        below.add(0, 1.0);
        below.add(0, halfUlp);
        below.add(0, -Math.scalb(1.0, -120));
        assertEquals(1.0, below.get(0), "a tiny tail below the tie rounds down");
        ExactSums cancelled = new ExactSums(1);
        cancelled.add(0, 0.1);
        cancelled.add(0, -0.1);
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(cancelled.get(0)), "x - x is +0.0");
    }

    @Test
    void aSumBeyondTheLargestDoubleStaysExact() {
        // MAX + MAX overflows a double; the sum moves to a BigDecimal and -MAX brings it back.
        ExactSums s = new ExactSums(2);
        s.add(0, 0.5);
        s.add(0, Double.MAX_VALUE);
        s.add(0, Double.MAX_VALUE);
        s.add(0, -Double.MAX_VALUE);
        s.add(0, -Double.MAX_VALUE);
        assertEquals(0.5, s.get(0));
        s.add(1, Double.MAX_VALUE);
        s.add(1, Double.MAX_VALUE);
        assertEquals(Double.POSITIVE_INFINITY, s.get(1), "a finite exact sum beyond the range rounds to infinity");
        ExactSums other = new ExactSums(2);
        other.add(1, -Double.MAX_VALUE);
        other.add(1, 3.0);
        s.add(other);
        ExactSums reverse = new ExactSums(2);
        reverse.add(other);
        ExactSums big = new ExactSums(2);
        big.add(1, Double.MAX_VALUE);
        big.add(1, Double.MAX_VALUE);
        reverse.add(big);
        assertEquals(Double.MAX_VALUE, s.get(1), "MAX + MAX - MAX + 3 rounds to MAX");
        assertEquals(Double.MAX_VALUE, reverse.get(1), "merged the other way round, too");
    }
}
