package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.HoldoutReading;
import io.campaignsim.compare.TestVsTruth;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.report.compare.ComparisonCharts;
import io.campaignsim.report.compare.ComparisonCsv;
import io.campaignsim.report.compare.ComparisonHtml;
import io.campaignsim.report.compare.PageContext;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.ComparisonJson;
import io.campaignsim.report.compare.ComparisonJsonReader;
import io.campaignsim.report.compare.ComparisonMarkdown;
import io.campaignsim.report.compare.TestVsTruthCsv;
import io.campaignsim.report.compare.charts.TestVsTruthChart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The holdout test against the truth in comparison.json/csv, holdout_test.csv, the chart and the page section. */
class HoldoutTestReportTest {

    private static Comparison comparison() {
        String groups = "persuadable: { share: 0.3, effect: 0.05 }\nsure_thing: { share: 0.2 }\n"
                + "lost_cause: { share: 0.4 }\nsleeping_dog: { share: 0.1, effect: -0.03 }";
        String strategies = "- { name: control, type: holdout }\n- { name: everyone, type: policy }";
        return ComparisonAnalysis.analyze(CompareFixtures.runs(CompareFixtures.scenario(800, 5, 4, groups, strategies), 2),
                "profit", 0.95);
    }

    @Test
    void coverageAndBiasCountTheReplicationsAndSurviveTheJsonRoundTrip() throws Exception {
        Comparison c = comparison();
        TestVsTruth t = c.strategy("everyone").orElseThrow().testVsTruth(CompareMetric.PROFIT);
        long covered = t.byReplication().stream().filter(HoldoutReading::covers).count();
        assertEquals(4, t.tests());
        assertEquals(covered / 4.0, t.coverage(), 1e-12);
        double bias = t.byReplication().stream().mapToDouble(HoldoutReading::error).average().orElseThrow();
        assertEquals(bias, t.bias().mean(), 1e-9);

        String json = ComparisonJson.render(c);
        JsonNode block = new ObjectMapper().readTree(json).get("strategies").get(0).get("holdout_test");
        assertEquals(0.1, block.get("holdout_share").asDouble());
        assertEquals(800, block.get("customers").asInt());
        JsonNode profit = block.get("metrics").get("profit");
        assertEquals(t.coverage(), profit.get("coverage").asDouble(), 1e-6);
        assertTrue(profit.get("first_replication").has("true_effect"));
        Comparison back = ComparisonJsonReader.parse(json, "comparison.json");
        assertEquals(json, ComparisonJson.render(back), "the block reads back to the same bytes");
        assertEquals(List.of(), back.strategy("everyone").orElseThrow().testVsTruth(CompareMetric.PROFIT).byReplication());
    }

    @Test
    void theCsvFilesCarryTheSummaryAndEveryReplication() {
        Comparison c = comparison();
        assertTrue(ComparisonCsv.header().containsAll(List.of("holdout_share", "holdout_test_profit",
                "holdout_test_profit_coverage", "holdout_test_profit_bias", "holdout_test_profit_bias_se")));
        String[] lines = TestVsTruthCsv.render(c).split("\n");
        assertEquals(String.join(",", TestVsTruthCsv.header()), lines[0].strip());
        assertEquals(1 + 2 * 4 * 3, lines.length, "2 strategies x 4 replications x 3 metrics");
    }

    @Test
    void thePageAndTheSummaryShowTheSectionWithItsChart() {
        Comparison c = comparison();
        List<ComparisonCharts.Named> charts = ComparisonCharts.build(c, ComparisonCharts.Options.DEFAULT);
        assertTrue(charts.stream().anyMatch(n -> n.name().equals(TestVsTruthChart.FILE)));
        List<PageContext.ChartFile> files = charts.stream().filter(n -> n.name().equals(TestVsTruthChart.FILE))
                .map(n -> new PageContext.ChartFile(ChartName.TEST_VS_TRUTH, n.name() + ".png", n.caption(), 900, 500))
                .toList();
        String html = ComparisonHtml.render(c, null, null, files, java.util.EnumSet.allOf(ChartName.class));
        assertTrue(html.contains("What a real test would have shown vs what was true"));
        assertEquals(1, html.split("src=\"test_vs_truth\\.png\"", -1).length - 1, "the chart is shown once, in the section");
        assertTrue(ComparisonMarkdown.render(c, null).contains("#### What a real test would have shown vs what was true"));
    }
}
