package io.campaignsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentIncrementalsTest {

    // CompareFixtures: one segment "all"; the twin ends with ACTIVE = 100 - 2 = 98 and no churn, so 98 customers
    private static final double SIZE = CompareFixtures.CUSTOMERS - (CompareFixtures.DAYS - 1);

    @Test
    void meanTrueIncrementalProfitPerCustomerOverReplications() {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
        SegmentIncrementals s = c.segments();
        assertEquals(List.of("all"), s.segments());
        assertEquals(List.of("control", "ab", "ts", "oracle"), List.copyOf(s.perCustomer().keySet()));
        // ab 150 against twins {100, 110, 120}: mean incremental 40; ts {151, 152, 156}: 43
        assertEquals(40 / SIZE, s.of("ab").get(0), 1e-12);
        assertEquals(43 / SIZE, s.of("ts").get(0), 1e-12);
        assertEquals(0.0, s.of("control").get(0), "the holdout is its own twin");
        assertEquals(100 / SIZE, s.of("oracle").get(0), 1e-12);
        assertEquals(List.of(), s.of("unknown"));
    }

    @Test
    void copiesAndChecksItsLists() {
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentIncrementals(List.of("a", "b"), Map.of("x", List.of(1.0))));
        SegmentIncrementals s = new SegmentIncrementals(List.of("a"), Map.of("x", List.of(Double.NaN)));
        assertTrue(Double.isNaN(s.of("x").get(0)));
        assertThrows(UnsupportedOperationException.class, () -> s.of("x").set(0, 1.0));
    }
}
