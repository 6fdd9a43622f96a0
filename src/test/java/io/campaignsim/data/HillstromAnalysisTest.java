package io.campaignsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.app.AnalyzeJob;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Hillstrom MineThatData e-mail experiment (issue #7): the published arm rates and a
 * positive, significant Womens E-Mail conversion effect. Figures recorded in docs/real-data.md.
 */
class HillstromAnalysisTest {

    private static AnalyzeResult result;

    @BeforeAll
    static void analyze() throws Exception {
        result = new AnalyzeJob().analyze(new AnalyzeJob.Request(SharedDatasets.require(SharedDatasets.HILLSTROM),
                "segment", "No E-Mail", List.of("visit", "conversion", "spend"), "history_segment", null, null, 5, 42));
    }

    private static ArmStat arm(String outcome, String arm) {
        return result.armStats().stream().filter(a -> a.scope().equals("all") && a.outcome().equals(outcome)
                && a.arm().equals(arm)).findFirst().orElseThrow();
    }

    private static Effect effect(String outcome, String arm) {
        return result.effects().stream().filter(e -> e.scope().equals("all") && e.outcome().equals(outcome)
                && e.arm().equals(arm)).findFirst().orElseThrow();
    }

    @Test
    void armRatesMatchThePublishedFigures() {
        assertEquals(64_000, result.rows());
        assertEquals(21_306, arm("visit", "No E-Mail").n());
        // Published: visit 10.6 / 18.3 / 15.1 %, conversion 0.57 / 1.25 / 0.88 %; rounding is ±0.05 resp. ±0.005 points.
        assertEquals(0.106, arm("visit", "No E-Mail").value(), 0.0005);
        assertEquals(0.183, arm("visit", "Mens E-Mail").value(), 0.0005);
        assertEquals(0.151, arm("visit", "Womens E-Mail").value(), 0.0005);
        assertEquals(0.0057, arm("conversion", "No E-Mail").value(), 0.00005);
        assertEquals(0.0125, arm("conversion", "Mens E-Mail").value(), 0.00005);
        assertEquals(0.0088, arm("conversion", "Womens E-Mail").value(), 0.00005);
    }

    @Test
    void womensEmailRaisesConversionSignificantly() {
        Effect e = effect("conversion", "Womens E-Mail");
        assertTrue(e.effect() > 0 && e.ciLow() > 0, e.toString());
        assertTrue(e.pValue() < 0.01, e.toString());
        assertEquals((1 + 7) * 2, result.effects().stream().filter(x -> x.outcome().equals("conversion")).count(),
                "overall and each of the 7 history segments, for 2 arms");
    }

    @Test
    void spendIsFlaggedHeavyTailedAndModelsAreScoredOutOfFold() {
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("spend is heavy-tailed")), result.notes().toString());
        assertEquals(List.of("recency", "history", "mens", "womens", "zip_code=Surburban", "zip_code=Urban", "newbie",
                "channel=Phone", "channel=Web"), result.features());
        assertEquals(2 * 2 * 2, result.uplift().size(), "2 models x 2 arms x 2 binary outcomes");
        UpliftResult womensVisit = result.uplift().stream().filter(u -> u.outcome().equals("visit")
                && u.arm().equals("Womens E-Mail") && u.model().equals(UpliftAnalysis.T_LEARNER)).findFirst().orElseThrow();
        assertTrue(womensVisit.qini() > 0, "the models rank Womens E-Mail visitors better than random: " + womensVisit);
    }
}
