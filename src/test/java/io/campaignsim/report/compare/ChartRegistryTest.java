package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.charts.CompareChart;
import io.campaignsim.report.sim.SimulationCharts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chart registries against the shared vocabulary of {@code report.charts} (issue #14). */
class ChartRegistryTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void everyNameIsDrawnBySimulateOrCompareAndNoOtherNameIsDrawn() {
        List<ChartName> compare = ComparisonCharts.names();
        assertEquals(compare.size(), new HashSet<>(compare).size(), "each compare chart once: " + compare);
        Set<ChartName> drawn = EnumSet.copyOf(compare);
        for (String key : SimulationCharts.builders().keySet()) {
            drawn.add(ChartName.of(key).orElseThrow(() -> new AssertionError("simulate draws '" + key
                    + "', which report.charts does not know")));
        }
        assertEquals(EnumSet.allOf(ChartName.class), drawn, "a name in report.charts that no command draws");
    }

    @Test
    void everyChartSaysWhatItShowsAndNeeds() {
        for (CompareChart chart : ComparisonCharts.REGISTRY) {
            assertFalse(chart.title().isBlank(), chart.name().key());
            assertFalse(chart.needs().isBlank(), chart.name().key());
        }
    }

    @Test
    void aSectionIsOneWholeChartOrOnlyPerStrategyCharts() {
        for (List<CompareChart> section : ComparisonCharts.SECTIONS) {
            assertTrue(section.size() == 1 && section.get(0) instanceof CompareChart.Whole
                    || section.stream().allMatch(c -> c instanceof CompareChart.PerStrategy), section.toString());
        }
    }

    @Test
    void theScenarioReferenceListsEveryNameOnce() throws IOException {
        String docs = Files.readString(Path.of("docs/scenario.md"), StandardCharsets.UTF_8);
        String section = docs.substring(docs.indexOf("## report"), docs.indexOf("## Errors"));
        for (String key : ChartName.keys()) {
            assertTrue(section.contains("| `" + key + "` |"), "docs/scenario.md has no row for report.charts '" + key + "'");
        }
    }

    @Test
    void onlyTheWantedChartsAreDrawnInPageOrder() {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
        List<String> all = names(ComparisonCharts.build(c, ComparisonCharts.Options.DEFAULT));
        List<String> some = names(ComparisonCharts.build(c, List.of(ChartName.SEGMENT_HEATMAP, ChartName.UPLIFT),
                ComparisonCharts.Options.DEFAULT));
        assertEquals(List.of("uplift_profit", "uplift_conversions", "segments_heatmap"), some);
        assertEquals(all.stream().filter(some::contains).toList(), some, "a subset keeps the page order");
        assertEquals(List.of(), ComparisonCharts.build(c, List.of(ChartName.CONVERSIONS, ChartName.PROFIT),
                ComparisonCharts.Options.DEFAULT), "simulate's charts are not compare's");
    }

    @Test
    void perStrategyChartsOfASectionAreDrawnStrategyByStrategy() {
        List<StrategyRun> runs = new ArrayList<>();
        for (StrategyRun r : CompareFixtures.withExperiment()) {
            runs.add(r);
            if (r.strategy().equals("ab")) {
                runs.add(new StrategyRun("ab2", r.type(), r.replication(), r.result(), r.clv(), r.arms(),
                        r.armPullsByDay(), r.model(), r.experiment()));
            }
        }
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        List<String> ab = names(ComparisonCharts.build(c, List.of(ChartName.AB_PVALUE, ChartName.POWER),
                ComparisonCharts.Options.DEFAULT));
        List<String> tests = c.ranked().stream().map(s -> s.name()).filter(n -> n.startsWith("ab")).toList();
        assertEquals(List.of("ab_pvalue_" + tests.get(0), "ab_power_" + tests.get(0), "ab_pvalue_" + tests.get(1),
                "ab_power_" + tests.get(1)), ab);
        assertEquals(List.of("ab_power_" + tests.get(0), "ab_power_" + tests.get(1)),
                names(ComparisonCharts.build(c, List.of(ChartName.POWER), ComparisonCharts.Options.DEFAULT)));
    }

    private static List<String> names(List<ComparisonCharts.Named> charts) {
        return charts.stream().map(ComparisonCharts.Named::name).toList();
    }
}
