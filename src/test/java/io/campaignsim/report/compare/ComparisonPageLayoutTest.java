package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.ArmShares;
import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.Decision;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.ChartName;
import io.campaignsim.report.compare.charts.ArmAllocationChart;
import io.campaignsim.report.compare.charts.CumulativeObjectiveChart;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure of the compare page (issue #16 §4): what the first screen holds, in which order, and the sections. */
class ComparisonPageLayoutTest {

    private static final EnumSet<ChartName> ALL = EnumSet.allOf(ChartName.class);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** control, a, b over three replications: a beats b by 30 to 32 and b beats control by 20 every time. */
    private static Comparison clearWinner() {
        List<StrategyRun> runs = new ArrayList<>();
        double[] base = {100, 110, 120};
        double[] a = {30, 31, 32};
        for (int r = 0; r < 3; r++) {
            runs.add(CompareFixtures.run("control", "holdout", r, base[r], 10, base[r], 10));
            runs.add(CompareFixtures.run("b", "rules", r, base[r] + 20 + r % 2, 12, base[r], 10));
            runs.add(CompareFixtures.run("a", "rules", r, base[r] + 20 + a[r] + r, 14, base[r], 10));
        }
        return ComparisonAnalysis.analyze(runs, "profit", 0.95);
    }

    private static String page(Comparison c) {
        return ComparisonHtml.render(c, null, "name: x\n", List.of(), ALL);
    }

    @Test
    void theFirstScreenIsTheBannerThenTheOverviewTableWithItsUpliftChart() {
        String html = page(ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95));
        int nav = html.indexOf("<nav class=\"tabs\"");
        int banner = html.indexOf("<section id=\"decision\">");
        int overview = html.indexOf("<table class=\"compact sortable overview\" data-chart=\"uplift\">");
        int bar = html.indexOf("<td class=\"bar\"", overview);
        int segments = html.indexOf("id=\"segments\"", overview);
        int details = html.indexOf("<details class=\"section\"");
        assertTrue(nav > 0 && nav < banner, "the tabs, then the banner");
        assertTrue(banner < overview && overview < bar, "the banner, then the table with its chart column");
        assertTrue(overview < segments && segments < details, "the views one click away, then the collapsed details");
        assertTrue(html.contains("<div class=\"banner banner-inconclusive\" role=\"status\">"), html);
        assertTrue(html.contains("Inconclusive between ts and ab"));
        for (String col : List.of("profit uplift [95 % CI]", "relative [95 % CI]", "chance to beat holdout", "p (Holm)",
                "regret vs oracle")) {
            assertTrue(html.substring(overview, html.indexOf("</thead>", overview)).contains(col), col);
        }
        assertTrue(html.contains("data-first-screen=\"#decision .banner|table.overview\""), "what the browser check measures");
    }

    @Test
    void everyTabLeadsToASectionAndEmptySectionsHaveNoTab() {
        String html = page(ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95));
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        List<String> tabs = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(nav);
        while (m.find()) {
            tabs.add(m.group(1));
        }
        assertTrue(tabs.containsAll(List.of("overview", "segments", "pairwise", "figures", "scenario")), tabs.toString());
        assertFalse(tabs.contains("tests"), "no A/B test in this comparison, so no tab for it");
        assertFalse(tabs.contains("decision"), "the banner has no tab");
        tabs.forEach(t -> assertTrue(html.contains("id=\"" + t + "\""), t));
    }

    @Test
    void aClearWinnerGetsAWinnerBannerAndItsRowIsMarked() {
        Comparison c = clearWinner();
        assertEquals(Decision.Kind.WINNER, c.decision().kind(), c.decision().reason());
        String html = page(c);
        assertTrue(html.contains("<div class=\"banner banner-winner\""));
        assertTrue(html.contains("<p class=\"banner-title\">Winner: a</p>"));
        assertTrue(html.contains("<tr class=\"winner\"><td data-label=\"strategy\">1. a</td>"), html);
        assertTrue(DecisionText.headline(c).startsWith("Winner: a. a: profit +"), DecisionText.headline(c));
    }

    /** withExperiment's ab test reached 250 per arm for a 3.8-point difference on a 10 % baseline: power about 0.47. */
    @Test
    void anUnderpoweredTestSaysSoInTheBannerAndTheTestsSection() {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.withExperiment(), "profit", 0.95);
        assertEquals(Decision.Kind.UNDERPOWERED, c.decision().kind());
        String html = page(c);
        assertTrue(html.contains("<div class=\"banner banner-underpowered\""));
        assertTrue(html.contains("<p class=\"banner-power\">Underpowered test: ab 0."), html);
        assertTrue(html.contains("<section id=\"tests\">") && html.contains("(underpowered)"));
        assertTrue(DecisionText.headline(c).contains("Underpowered: ab ranks first on a test that lacked power"));
    }

    @Test
    void aSectionSlotsInWithOneLineAndUnclaimedChartsAreNotLost() {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
        PageSection extra = new PageSection() {
            @Override
            public String id() {
                return "extra";
            }

            @Override
            public String title() {
                return "Extra view";
            }

            @Override
            public Optional<String> body(PageContext page) {
                return Optional.of("<p>extra for " + page.comparison().best() + "</p>");
            }
        };
        List<PageSection> sections = new ArrayList<>(ComparisonPages.SECTIONS);
        sections.add(2, extra);
        List<PageContext.ChartFile> charts = List.of(new PageContext.ChartFile(ChartName.SEND_TIME_HEATMAP, "new.png",
                "a chart no section claims", 900, 500));
        String html = ComparisonHtml.render(c, null, null, charts, ALL, sections);
        assertTrue(html.contains("<a href=\"#extra\">Extra view</a>"));
        assertTrue(html.indexOf("<section id=\"extra\">") < html.indexOf("id=\"segments\""), "where it was put");
        assertTrue(html.contains("<p>extra for ts</p>"));
        int more = html.indexOf("<details class=\"section\" id=\"more\">");
        assertTrue(more > 0 && html.indexOf("src=\"new.png\"") > more, "an unclaimed chart lands in More charts");
    }

    @Test
    void aStrategyThatUsedOneArmAllTheTimeGetsNoAllocationChart() {
        ArmShares flat = new ArmShares(List.of("none", "ten_off"), new double[][] {{0, 1}, {Double.NaN, Double.NaN}, {0, 1}});
        ArmShares mixed = new ArmShares(List.of("none", "ten_off"), new double[][] {{0, 1}, {0.2, 0.8}});
        assertEquals(Optional.of(1), ArmAllocationChart.singleArm(flat));
        assertEquals(Optional.empty(), ArmAllocationChart.singleArm(mixed));
        assertEquals(Optional.empty(), ArmAllocationChart.singleArm(
                new ArmShares(List.of("a", "b"), new double[][] {{1, 0}, {0, 1}})), "switched arms: not flat");
    }

    @Test
    void manyStrategiesGetSmallMultiplesOfTheirCumulativeUpliftInsteadOfOneTangle() {
        List<StrategyRun> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            runs.add(CompareFixtures.run("control", "holdout", r, 100, 10, 100, 10));
            for (int s = 0; s < 5; s++) {
                runs.add(CompareFixtures.run("s" + s, "rules", r, 110 + s * 3 + r, 11, 100, 10));
            }
        }
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        List<ComparisonCharts.Named> panels = new CumulativeObjectiveChart().draw(c, ComparisonCharts.Options.DEFAULT);
        assertEquals(List.of("cumulative_objective_s4", "cumulative_objective_s3", "cumulative_objective_s2",
                "cumulative_objective_s1", "cumulative_objective_s0"), panels.stream().map(ComparisonCharts.Named::name).toList(),
                "one panel a strategy, best first, the holdout as the reference has none");
        assertTrue(panels.get(0).caption().contains("minus the holdout's"));
        String html = ComparisonHtml.render(c, null, null, panels.stream().map(n -> new PageContext.ChartFile(
                ChartName.CUMULATIVE_OBJECTIVE, n.name() + ".png", n.caption(), 420, 260)).toList(), ALL);
        assertTrue(html.contains("<div class=\"multiples\">\n<figure><img src=\"cumulative_objective_s4.png\""));
    }
}
