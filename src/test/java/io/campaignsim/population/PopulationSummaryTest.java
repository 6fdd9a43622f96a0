package io.campaignsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.population.PopulationSummary.Summary;
import io.campaignsim.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationSummaryTest {

    @Test
    void oneRowPerSegmentPlusAllWithTrueColumnsNamedAsInTheCsv() {
        Scenario s = TestScenarios.quickstart().withSize(20_000);
        Population p = new PopulationGenerator(s).generate(2);
        Summary summary = PopulationSummary.summarize(p);
        assertEquals(List.of("loyal", "regular", "lapsing", "all"), summary.rows());
        double[] n = summary.column("n").values();
        assertEquals(20_000, n[3]);
        assertEquals(n[0] + n[1] + n[2], n[3]);
        List<String> names = summary.columns().stream().map(PopulationSummary.Column::name).toList();
        for (String expected : new String[] {"reach_email", "reach_sms", "true_purchase_rate", "true_churn_hazard"}) {
            assertTrue(names.contains(expected), "summary has " + expected + ": " + names);
        }
        assertTrue(names.stream().noneMatch(c -> c.startsWith("hidden_")), "one naming scheme for the truth: " + names);
        // The 'all' row's mean is the size-weighted mean of the segment rows.
        double[] rate = summary.column("true_purchase_rate").values();
        double weighted = (rate[0] * n[0] + rate[1] * n[1] + rate[2] * n[2]) / n[3];
        assertEquals(weighted, rate[3], 1e-12 * Math.abs(weighted));
    }
}
