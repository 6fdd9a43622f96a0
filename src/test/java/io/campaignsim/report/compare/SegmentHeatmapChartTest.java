package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.report.compare.charts.SegmentHeatmapChart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

/** The strategy x segment heatmap of compare and its block in comparison.json. */
class SegmentHeatmapChartTest {

    private static final double SIZE = CompareFixtures.CUSTOMERS - (CompareFixtures.DAYS - 1);

    private static Comparison standard() {
        return ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
    }

    @Test
    void strategiesByRankAgainstSegments() {
        HeatMapChart chart = SegmentHeatmapChart.chart(standard()).orElseThrow();
        HeatMapSeries s = chart.getHeatMapSeries();
        assertEquals(List.of("all"), s.getXData());
        // ranked: ts, ab, control, then the oracle; drawn bottom-up so the winner is on top
        assertEquals(List.of("oracle (oracle)", "control", "ab", "ts"), s.getYData());
        assertEquals(4, s.getHeatData().size());
        Number[] ts = null;
        for (Number[] c : s.getHeatData()) {
            ts = c[1].intValue() == 3 ? c : ts;
        }
        assertEquals(43 / SIZE, ts[2].doubleValue(), 1e-12);
        assertEquals(-s.getMin(), s.getMax(), "symmetric around zero");
        assertTrue(chart.getTitle().contains("True incremental profit per customer"));
        assertTrue(ComparisonCharts.build(standard(), ComparisonCharts.Options.DEFAULT).stream()
                .anyMatch(n -> n.name().equals(SegmentHeatmapChart.NAME)));
    }

    @Test
    void jsonRoundTripKeepsTheSegmentBlock() throws Exception {
        Comparison c = standard();
        String json = ComparisonJson.render(c);
        ObjectNode ab = (ObjectNode) new ObjectMapper().readTree(json).get("strategies").get(1);
        assertEquals("ab", ab.get("name").asText());
        assertEquals("all", ab.get("segments").get("names").get(0).asText());
        assertEquals(40 / SIZE, ab.get("segments").get("incremental_profit_per_customer").get(0).asDouble(), 1e-6);
        Comparison back = ComparisonJsonReader.parse(json, "comparison.json");
        assertEquals(c.segments().segments(), back.segments().segments());
        assertEquals(c.segments().of("ts").get(0), back.segments().of("ts").get(0), 1e-6, "6 decimals in the file");
        assertEquals(json, ComparisonJson.render(back));
    }

    @Test
    void olderFilesWithoutTheBlockStillLoadAndRenderTheSame() throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(ComparisonJson.render(standard()));
        root.get("strategies").forEach(s -> ((ObjectNode) s).remove("segments"));
        String old = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        Comparison back = ComparisonJsonReader.parse(old, "comparison.json");
        assertNull(back.segments());
        assertFalse(SegmentHeatmapChart.chart(back).isPresent());
        assertFalse(ComparisonJson.render(back).contains("\"segments\""));
        assertTrue(ComparisonCharts.build(back, ComparisonCharts.Options.DEFAULT).stream()
                .noneMatch(n -> n.name().equals(SegmentHeatmapChart.NAME)));
    }
}
