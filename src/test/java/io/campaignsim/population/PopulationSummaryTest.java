package io.campaignsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PopulationSummaryTest {

    @Test
    void oneRowPerSegmentPlusAllWithHiddenColumnsLabelled() {
        Scenario s = TestScenarios.quickstart().withSize(20_000);
        Population p = new PopulationGenerator(s).generate(2);
        Table t = PopulationSummary.table(p);
        assertEquals(4, t.rowCount());
        assertEquals(20_000, t.intColumn("n").getInt(3));
        assertEquals(t.intColumn("n").getInt(0) + t.intColumn("n").getInt(1) + t.intColumn("n").getInt(2),
                t.intColumn("n").getInt(3));
        String text = PopulationSummary.describe(p);
        for (String expected : new String[] {"loyal", "regular", "lapsing", "all", "reach_email", "reach_sms",
            "hidden_purchase_rate", "hidden_churn_hazard", "ground truth"}) {
            assertTrue(text.contains(expected), "summary mentions " + expected + ":\n" + text);
        }
    }
}
