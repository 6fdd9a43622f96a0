package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignsim.compare.CompareFixtures;
import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.StrategyRun;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonReportTest {

    private static final List<String> FILES = List.of("comparison.csv", "comparison.json", "series.csv", "arms.csv");

    @TempDir
    Path tmp;

    private static Comparison standard() {
        return ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
    }

    @Test
    void writesEveryFile() throws IOException {
        List<Path> files = ComparisonReport.write(standard(), tmp);
        assertEquals(FILES, files.stream().map(p -> p.getFileName().toString()).toList());
        files.forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
    }

    @Test
    void comparisonCsvHasOneRowPerStrategyBestFirstOracleLast() throws IOException {
        ComparisonReport.write(standard(), tmp);
        List<CSVRecord> rows = csv(tmp.resolve("comparison.csv"));
        assertEquals(4, rows.size());
        assertEquals(List.of("ts", "ab", "control", "oracle"), rows.stream().map(r -> r.get("strategy")).toList());
        CSVRecord ts = rows.get(0);
        assertEquals(ComparisonCsv.header().size(), ts.size());
        assertEquals("1", ts.get("rank"));
        assertEquals("3", ts.get("replications"));
        assertEquals("153", ts.get("profit"));
        assertEquals("43", ts.get("uplift_profit"));
        assertEquals("57", ts.get("regret"));
        assertEquals("0.75", ts.get("auc"));
        assertEquals("", ts.get("qini_normalised"), "undefined is an empty cell");
        CSVRecord oracle = rows.get(3);
        assertEquals("", oracle.get("rank"));
        assertEquals("oracle", oracle.get("role"));
        assertEquals("0", oracle.get("regret"));
        double low = Double.parseDouble(ts.get("uplift_profit_low"));
        double high = Double.parseDouble(ts.get("uplift_profit_high"));
        assertTrue(low < 43 && 43 < high);
    }

    @Test
    void comparisonJsonHoldsTheWholeComparison() throws IOException {
        ComparisonReport.write(standard(), tmp);
        JsonNode root = new ObjectMapper().readTree(tmp.resolve("comparison.json").toFile());
        assertEquals("profit", root.get("objective").asText());
        assertEquals("ts", root.get("best").asText());
        assertTrue(root.get("winner").isNull(), "ts - ab = {1, 2, 6} is not significant: no winner is named");
        assertEquals("inconclusive", root.at("/decision/kind").asText());
        assertEquals("[\"ts\",\"ab\"]", root.at("/decision/contenders").toString());
        assertEquals(3, root.at("/decision/pairwise").size(), "every pair of ts, ab and control");
        assertEquals("ab", root.get("runner_up").asText());
        assertEquals("control", root.get("holdout").asText());
        assertEquals("oracle", root.get("oracle").asText());
        assertEquals(3, root.get("replications").asInt());
        assertEquals(3.0, root.at("/winner_vs_runner_up/difference/mean").asDouble());
        assertFalse(root.at("/winner_vs_runner_up/significant").asBoolean());
        assertEquals(4, root.get("strategies").size());
        JsonNode ts = root.get("strategies").get(0);
        assertEquals("ts", ts.get("name").asText());
        assertEquals(43.0, ts.at("/uplift_vs_holdout/profit/absolute/mean").asDouble());
        assertTrue(ts.at("/true_incremental/clv/mean").isNull());
        assertEquals(0.75, ts.at("/model/auc").asDouble());
        assertEquals(CompareFixtures.DAYS, ts.at("/series/cumulative_profit/mean").size());
        assertEquals(List.of("x", "y"), List.of(root.at("/strategies/1/arms/names/0").asText(),
                root.at("/strategies/1/arms/names/1").asText()));
        assertTrue(root.at("/strategies/3/rank").isNull(), "the oracle is not ranked");
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("campaignsim_version", "objective", "level", "replications", "days", "holdout",
                "holdout_is_twin", "oracle", "best", "winner", "runner_up", "winner_vs_runner_up", "decision", "ranking", "notes",
                "strategies"), keys);
        // Raw paired t-test p-values against control (scipy.stats.ttest_rel): ts {151,152,156} vs {100,110,120}
        // p = 0.010120; ab {150,150,150} p = 0.020204. Holm over {ts, ab}: 2·0.010120 = 0.020240 for ts, then
        // max(0.020204, 0.020240) = 0.020240 for ab.
        assertEquals(0.010120, ts.at("/uplift_vs_holdout/profit/p_value").asDouble(), 1e-6);
        assertEquals(0.020240, ts.at("/uplift_vs_holdout/profit/p_value_holm").asDouble(), 1e-6);
        assertEquals(0.020204, root.at("/strategies/1/uplift_vs_holdout/profit/p_value").asDouble(), 1e-6);
        assertEquals(0.020240, root.at("/strategies/1/uplift_vs_holdout/profit/p_value_holm").asDouble(), 1e-6);
        assertTrue(root.at("/strategies/2/uplift_vs_holdout/profit/p_value_holm").isNull(), "the holdout is no hypothesis");
        assertTrue(root.at("/strategies/3/uplift_vs_holdout/profit/p_value_holm").isNull(), "nor is the oracle");
    }

    @Test
    void seriesAndArmsAreLongTables() throws IOException {
        ComparisonReport.write(standard(), tmp);
        List<CSVRecord> series = csv(tmp.resolve("series.csv"));
        // 4 strategies x 3 days x (cumulative profit, conversions, contacts, active, cumulative regret)
        assertEquals(4 * CompareFixtures.DAYS * 5, series.size());
        assertEquals(SeriesCsv.HEADER, series.get(0).getParser().getHeaderNames());
        assertTrue(series.stream().anyMatch(r -> r.get("strategy").equals("ts") && r.get("day").equals("2")
                && r.get("metric").equals("cumulative_profit") && r.get("mean").equals("153")));
        List<CSVRecord> arms = csv(tmp.resolve("arms.csv"));
        // only ab has arms: 3 days x 2 arms
        assertEquals(CompareFixtures.DAYS * 2, arms.size());
        assertEquals("0.75", arms.get(0).get("share"));
        assertEquals("", arms.get(4).get("share"), "no pulls on day 2");
    }

    @Test
    void writingTwiceGivesIdenticalBytesWhateverTheRunOrder() throws IOException {
        Path a = Files.createDirectory(tmp.resolve("a"));
        Path b = Files.createDirectory(tmp.resolve("b"));
        ComparisonReport.write(standard(), a);
        List<StrategyRun> reversed = new ArrayList<>(CompareFixtures.standard());
        Collections.reverse(reversed);
        ComparisonReport.write(ComparisonAnalysis.analyze(reversed, "profit", 0.95), b);
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
            assertFalse(Files.readString(a.resolve(f)).contains("\r"), f);
        }
    }

    @Test
    void oneReplicationWritesEmptyBounds() throws IOException {
        Comparison c = ComparisonAnalysis.analyze(
                CompareFixtures.standard().stream().filter(r -> r.replication() == 0).toList(), "profit", 0.95);
        ComparisonReport.write(c, tmp);
        CSVRecord ts = csv(tmp.resolve("comparison.csv")).get(0);
        assertEquals("", ts.get("profit_low"));
        JsonNode root = new ObjectMapper().readTree(tmp.resolve("comparison.json").toFile());
        assertTrue(root.at("/winner_vs_runner_up/p_value").isNull());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
