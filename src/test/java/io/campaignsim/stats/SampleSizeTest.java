package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleSizeTest {

    @Test
    void twoProportionsMatchesTheFormulaByHand() {
        // p1 = .05, p2 = .06, p̄ = .055: (1.959964·sqrt(2·.055·.945) + 0.841621·sqrt(.0475 + .0564))² / .01²
        double numerator = 1.959964 * Math.sqrt(2 * 0.055 * 0.945) + 0.841621 * Math.sqrt(0.05 * 0.95 + 0.06 * 0.94);
        long expected = (long) Math.ceil(numerator * numerator / 1e-4);
        assertEquals(expected, SampleSize.twoProportions(0.05, 0.01, 0.05, 0.8));
        assertEquals(expected, SampleSize.twoProportions(0.06, -0.01, 0.05, 0.8), "symmetric in direction");
    }

    @Test
    void powerInvertsTheSampleSize() {
        long n = SampleSize.twoProportions(0.10, 0.02, 0.05, 0.9);
        assertTrue(SampleSize.power(0.10, 0.02, 0.05, n) >= 0.9);
        assertTrue(SampleSize.power(0.10, 0.02, 0.05, n - 1) < 0.9 + 1e-4);
        assertEquals(0.9, SampleSize.power(0.10, 0.02, 0.05, n), 1e-3);
    }

    @Test
    void twoMeansMatchesTheTextbookValue() {
        // sd 1, effect 0.5 (Cohen's d = 0.5), α .05, power .8: 2·(1.96 + 0.8416)²/0.25 = 62.8 → 63
        assertEquals(63, SampleSize.twoMeans(1.0, 0.5, 0.05, 0.8));
    }

    @Test
    void rejectsImpossibleRates() {
        assertThrows(IllegalArgumentException.class, () -> SampleSize.twoProportions(0.95, 0.1, 0.05, 0.8));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.twoProportions(0.5, 0, 0.05, 0.8));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.power(0.5, 0.1, 0.05, 0));
    }
}
