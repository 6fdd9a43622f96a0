package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.Breakdown;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** breakdown.csv as written: the channel rows and the touchpoint rows each add up to the total row. */
class BreakdownCsvTest {

    @Test
    void channelAndTouchpointRowsAddUpToTheTotalAndTheSectionShowsThem(@TempDir Path dir) throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/cross-sell.yaml")).withSize(3000).withHorizonDays(20);
        Population p = new PopulationGenerator(s).generate(2);
        Breakdown b = SimulationEngine.builder(s, p).threads(2).policy(JourneyPolicy.factory(s)).build()
                .runDetailed(SimulationEngine.RunOptions.withBreakdown(0)).breakdown();
        Path csv = BreakdownCsv.write(List.of(new BreakdownCsv.Row("policy", 0, b), new BreakdownCsv.Row("policy", 1, b)), dir);
        MicroReviewHtml.Cells cells = MicroReviewHtml.parse(Files.readString(csv));
        double total = cells.get("policy", "total", "all", "incremental_profit");
        double channels = 0;
        for (String c : s.channelNames()) {
            channels += cells.get("policy", "channel", c, "incremental_profit");
        }
        double touchpoints = 0;
        for (String t : cells.keys().get("touchpoint")) {
            touchpoints += cells.get("policy", "touchpoint", t, "incremental_profit");
        }
        // Each value is rounded to 4 decimals (half a unit of 1e-4 at most per row).
        int rows = s.channelNames().size() + cells.keys().get("touchpoint").size() + 1;
        assertEquals(total, channels, rows * 0.5e-4);
        assertEquals(total, touchpoints, rows * 0.5e-4);
        assertEquals(b.incrementalProfit(), total, 0.5e-4);
        assertTrue(Math.abs(total) > 0, "the cross-sell policy has some effect");
        String html = MicroReviewHtml.section(Files.readString(csv));
        for (String c : s.channelNames()) {
            assertTrue(html.contains("<th scope=\"col\">" + c + "</th>"), c);
        }
        assertTrue(html.contains("rule:web_after_purchase") && html.contains("journey:discover/welcome"));
        assertTrue(html.contains("<svg"), "small multiples");
    }
}
