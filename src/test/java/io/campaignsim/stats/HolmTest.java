package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HolmTest {

    /**
     * Hand-computed: sorted 0.005, 0.01, 0.03, 0.04 with m = 4 give 4·0.005 = 0.02, 3·0.01 = 0.03,
     * 2·0.03 = 0.06, 1·0.04 = 0.04 → running max 0.06; the same as R's
     * {@code p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")} = 0.03 0.06 0.06 0.02.
     */
    @Test
    void adjustsStepDownWithARunningMaximumInTheGivenOrder() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
    }

    /** 3·0.2 = 0.6, 2·0.3 = 0.6, 1·0.9 = 0.9, then capped at 1: 3·0.5 = 1.5 → 1. */
    @Test
    void capsAtOneAndKeepsTies() {
        assertArrayEquals(new double[] {0.6, 0.6, 0.9}, Holm.adjust(new double[] {0.2, 0.3, 0.9}), 1e-15);
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.5, 0.7}), 1e-15);
        assertArrayEquals(new double[] {0.02, 0.02}, Holm.adjust(new double[] {0.01, 0.01}), 1e-15);
    }

    /** NaN is "no hypothesis": it stays NaN and m counts only the others (2·0.01, 1·0.04). */
    @Test
    void nanIsNotAHypothesis() {
        double[] a = Holm.adjust(new double[] {0.04, Double.NaN, 0.01});
        assertArrayEquals(new double[] {0.04, 0.02}, new double[] {a[0], a[2]}, 1e-15);
        assertTrue(Double.isNaN(a[1]));
    }

    @Test
    void rejectsValuesOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.1, 1.5}));
    }
}
