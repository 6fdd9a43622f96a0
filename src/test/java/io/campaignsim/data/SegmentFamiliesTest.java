package io.campaignsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentFamiliesTest {

    static Effect effect(String scope, String arm, double p) {
        return new Effect(scope, "visit", arm, "none", 100, 100, 0.2, 0.1, 0.1, 0.05, 0.15, 1, 0.5, 1.5, p, "z");
    }

    /**
     * Mail's segments a, b, c have p = 0.01, 0.04, 0.03: Holm by hand (as R's p.adjust(..., "holm")):
     * 3·0.01 = 0.03, 2·0.03 = 0.06, max(1·0.04, 0.06) = 0.06. SMS is its own family: its one defined
     * p-value stays, the undefined one stays undefined. Whole-log effects are families of one.
     */
    @Test
    void eachArmAndOutcomeIsAFamilyOverItsSegments() {
        List<Effect> effects = List.of(effect(ArmAnalysis.ALL, "Mail", 0.001), effect("city=a", "Mail", 0.01),
                effect("city=b", "Mail", 0.04), effect("city=c", "Mail", 0.03), effect("city=a", "SMS", 0.02),
                effect("city=b", "SMS", Double.NaN));
        List<SegmentFamilies.Adjusted> a = SegmentFamilies.adjust(effects);
        assertEquals(new SegmentFamilies.Adjusted(0.001, 1), a.get(0));
        assertEquals(0.03, a.get(1).pAdjusted(), 1e-15);
        assertEquals(0.06, a.get(2).pAdjusted(), 1e-15);
        assertEquals(0.06, a.get(3).pAdjusted(), 1e-15);
        assertEquals(3, a.get(1).family());
        assertEquals(new SegmentFamilies.Adjusted(0.02, 1), a.get(4));
        assertTrue(Double.isNaN(a.get(5).pAdjusted()));
    }
}
