package io.campaignsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreErrorsTest {

    @Test
    void aucStandardErrorAtOneHalfIsTheMannWhitneyNullStandardDeviation() {
        // Under the null the Mann-Whitney U has variance n+ n- (n+ + n- + 1) / 12, so the AUC = U/(n+ n-)
        // has SE sqrt((n+ + n- + 1) / (12 n+ n-)); Hanley-McNeil's formula gives exactly this at A = 1/2.
        assertEquals(Math.sqrt(201.0 / (12 * 100 * 100)), ScoreErrors.aucStandardError(0.5, 100, 100), 1e-15);
        assertEquals(Math.sqrt(61.0 / (12 * 20 * 40)), ScoreErrors.aucStandardError(0.5, 20, 40), 1e-15);
    }

    @Test
    void aucStandardErrorMatchesHanleyMcNeil() {
        // Reference: eq. 2 of Hanley & McNeil (1982) evaluated in Python for A = 0.8, 30 positives, 70 negatives.
        assertEquals(0.0527347359996462, ScoreErrors.aucStandardError(0.8, 30, 70), 1e-14);
        assertTrue(Double.isNaN(ScoreErrors.aucStandardError(0.7, 0, 10)));
    }

    @Test
    void errors() {
        double[] p = {1, 2, 3};
        double[] t = {1, 4, 0};
        assertEquals(5.0 / 3, ScoreErrors.meanAbsolute(p, t), 1e-15);
        assertEquals(13.0 / 3, ScoreErrors.meanSquared(p, t), 1e-15);
        assertEquals(Math.sqrt(13.0 / 3), ScoreErrors.rootMeanSquared(p, t), 1e-15);
    }
}
