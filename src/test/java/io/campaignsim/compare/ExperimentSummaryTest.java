package io.campaignsim.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An A/B test's histories summarised over replications (issue #5); figures in CompareFixtures.withExperiment. */
class ExperimentSummaryTest {

    private static ExperimentSummary ab() {
        return ComparisonAnalysis.analyze(CompareFixtures.withExperiment(), "profit", 0.95).strategy("ab").orElseThrow()
                .experiment();
    }

    @Test
    void medianPValueByDayKeepsADecidedReplicationAtItsDecisionValue() {
        ExperimentSummary x = ab();
        assertEquals(3, x.days());
        assertEquals(0.4, x.medianPValue(0, 1), 1e-12);
        assertEquals(0.105, x.medianPValue(1, 1), 1e-12);
        assertEquals(0.025, x.medianPValue(2, 1), 1e-12, "replication 0 stays at 0.01 after deciding on day 1");
        assertEquals(1.0, x.medianPValue(2, 0), 0);
    }

    @Test
    void shareDecidedGrowsToOneAndTheReachedSizeIsTheMeanAtTheEnd() {
        ExperimentSummary x = ab();
        assertArrayEquals(new double[] {0, 0.5, 1}, x.decidedShare(), 0);
        assertEquals(250, x.reachedPerArm(), 1e-12);
        assertEquals(2, x.replications());
        assertEquals(0.05, x.alpha(), 0);
    }

    @Test
    void withoutAnMdeThePowerEffectIsThePooledObservedDifference() {
        ExperimentSummary x = ab();
        assertEquals(0.1, x.baselineRate(), 1e-12);
        assertEquals(0.038, x.bestDifference(), 1e-12);
        assertEquals(0.038, x.powerEffect(), 1e-12);
        ExperimentSummary withMde = new ExperimentSummary(x.arms(), x.alpha(), 0.02, 2, new double[0][2], new double[0],
                new double[] {1, 1}, 0.1, 0.038);
        assertEquals(0.02, withMde.powerEffect(), 0);
    }

    @Test
    void strategiesWithoutATraceHaveNoSummary() {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.withExperiment(), "profit", 0.95);
        assertNull(c.strategy("control").orElseThrow().experiment());
        assertTrue(c.strategy("ab").orElseThrow().experiment() != null);
        assertThrows(IllegalArgumentException.class, () -> ExperimentSummary.of(List.of()));
    }
}
