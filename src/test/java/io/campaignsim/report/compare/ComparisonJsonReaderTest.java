package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.cli.UserInputException;
import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.CompareMetric;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.StrategySummary;
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
}
