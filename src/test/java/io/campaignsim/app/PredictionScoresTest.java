package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.report.compare.ScoresCsv;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast end-to-end check of {@code compare --scores} on scenarios/predictions.yaml (3,000
 * customers, one replication): scores.csv is written with the rest of the result, has one row per
 * covered customer and strategy with the tidy columns, and comparison.json carries each prediction's
 * figures and deciles (the decile counts add up to the customers scored); without --scores there is no
 * scores.csv. The statistical checks are in the slow PredictionQualityTest.
 */
class PredictionScoresTest {

    static final int SIZE = 3000;

    @Test
    void compareWritesScoresBesideTheTruth(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        CompareJob.Outcome o = new CompareJob().run(new CompareJob.Request(Path.of("scenarios/predictions.yaml"),
                List.of("control", "churn_today", "churn_30d", "first_buy", "high_clv", "nba_basket"), 1, null, 31,
                (long) SIZE, 1, out, false, true), (d, t) -> { });
        assertTrue(o.files().contains(out.resolve(ScoresCsv.FILE)), o.files().toString());
        Map<String, Integer> rows = new HashMap<>();
        Map<String, String> prediction = new HashMap<>();
        try (Reader r = Files.newBufferedReader(out.resolve(ScoresCsv.FILE))) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
            assertEquals(ScoresCsv.HEADER, parser.getHeaderNames());
            for (CSVRecord rec : parser) {
                rows.merge(rec.get("strategy"), 1, Integer::sum);
                prediction.put(rec.get("strategy"), rec.get("prediction"));
                int id = Integer.parseInt(rec.get("customer_id"));
                assertTrue(id >= 0 && id < SIZE);
                Double.parseDouble(rec.get("score"));
                double truth = Double.parseDouble(rec.get("true_value"));
                if (!rec.get("prediction").equals("clv") && !rec.get("prediction").equals("next_basket_value")) {
                    assertTrue(truth >= 0 && truth <= 1, rec.toString());
                }
            }
        }
        assertEquals(Map.of("churn_today", "no_purchase_today", "churn_30d", "churn_within", "first_buy", "first_purchase",
                "high_clv", "clv", "nba_basket", "next_basket_value"), prediction, "control has no model");
        assertEquals(SIZE, rows.get("churn_30d"));
        assertEquals(SIZE, rows.get("high_clv"));
        assertEquals(SIZE, rows.get("nba_basket"));
        assertTrue(rows.get("first_buy") > 0 && rows.get("first_buy") < SIZE, "leads only: " + rows.get("first_buy"));
        assertTrue(rows.get("churn_today") > 0 && rows.get("churn_today") <= SIZE);

        JsonNode json = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
        int withPrediction = 0;
        for (JsonNode s : json.get("strategies")) {
            JsonNode p = s.path("model").path("prediction");
            if (p.isMissingNode() || p.isNull()) {
                continue;
            }
            withPrediction++;
            long counted = 0;
            for (JsonNode c : p.get("deciles").get("count")) {
                counted += c.asLong();
            }
            assertEquals(p.get("customers").asLong(), counted, s.get("name").asText());
            assertEquals(rows.get(s.get("name").asText()).longValue(), counted, "the CSV and the figures share customers");
        }
        assertEquals(4, withPrediction, "churn_30d, first_buy, high_clv, nba_basket");
        for (StrategyRun r : o.runs()) {
            if (r.strategy().equals("high_clv") || r.strategy().equals("churn_30d") || r.strategy().equals("first_buy")) {
                assertNotNull(r.model().prediction());
                // after the warm-up (day 30) the scored customers are contacted: the budget share of them
                double contacts = r.result().daily().get(30).get(io.campaignsim.core.Metric.CONTACTS);
                assertTrue(contacts > 0, r.strategy() + " contacted nobody after its warm-up");
            }
        }
        assertTrue(Files.exists(out.resolve("decile_lift_high_clv.png")));
    }

    @Test
    void withoutTheFlagThereIsNoScoresFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        new CompareJob().run(new CompareJob.Request(Path.of("scenarios/predictions.yaml"), List.of("control", "churn_30d"),
                1, null, 31, 1000L, 1, out, false), (d, t) -> { });
        assertTrue(Files.exists(out.resolve("comparison.json")));
        assertTrue(Files.notExists(out.resolve(ScoresCsv.FILE)));
    }
}
