package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.core.ChartName;
import io.campaignsim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index.html, summary.md and charts rendered from saved results (issue #5). */
class ComparisonPagesTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static Comparison standard() {
        return ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
    }

    /** A results folder as compare leaves it, with run facts and a scenario that need escaping. */
    private Path results(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        ComparisonReport.write(standard(), dir);
        new RunFacts("shop <b>", "win back & keep", 42, 1000, "9.9", 12.34).write(dir);
        Files.writeString(dir.resolve(ComparisonPages.SCENARIO_FILE), "name: shop\n# <script>alert(1)</script>\n");
        return dir;
    }

    private static List<Path> render(Path dir) throws IOException {
        return ComparisonPages.render(dir, dir, ComparisonPages.Format.DEFAULT, ComparisonCharts.Options.DEFAULT);
    }

    @Test
    void writesChartsThenPageThenSummary() throws IOException {
        Path dir = results("r");
        List<String> names = render(dir).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("uplift_profit.png", "uplift_conversions.png", "cumulative_objective.png", "regret.png",
                "profit_vs_clv.png", "active_customers.png", "arms_ab.png", "model_quality.png", "segments_heatmap.png",
                "index.html", "summary.md"), names);
    }

    @Test
    void thePageReferencesOnlyFilesThatExist() throws IOException {
        Path dir = results("r");
        render(dir);
        String html = Files.readString(dir.resolve(ComparisonHtml.FILE));
        List<String> refs = attributes(html, "(?:src|href)");
        List<String> anchors = refs.stream().filter(r -> r.startsWith("#")).toList();
        refs = refs.stream().filter(r -> !r.startsWith("#")).toList();
        assertEquals(9, refs.size(), "one image per chart: " + refs);
        for (String a : anchors) {
            assertTrue(html.contains("id=\"" + a.substring(1) + "\""), "the tab " + a + " leads to a section");
        }
        for (String ref : refs) {
            assertFalse(ref.contains("://") || ref.startsWith("/"), "relative links only: " + ref);
            Path f = dir.resolve(ref);
            assertTrue(Files.isRegularFile(f) && Files.size(f) > 0, "missing " + ref);
        }
    }

    @Test
    void thePageEscapesWhatTheUserWroteAndHasEverythingInline() throws IOException {
        Path dir = results("r");
        render(dir);
        String html = Files.readString(dir.resolve(ComparisonHtml.FILE));
        assertTrue(html.contains("shop &lt;b&gt;"));
        assertTrue(html.contains("win back &amp; keep"));
        assertTrue(html.contains("run time 12.3 s"), "the page says how long the run took");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("<script src"), "no external script");
        assertTrue(html.contains(PageContext.esc(DecisionText.title(standard(), DecisionBannerSection.NAMES))));
        assertTrue(html.contains(PageContext.esc(standard().decision().reason())));
        assertTrue(html.contains("<details class=\"section\" id=\"scenario\">"), "scenario in a collapsed block");
        assertTrue(html.contains("<tr class=\"contender\">"), "ts and ab are contenders, no winner");
        assertFalse(html.contains("<tr class=\"winner\">"));
        assertTrue(html.contains("seed 42") && html.contains("campaignsim 9.9"), "run facts in the footer");
    }

    @Test
    void everyTableRowHasOneCellPerHeaderAndNumericSortKeys() throws IOException {
        Path dir = results("r");
        render(dir);
        String html = Files.readString(dir.resolve(ComparisonHtml.FILE));
        String table = html.substring(html.indexOf("<table"), html.indexOf("</table>"));
        int headers = count(table, "<th ");
        String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        String[] rows = body.split("<tr");
        assertEquals(4 + 1, rows.length, "4 strategies");
        for (int r = 1; r < rows.length; r++) {
            assertEquals(headers, count(rows[r], "<td"), rows[r]);
        }
        for (String v : attributes(table, "data-v")) {
            assertTrue(v.equals("NaN") || v.matches("-?[0-9]+(\\.[0-9]+)?"), "sort key " + v);
        }
    }

    @Test
    void theMarkdownTableParses() throws IOException {
        Path dir = results("r");
        render(dir);
        List<String> lines = Files.readAllLines(dir.resolve(ComparisonMarkdown.FILE));
        List<String> table = lines.stream().filter(l -> l.startsWith("|")).toList();
        assertEquals(2 + 4, table.size(), "header, separator, 4 strategies");
        int cells = cells(table.get(0)).size();
        assertTrue(cells >= 6);
        assertTrue(cells(table.get(1)).stream().allMatch(c -> c.matches(":?-{3,}:?")), table.get(1));
        for (String row : table) {
            assertEquals(cells, cells(row).size(), row);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(ComparisonTable.headline(standard()))));
    }

    @Test
    void aPipeInANameDoesNotBreakTheMarkdownTable() {
        var runs = new ArrayList<io.campaignsim.compare.StrategyRun>();
        for (int r = 0; r < 2; r++) {
            runs.add(CompareFixtures.run("control", "holdout", r, 100 + r, 10, 100 + r, 10));
            runs.add(CompareFixtures.run("a|b", "rules", r, 120 + r, 12, 100 + r, 10));
        }
        String md = ComparisonMarkdown.render(ComparisonAnalysis.analyze(runs, "profit", 0.95), null);
        List<String> table = md.lines().filter(l -> l.startsWith("|")).toList();
        int cells = cells(table.get(0)).size();
        table.forEach(row -> assertEquals(cells, cells(row).size(), row));
    }

    @Test
    void renderingAgainGivesIdenticalBytes() throws IOException {
        Path dir = results("r");
        List<Path> first = render(dir);
        List<byte[]> before = new ArrayList<>();
        for (Path f : first) {
            before.add(Files.readAllBytes(f));
        }
        Path other = results("other");
        List<Path> second = render(other);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(before.get(i), Files.readAllBytes(second.get(i)), second.get(i).getFileName().toString());
        }
    }

    @Test
    void modelCurveChartsAreOnThePageAndRenderAgainToIdenticalBytes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("curves"));
        ComparisonReport.write(ComparisonAnalysis.analyze(CompareFixtures.withModelCurves(), "profit", 0.95), dir);
        List<Path> files = render(dir);
        assertTrue(files.contains(dir.resolve("qini_up.png")), files.toString());
        assertTrue(files.contains(dir.resolve("calibration_prop.png")), files.toString());
        String page = Files.readString(dir.resolve(ComparisonHtml.FILE), StandardCharsets.UTF_8);
        assertTrue(page.contains("src=\"qini_up.png\"") && page.contains("src=\"calibration_prop.png\""));
        List<byte[]> before = new ArrayList<>();
        for (Path f : files) {
            before.add(Files.readAllBytes(f));
        }
        assertEquals(files, render(dir));
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(before.get(i), Files.readAllBytes(files.get(i)), files.get(i).getFileName().toString());
        }
    }

    @Test
    void theScenariosReportChartsChooseTheChartsInPageOrder() throws IOException {
        Path dir = results("chosen");
        Files.writeString(dir.resolve(ComparisonPages.SCENARIO_FILE),
                "name: shop\nreport:\n  charts: [segment_heatmap, regret, conversions, arm_allocation]\n");
        List<String> names = render(dir).stream().map(p -> p.getFileName().toString()).toList();
        // conversions is a simulate chart: compare ignores it; the order is the page's, not the list's
        assertEquals(List.of("regret.png", "arms_ab.png", "segments_heatmap.png", "index.html", "summary.md"), names);
        String page = Files.readString(dir.resolve(ComparisonHtml.FILE), StandardCharsets.UTF_8);
        // on the page the per-segment view comes first (one click away), the details after
        assertEquals(List.of("segments_heatmap.png", "regret.png", "arms_ab.png"), images(page));
        String summary = Files.readString(dir.resolve(ComparisonMarkdown.FILE), StandardCharsets.UTF_8);
        assertFalse(summary.contains(".png"), "summary.md has the table, not charts");
    }

    @Test
    void theSameListGivesTheSameBytesAsTheFullReportForThoseCharts() throws IOException {
        Path all = results("all");
        render(all);
        Path some = results("some");
        Files.writeString(some.resolve(ComparisonPages.SCENARIO_FILE), "name: shop\nreport:\n  charts: [uplift, regret]\n");
        for (Path f : render(some)) {
            String name = f.getFileName().toString();
            if (name.endsWith(".png")) {
                assertArrayEquals(Files.readAllBytes(all.resolve(name)), Files.readAllBytes(f), name);
            }
        }
    }

    @Test
    void anEmptyListDrawsNoChartAndThePageSaysNothingAboutCharts() throws IOException {
        Path dir = results("none");
        Files.writeString(dir.resolve(ComparisonPages.SCENARIO_FILE), "name: shop\nreport:\n  charts: []\n");
        List<String> names = render(dir).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("index.html", "summary.md"), names);
        assertFalse(Files.readString(dir.resolve(ComparisonHtml.FILE), StandardCharsets.UTF_8).contains("<h2>Charts"));
    }

    @Test
    void anUnknownChartInTheSavedScenarioIsReportedWhereItIsWritten() throws IOException {
        Path dir = results("typo");
        Path yaml = dir.resolve(ComparisonPages.SCENARIO_FILE);
        Files.writeString(yaml, "name: shop\nreport:\n  charts: [uplift, regert]\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> render(dir));
        assertEquals(List.of(yaml + ":3:20: report.charts names 'regert' (did you mean 'regret'?); expected chart "
                + "names from " + String.join(", ", ChartName.keys())), e.lines());
        assertFalse(Files.exists(dir.resolve(ComparisonHtml.FILE)), "nothing rendered");
    }

    private static List<String> images(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void withoutModelCurvesThePageHasNoCurveCharts() throws IOException {
        Path dir = results("r");
        render(dir);
        String page = Files.readString(dir.resolve(ComparisonHtml.FILE), StandardCharsets.UTF_8);
        assertFalse(page.contains("qini_") || page.contains("calibration_"), "ts reports figures only");
    }

    @Test
    void svgOnlyWritesNoPage() throws IOException {
        Path dir = results("r");
        List<Path> files = ComparisonPages.render(dir, dir, EnumSet.of(ComparisonPages.Format.SVG),
                ComparisonCharts.Options.DEFAULT);
        assertTrue(files.stream().allMatch(f -> f.toString().endsWith(".svg")), files.toString());
        assertFalse(Files.exists(dir.resolve(ComparisonHtml.FILE)));
    }

    @Test
    void withoutRunFactsOrScenarioThePageStillRenders() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bare"));
        ComparisonReport.write(standard(), dir);
        render(dir);
        String html = Files.readString(dir.resolve(ComparisonHtml.FILE), StandardCharsets.UTF_8);
        assertFalse(html.contains("<details>"));
        assertTrue(html.contains("<h1>campaignsim compare</h1>"));
    }

    private static List<String> attributes(String html, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    // Cells of a GFM table row: split on pipes that are not escaped.
    private static List<String> cells(String row) {
        String inner = row.trim();
        assertTrue(inner.startsWith("|") && inner.endsWith("|"), row);
        inner = inner.substring(1, inner.length() - 1);
        return List.of(inner.split("(?<!\\\\)\\|", -1)).stream().map(String::trim).toList();
    }

    @Test
    void abTestChartsAreOnThePageAndRenderAgainToIdenticalBytes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ab"));
        ComparisonReport.write(ComparisonAnalysis.analyze(CompareFixtures.withExperiment(), "profit", 0.95), dir);
        List<Path> files = render(dir);
        assertTrue(files.contains(dir.resolve("ab_pvalue_ab.png")), files.toString());
        assertTrue(files.contains(dir.resolve("ab_power_ab.png")), files.toString());
        String page = Files.readString(dir.resolve(ComparisonHtml.FILE), StandardCharsets.UTF_8);
        assertTrue(page.contains("src=\"ab_pvalue_ab.png\"") && page.contains("src=\"ab_power_ab.png\""));
        List<byte[]> before = new ArrayList<>();
        for (Path f : files) {
            before.add(Files.readAllBytes(f));
        }
        assertEquals(files, render(dir));
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(before.get(i), Files.readAllBytes(files.get(i)), files.get(i).getFileName().toString());
        }
    }
}
