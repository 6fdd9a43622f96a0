package io.campaignsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The median/min/max helper behind every figure of {@code bench} (issue #8). */
class SamplesTest {

    @Test
    void oddCountTakesTheMiddleValueWhateverTheOrder() {
        Samples s = Samples.of(9.0, 1.0, 5.0);
        assertEquals(5.0, s.median());
        assertEquals(1.0, s.min());
        assertEquals(9.0, s.max());
        assertEquals(3, s.count());
    }

    @Test
    void evenCountAveragesTheTwoMiddleValues() {
        assertEquals(2.5, Samples.of(4.0, 1.0, 3.0, 2.0).median());
    }

    @Test
    void oneSlowRunDoesNotMoveTheMedian() {
        assertEquals(10.0, Samples.of(10.0, 10.0, 1_000.0).median());
    }

    @Test
    void singleValueIsItsOwnSummary() {
        Samples s = Samples.of(7.0);
        assertEquals(7.0, s.median());
        assertEquals(7.0, s.min());
        assertEquals(7.0, s.max());
    }

    @Test
    void doesNotReorderTheCallersArray() {
        double[] v = {3.0, 1.0, 2.0};
        Samples.of(v);
        assertEquals(3.0, v[0]);
    }

    @Test
    void rejectsEmptyAndNonFiniteInput() {
        assertThrows(IllegalArgumentException.class, Samples::of);
        assertThrows(IllegalArgumentException.class, () -> Samples.of(1.0, Double.NaN));
    }
}
