package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationHtmlTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    @Test
    void referencesOnlyFilesInTheFolder(@TempDir Path dir) throws Exception {
        List<Path> written = SimulationReport.write(ReportFixtures.result(), ReportFixtures.scenario(),
                ReportFixtures.SCENARIO_YAML, dir.resolve("out"));
        String html = Files.readString(dir.resolve("out").resolve("index.html"));
        List<String> refs = new ArrayList<>();
        Matcher m = REFERENCE.matcher(html);
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertEquals(List.of("conversions.png", "profit.png", "contacts_by_channel.png", "send_time.png", "segments.png"),
                refs);
        for (String ref : refs) {
            assertTrue(written.contains(dir.resolve("out").resolve(ref)), ref);
        }
        assertFalse(html.contains("http://") || html.contains("https://"), "no network references");
    }

    @Test
    void escapesTheScenarioTextAndDescription() {
        String html = SimulationHtml.render(ReportFixtures.result(), ReportFixtures.scenario(),
                ReportFixtures.SCENARIO_YAML + "# </pre><script>alert(1)</script>\n", List.of());
        assertTrue(html.contains("<details>"));
        assertTrue(html.contains("days_since_purchase &gt; 30 and segment == \\&quot;lapsing\\&quot;"), html);
        assertTrue(html.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("A &lt;b&gt;tiny&lt;/b&gt; test &amp; more"));
        assertFalse(html.contains("<img"), "no charts, no img");
    }

    @Test
    void showsHeadlineKpisSegmentsAndRunFacts() {
        String html = SimulationHtml.render(ReportFixtures.result(), ReportFixtures.scenario(),
                ReportFixtures.SCENARIO_YAML, List.of("profit.png"));
        assertTrue(html.contains("The policy made +111.00 incremental profit (+3 conversions) over doing nothing, "
                + "on 100 customers over 3 days."), html);
        assertTrue(html.contains("<td>profit</td><td class=\"n\">351.00</td><td class=\"n\">240.00</td>"
                + "<td class=\"n good\">+111.00</td>"), html);
        assertTrue(html.contains("<td>contact cost</td>") && html.contains("<td class=\"n bad\">+3.00</td>"));
        assertTrue(html.contains("<td>lapsing</td>"));
        assertTrue(html.contains("Seed 7") && html.contains("1.2 s"));
    }
}
