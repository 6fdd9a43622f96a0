package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.ModelQuality;
import io.campaignsim.compare.PredictionFigures;
import io.campaignsim.compare.ScoreSnapshot;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.report.compare.ScoresCsv;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every customer-level prediction of scenarios/predictions.yaml, scored against the hidden truth at
 * the end of its 30-day warm-up (20,000 customers, one replication, two threads), beats the trivial
 * baseline by a margin derived from its own standard error:
 *
 * <ul>
 *   <li>probabilities: AUC &gt; 0.5 + z·SE (Hanley-McNeil SE of the AUC on outcomes drawn from the true
 *       probabilities);
 *   <li>every prediction: the mean absolute error against the truth is below the constant baseline's
 *       (a constant at the mean prediction) by more than z standard errors of the paired difference
 *       of absolute errors, mean(d) + z·sd(d)/√n &lt; 0 with d = |score − truth| − |mean − truth|.
 * </ul>
 *
 * z = 3.09, one-sided 0.1 %. The scores do not depend on the thread count (20,000 customers make two
 * shards), and scores.csv holds them. About half a minute of CPU, so in the slow suite;
 * PredictionScoresTest is the fast check of the same path.
 */
@Tag("slow")
class PredictionQualityTest {

    static final double Z = 3.09;
    // The thread test reruns a prefix of this list: a strategy's random stream is keyed by its position.
    static final List<String> PREDICTING = List.of("high_clv", "churn_30d", "churn_today", "first_buy", "repeat_buy",
            "nba_basket");

    static Scenario scenario;
    static CompareJob.Simulated twoThreads;

    @BeforeAll
    static void run() throws Exception {
        scenario = new ScenarioOverrides(null, 31, 20_000L, 1).apply(new ScenarioLoader().load(
                Path.of("scenarios/predictions.yaml")));
        twoThreads = new CompareJob().simulateAll(scenario, CompareJob.replicationSeeds(scenario), strategies(PREDICTING),
                2, (d, t) -> { }, false, true);
    }

    static List<StrategySpec> strategies(List<String> names) {
        return names.stream().map(n -> scenario.strategies().stream().filter(s -> s.name().equals(n)).findFirst()
                .orElseThrow()).toList();
    }

    static ScoreSnapshot snapshot(CompareJob.Simulated sim, String strategy) {
        return sim.scores().stream().filter(s -> s.strategy().equals(strategy)).findFirst().orElseThrow();
    }

    static ModelQuality quality(String strategy) {
        return twoThreads.runs().stream().filter(r -> r.strategy().equals(strategy)).map(StrategyRun::model).findFirst()
                .orElseThrow();
    }

    @Test
    void probabilitiesRankBetterThanChance() {
        for (String s : List.of("churn_30d", "first_buy", "repeat_buy")) {
            ModelQuality q = quality(s);
            PredictionFigures f = q.prediction();
            assertNotNull(f, s);
            assertTrue(f.probability(), s);
            assertTrue(q.auc() > 0.5 + Z * f.aucSe(), s + ": AUC " + q.auc() + " ± " + f.aucSe());
            assertEquals(30, f.withinDays(), s);
            assertTrue(Double.isFinite(q.calibrationError()) && q.calibration() != null, s);
            assertEquals(f.customers(), f.deciles().stream().mapToLong(d -> d.count()).sum(), s);
        }
    }

