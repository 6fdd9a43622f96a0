package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.ExperimentSummary;
import io.campaignsim.compare.ModelSummary;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.UpliftCurves;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.UserInputException;
import io.campaignsim.stats.Calibration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** comparison.json read back for {@code report} (issue #5). */
class ComparisonJsonReaderTest {

    @TempDir
    Path tmp;

    private static Comparison standard() {
        return ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() {
        String json = ComparisonJson.render(standard());
        Comparison back = ComparisonJsonReader.parse(json, "comparison.json");
        assertEquals(json, ComparisonJson.render(back));
    }

    /** Fieller's unbounded set is written as unbounded (never as a number) and comes back unbounded. */
    @Test
    void anUnboundedRelativeUpliftStaysUnbounded() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(ComparisonJson.render(standard()));
        ObjectNode rel = (ObjectNode) root.get("strategies").get(0).get("uplift_vs_holdout").get("profit").get("relative");
        assertEquals("fieller", rel.get("interval").asText());
        rel.putNull("ci_low");
        rel.putNull("ci_high");
        rel.put("unbounded", true);
        Comparison back = ComparisonJsonReader.parse(mapper.writeValueAsString(root), "comparison.json");
        StrategySummary first = back.ranked().get(0);
        assertEquals(Double.NEGATIVE_INFINITY, first.uplift(CompareMetric.PROFIT).relative().ciLow());
        assertEquals(Double.POSITIVE_INFINITY, first.uplift(CompareMetric.PROFIT).relative().ciHigh());
        JsonNode again = mapper.readTree(ComparisonJson.render(back)).get("strategies").get(0)
                .get("uplift_vs_holdout").get("profit").get("relative");
        assertTrue(again.get("unbounded").asBoolean());
        assertTrue(again.get("ci_low").isNull() && again.get("ci_high").isNull());
        String row = ComparisonCsv.render(back).lines().skip(1).findFirst().orElseThrow();
        assertTrue(row.contains(",unbounded,unbounded,"), row);
        assertTrue(ComparisonTable.render(back, false).contains("[unbounded]"));
    }

    @Test
    void keepsTheFiguresTheChartsAndPagesUse() {
        Comparison c = standard();
        Comparison back = ComparisonJsonReader.parse(ComparisonJson.render(c), "comparison.json");
        assertEquals(c.winner(), back.winner());
        assertEquals(c.objective(), back.objective());
        assertEquals(c.ranked().stream().map(StrategySummary::name).toList(),
                back.ranked().stream().map(StrategySummary::name).toList());
        StrategySummary ts = back.strategy("ts").orElseThrow();
        assertEquals(c.strategy("ts").orElseThrow().uplift(CompareMetric.PROFIT).absolute().ciLow(),
                ts.uplift(CompareMetric.PROFIT).absolute().ciLow(), 1e-4, "rounded to 4 decimals in the file");
        assertTrue(Double.isNaN(ts.model().qini()), "null comes back as NaN");
        assertNull(back.strategy("control").orElseThrow().arms());
        assertEquals(2, back.strategy("ab").orElseThrow().arms().arms().size());
        assertTrue(Double.isNaN(back.strategy("ab").orElseThrow().arms().share(2, 0)), "no pulls that day");
        assertEquals(0, back.strategy("oracle").orElseThrow().rank());
    }

    @Test
    void keepsTheModelCurves() {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.withModelCurves(), "profit", 0.95);
        String json = ComparisonJson.render(c);
        Comparison back = ComparisonJsonReader.parse(json, "comparison.json");
        assertEquals(json, ComparisonJson.render(back));
        ModelSummary up = back.strategy("up").orElseThrow().model();
        UpliftCurves want = c.strategy("up").orElseThrow().model().upliftCurves();
        assertArrayEquals(want.fraction(), up.upliftCurves().fraction(), 0);
        assertArrayEquals(want.model().value(), up.upliftCurves().model().value(), 1e-6, "rounded to 6 decimals");
        assertArrayEquals(want.ideal().value(), up.upliftCurves().ideal().value(), 1e-6);
        assertArrayEquals(want.random().value(), up.upliftCurves().random().value(), 1e-6);
        assertNull(up.calibration());
        ModelSummary prop = back.strategy("prop").orElseThrow().model();
        Calibration want2 = c.strategy("prop").orElseThrow().model().calibration();
        assertEquals(want2.bins().size(), prop.calibration().bins().size());
        for (int b = 0; b < want2.bins().size(); b++) {
            assertEquals(want2.bins().get(b).meanPredicted(), prop.calibration().bins().get(b).meanPredicted(), 1e-6);
            assertEquals(want2.bins().get(b).meanTruth(), prop.calibration().bins().get(b).meanTruth(), 1e-6);
            assertEquals(want2.bins().get(b).count(), prop.calibration().bins().get(b).count());
        }
        assertEquals(want2.meanAbsoluteError(), prop.calibration().meanAbsoluteError(), 1e-6);
        assertNull(prop.upliftCurves());
    }

    @Test
    void aFileWrittenBeforeTheCurvesWereKeptStillLoads() throws Exception {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.withModelCurves(), "profit", 0.95);
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ComparisonJson.render(c));
        for (JsonNode s : root.get("strategies")) {
            if (s.get("model") instanceof ObjectNode m) {
                m.remove("uplift_curves");
                m.remove("calibration");
            }
        }
        Comparison back = ComparisonJsonReader.parse(root.toString(), "old.json");
        ModelSummary up = back.strategy("up").orElseThrow().model();
        assertNull(up.upliftCurves());
        assertEquals(0.5, up.qini(), 1e-6);
        assertNull(back.strategy("prop").orElseThrow().model().calibration());
        assertFalse(ComparisonJson.render(standard()).contains("uplift_curves"), "no curves, no key");
    }

    @Test
    void curvesOfDifferentLengthsAreAUserError() throws Exception {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.withModelCurves(), "profit", 0.95);
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ComparisonJson.render(c));
        for (JsonNode s : root.get("strategies")) {
            if (s.path("model").get("uplift_curves") instanceof ObjectNode curves) {
                ((ArrayNode) curves.get("ideal")).remove(0);
            }
        }
        assertThrows(UserInputException.class, () -> ComparisonJsonReader.parse(root.toString(), "bad.json"));
    }

    @Test
    void notJsonIsAUserErrorWithLineAndColumn() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> ComparisonJsonReader.parse("{\n  \"objective\": ", "x/comparison.json"));
        assertTrue(e.getMessage().startsWith("x/comparison.json:2:"), e.getMessage());
    }

    @Test
    void aMissingKeyIsAUserError() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> ComparisonJsonReader.parse("{\"objective\": \"profit\"}", "c.json"));
        assertTrue(e.getMessage().contains("missing key 'replications'"), e.getMessage());
    }

    @Test
    void aMissingFileIsAUserError() {
        assertThrows(UserInputException.class, () -> ComparisonJsonReader.read(tmp.resolve("comparison.json")));
    }

    @Test
    void keepsTheExperimentBlock() {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.withExperiment(), "profit", 0.95);
        String json = ComparisonJson.render(c);
        assertTrue(json.contains("\"experiment\""));
        Comparison back = ComparisonJsonReader.parse(json, "comparison.json");
        assertEquals(json, ComparisonJson.render(back));
        ExperimentSummary want = c.strategy("ab").orElseThrow().experiment();
        ExperimentSummary got = back.strategy("ab").orElseThrow().experiment();
        assertEquals(want.arms(), got.arms());
        assertEquals(want.days(), got.days());
        assertArrayEquals(want.decidedShare(), got.decidedShare(), 1e-6);
        for (int d = 0; d < want.days(); d++) {
            assertArrayEquals(want.medianPValue()[d], got.medianPValue()[d], 1e-6);
        }
        assertEquals(want.reachedPerArm(), got.reachedPerArm(), 1e-4);
        assertEquals(want.baselineRate(), got.baselineRate(), 1e-6);
        assertEquals(want.bestDifference(), got.bestDifference(), 1e-6);
        assertEquals(want.alpha(), got.alpha(), 1e-6);
        assertTrue(Double.isNaN(got.mde()), "no MDE stays undefined");
        assertNull(back.strategy("control").orElseThrow().experiment());
    }

    @Test
    void aFileWithoutTheExperimentBlockStillLoads() throws Exception {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.withExperiment(), "profit", 0.95);
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ComparisonJson.render(c));
        for (JsonNode s : root.get("strategies")) {
            ((ObjectNode) s).remove("experiment");
        }
        Comparison back = ComparisonJsonReader.parse(root.toString(), "old.json");
        assertNull(back.strategy("ab").orElseThrow().experiment());
        assertFalse(ComparisonJson.render(standard()).contains("\"experiment\""), "no test history, no key");
    }
}
