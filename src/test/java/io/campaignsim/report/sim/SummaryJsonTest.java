package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignsim.core.Metric;
import io.campaignsim.engine.SendTimeTally;
import io.campaignsim.engine.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

    private final SimulationResult result = ReportFixtures.result();

    private JsonNode parse() throws Exception {
        return new ObjectMapper().readTree(SummaryJson.render(result));
    }

    @Test
    void hasTheRunFactsAndTopLevelKeysInAFixedOrder() throws Exception {
        JsonNode json = parse();
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("campaignsim_version", "scenario", "seed", "replication", "customers", "days", "channels",
                "segments", "totals", "no_contact", "incremental", "rates", "journeys", "rules"), keys);
        assertEquals("tiny", json.get("scenario").asText());
        assertEquals(7, json.get("seed").asLong());
        assertEquals(100, json.get("customers").asInt());
        assertEquals(3, json.get("days").asInt());
        assertEquals("[\"email\",\"sms\"]", json.get("channels").toString());
    }

    @Test
    void totalsHaveEveryMetricAndContactsByChannel() throws Exception {
        JsonNode totals = parse().get("totals");
        for (Metric m : Metric.values()) {
            assertTrue(totals.has(m.key()), m.key());
        }
        assertEquals(9, totals.get("conversions").asDouble());
        assertEquals(351, totals.get("profit").asDouble());
        assertEquals(97, totals.get("active").asDouble());
        assertEquals(30, totals.get("contacts_by_channel").get("email").asDouble());
        assertEquals(6, totals.get("contacts_by_channel").get("sms").asDouble());
    }

    @Test
    void incrementalIsTotalMinusNoContact() throws Exception {
        JsonNode json = parse();
        for (Metric m : Metric.values()) {
            double expected = json.get("totals").get(m.key()).asDouble() - json.get("no_contact").get(m.key()).asDouble();
            assertEquals(expected, json.get("incremental").get(m.key()).asDouble(), 1e-9, m.key());
        }
        assertEquals(3, json.get("incremental").get("conversions").asDouble());
        assertEquals(111, json.get("incremental").get("profit").asDouble());
    }

    @Test
    void ratesFollowTheirDefinitions() throws Exception {
        JsonNode rates = parse().get("rates");
        assertEquals(18.0 / 36, rates.get("open_rate").asDouble());
        assertEquals(0.333333, rates.get("click_rate").asDouble()); // 6 / 18, 6 decimals
        assertEquals(0.09, rates.get("conversion_rate").asDouble());
        assertEquals(0.06, rates.get("no_contact_conversion_rate").asDouble());
        assertEquals(0.083333, rates.get("contact_conversion_rate").asDouble()); // 3 / 36
        assertEquals(3.083333, rates.get("incremental_profit_per_contact").asDouble()); // 111 / 36
        assertEquals(12.333333, rates.get("roi").asDouble()); // 111 / (3 + 6)
    }

    @Test
    void undefinedRatesAreNullNotZero() throws Exception {
        SimulationResult r = ReportFixtures.result();
        SimulationResult noContacts = new SimulationResult(r.scenarioName(), r.seed(), r.replication(), r.customers(),
                r.days(), r.channels(), r.segments(), r.counterfactualTotal(), r.counterfactualDaily(),
                r.counterfactualSegments(), r.segmentChannel(), r.counterfactualTotal(), r.counterfactualDaily(),
                r.counterfactualSegments(), 0, SendTimeTally.EMPTY);
        JsonNode rates = new ObjectMapper().readTree(SummaryJson.render(noContacts)).get("rates");
        assertTrue(rates.get("open_rate").isNull());
        assertTrue(rates.get("roi").isNull());
        assertEquals(0.06, rates.get("conversion_rate").asDouble());
    }

    @Test
    void isStableTextWithPlainRoundedNumbersAndUnixLineEnds() {
        String first = SummaryJson.render(result);
        assertEquals(first, SummaryJson.render(ReportFixtures.result()));
        assertTrue(first.contains("\"profit\" : 351,") || first.contains("\"profit\" : 351\n"), first);
        assertTrue(!first.contains("\r") && !first.contains("E+") && !first.contains("E-"), first);
        assertTrue(first.endsWith("}\n"));
    }
}