    @Test
    void everyPredictionBeatsTheConstantBaselineAgainstTheTruth() {
        for (String s : List.of("churn_30d", "first_buy", "repeat_buy", "high_clv", "nba_basket")) {
            ScoreSnapshot snap = snapshot(twoThreads, s);
            int n = snap.size();
            assertTrue(n > 1000, s + " scored " + n);
            double mean = 0;
            for (double v : snap.score()) {
                mean += v / n;
            }
            double sum = 0;
            double sumSq = 0;
            for (int k = 0; k < n; k++) {
                double d = Math.abs(snap.score()[k] - snap.truth()[k]) - Math.abs(mean - snap.truth()[k]);
                sum += d;
                sumSq += d * d;
            }
            double m = sum / n;
            double sd = Math.sqrt((sumSq - n * m * m) / (n - 1));
            assertTrue(m + Z * sd / Math.sqrt(n) < 0, s + ": MAE gain " + m + ", se " + sd / Math.sqrt(n));
            PredictionFigures f = quality(s).prediction();
            assertEquals(f.mae() - f.baselineMae(), m, 1e-9, s + ": the report's MAE and baseline are these");
        }
    }

    @Test
    void coverageFollowsTheDefinitions() {
        // churn_within, clv and the next basket cover everyone; first purchase only leads, repeat only buyers
        assertEquals(20_000, snapshot(twoThreads, "churn_30d").size());
        assertEquals(20_000, snapshot(twoThreads, "high_clv").size());
        assertEquals(20_000, snapshot(twoThreads, "nba_basket").size());
        int leads = snapshot(twoThreads, "first_buy").size();
        int buyers = snapshot(twoThreads, "repeat_buy").size();
        // two runs of different strategies: warm-up purchases differ a little, so the split is close, not exact
        assertTrue(Math.abs(leads + buyers - 20_000) < 200, leads + " leads + " + buyers + " buyers");
        for (double t : snapshot(twoThreads, "first_buy").truth()) {
            assertTrue(t >= 0 && t <= 1);
        }
    }

    @Test
    void scoresDoNotDependOnTheThreadCount() throws Exception {
        List<String> some = PREDICTING.subList(0, 3);
        CompareJob.Simulated one = new CompareJob().simulateAll(scenario, CompareJob.replicationSeeds(scenario),
                strategies(some), 1, (d, t) -> { }, false, true);
        for (String s : some) {
            ScoreSnapshot a = snapshot(one, s);
            ScoreSnapshot b = snapshot(twoThreads, s);
            assertArrayEquals(b.customer(), a.customer(), s);
            assertArrayEquals(b.score(), a.score(), s);
            assertArrayEquals(b.truth(), a.truth(), s);
        }
        ModelQuality a = one.runs().stream().filter(r -> r.strategy().equals("churn_30d")).findFirst().orElseThrow().model();
        assertEquals(quality("churn_30d"), a);
    }

    @Test
    void scoresCsvHoldsEverySnapshotRow(@TempDir Path dir) throws Exception {
        Path file = ScoresCsv.write(twoThreads.scores(), dir);
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Set<Integer>> customers = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
            assertEquals(ScoresCsv.HEADER, parser.getHeaderNames());
            Map<String, ScoreSnapshot> byName = new HashMap<>();
            twoThreads.scores().forEach(s -> byName.put(s.strategy(), s));
            for (CSVRecord rec : parser) {
                String s = rec.get("strategy");
                int k = rows.merge(s, 1, Integer::sum) - 1;
                ScoreSnapshot snap = byName.get(s);
                assertEquals(snap.customer()[k], Integer.parseInt(rec.get("customer_id")));
                assertEquals(snap.prediction(), rec.get("prediction"));
                assertEquals(snap.score()[k], Double.parseDouble(rec.get("score")), 1e-5 * Math.abs(snap.score()[k]));
                assertEquals(snap.truth()[k], Double.parseDouble(rec.get("true_value")), 1e-5 * Math.abs(snap.truth()[k]));
                assertEquals("0", rec.get("replication"));
                assertEquals("30", rec.get("day"));
                assertTrue(customers.computeIfAbsent(s, x -> new HashSet<>()).add(k), "one row per customer");
            }
        }
        for (ScoreSnapshot s : twoThreads.scores()) {
            assertEquals(s.size(), rows.get(s.strategy()), s.strategy());
        }
        assertEquals(PREDICTING.size(), rows.size());
    }
}
