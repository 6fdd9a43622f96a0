package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.ExperimentTrace;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.compare.StrategySummary;
import io.campaignsim.compare.UpliftCurves;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.Metric;
import io.campaignsim.report.compare.ComparisonJson;
import io.campaignsim.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** compare against known truths (issue #4). */
class CompareJobTest {

    private static final String MIXED = "persuadable: { share: 0.3, effect: 0.04 }\nsure_thing: { share: 0.2 }\n"
            + "lost_cause: { share: 0.4 }\nsleeping_dog: { share: 0.1, effect: -0.03 }";

    @Test
    void theOracleIsNeverBeatenAndTheHoldoutNeverContacts() {
        Scenario s = CompareFixtures.scenario(4_000, 14, 4, MIXED,
                "- { name: control, type: holdout }\n- { name: everyone, type: policy }\n"
                        + "- { name: random, type: random, arms: [none, ten_off, twenty_off] }\n"
                        + "- { name: ts, type: thompson, arms: [none, ten_off, twenty_off] }\n"
                        + "- { name: uplift, type: uplift, arms: [none], warmup_days: 5, budget: 0.3 }\n"
                        + "- { name: oracle, type: oracle, arms: [none, ten_off, twenty_off] }");
        List<StrategyRun> runs = CompareFixtures.runs(s, 2);
        for (StrategyRun r : runs) {
            if (r.strategy().equals("control")) {
                assertEquals(0.0, r.result().total().get(Metric.CONTACTS));
                // With common random numbers the holdout is exactly the no-contact twin.
                assertEquals(r.result().counterfactualTotal().get(Metric.PROFIT), r.result().total().get(Metric.PROFIT),
                        1e-6);
            }
        }
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        double oracle = c.strategy("oracle").orElseThrow().metric(CompareMetric.PROFIT).mean();
        for (StrategySummary st : c.strategies()) {
            if (!st.isOracle()) {
                assertTrue(oracle >= st.metric(CompareMetric.PROFIT).mean(),
                        st.name() + " beat the oracle: " + st.metric(CompareMetric.PROFIT).mean() + " > " + oracle);
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Scenario s = CompareFixtures.scenario(3_000, 10, 3, MIXED,
                "- { name: control, type: holdout }\n- { name: ts, type: thompson, arms: [none, ten_off] }\n"
                        + "- { name: lin, type: lin_ts, arms: [none, ten_off] }\n"
                        + "- { name: ab, type: ab_test, arms: [none, ten_off], test_days: 4 }");
        String one = ComparisonJson.render(ComparisonAnalysis.analyze(CompareFixtures.runs(s, 1), "profit", 0.95));
        String three = ComparisonJson.render(ComparisonAnalysis.analyze(CompareFixtures.runs(s, 3), "profit", 0.95));
        assertEquals(one, three);
    }

    /**
     * LinUCB and LinTS score on shard threads with a per-thread scratch (issue #20): with three
     * shards (SHARD_SIZE 16,384), one thread and three threads must give identical results.
     */
    @Test
    void linearBanditsDoNotDependOnTheThreadCountAcrossShards() {
        Scenario s = CompareFixtures.scenario(40_000, 6, 2, MIXED,
                "- { name: control, type: holdout }\n- { name: ucb, type: linucb, arms: [none, ten_off] }\n"
                        + "- { name: lin, type: lin_ts, arms: [none, ten_off] }");
        String one = ComparisonJson.render(ComparisonAnalysis.analyze(CompareFixtures.runs(s, 1), "profit", 0.95));
        String three = ComparisonJson.render(ComparisonAnalysis.analyze(CompareFixtures.runs(s, 3), "profit", 0.95));
        assertEquals(one, three);
    }

    /**
     * Where sure things buy most and sleeping dogs are hurt by contact, targeting the likeliest
     * buyers wastes the budget on them, while an uplift model finds the persuadables; and the
     * uplift model's ranking beats random against the hidden truth (Qini > 0). The uplift mix
     * differs by segment, so uplift is learnable from observed data.
     */
    @Test
    void upliftTargetingBeatsPropensityTargetingWhereSureThingsAndSleepingDogsAbound() {
        String groups = "persuadable: { share: 0.25, effect: 0.06 }\nsure_thing: { share: 0.35, base_multiplier: 4 }\n"
                + "lost_cause: { share: 0.1 }\nsleeping_dog: { share: 0.3, effect: -0.04 }";
        Scenario s = CompareFixtures.scenario(20_000, 24, 3, groups,
                "- { name: control, type: holdout }\n"
                        + "- { name: propensity, type: propensity, arms: [none], warmup_days: 8, budget: 0.3 }\n"
                        + "- { name: uplift, type: uplift, arms: [none], warmup_days: 8, budget: 0.3 }",
                ", uplift_groups: { persuadable: 0.45, sure_thing: 0.15, lost_cause: 0.3, sleeping_dog: 0.1 }",
                ", uplift_groups: { persuadable: 0.05, sure_thing: 0.55, lost_cause: 0.1, sleeping_dog: 0.3 }");
        List<StrategyRun> runs = CompareFixtures.runs(s, 2);
        Comparison c = ComparisonAnalysis.analyze(runs, "conversions", 0.95);
        double upliftGain = c.strategy("uplift").orElseThrow().uplift(CompareMetric.CONVERSIONS).absolute().mean();
        double propensityGain = c.strategy("propensity").orElseThrow().uplift(CompareMetric.CONVERSIONS).absolute().mean();
        assertTrue(upliftGain > propensityGain, "uplift " + upliftGain + " vs propensity " + propensityGain);
        for (StrategyRun r : runs) {
            if (r.strategy().equals("uplift")) {
                assertNotNull(r.model());
                assertTrue(r.model().qini() > 0, "Qini of the T-learner against the true uplift: " + r.model().qini());
            }
        }
        // The mean uplift curve of the T-learner lies above the random line wherever targeting is partial
        // (at 0 and 1 every ranking gives the same total), and below the ideal ranking's curve.
        UpliftCurves u = c.strategy("uplift").orElseThrow().model().upliftCurves();
        assertEquals(ModelScorer.CURVE_POINTS, u.size());
        double[] model = u.model().value();
        double[] random = u.random().value();
        double[] ideal = u.ideal().value();
        for (int i = 1; i < u.size() - 1; i++) {
            assertTrue(model[i] > random[i], "at " + u.fraction()[i] + ": model " + model[i] + " vs random " + random[i]);
            assertTrue(model[i] <= ideal[i] + 1e-12, "at " + u.fraction()[i] + ": model " + model[i] + " vs ideal " + ideal[i]);
        }
        assertEquals(random[u.size() - 1], model[u.size() - 1], 1e-12, "targeting everyone gains the same");
        assertNotNull(c.strategy("propensity").orElseThrow().model().calibration());
    }

    /** Each A/B and multivariate run carries its test's history, one entry per test day up to the decision. */
    @Test
    void abTestRunsCarryTheirHistoryToTheComparison() {
        Scenario s = CompareFixtures.scenario(3_000, 10, 2, MIXED,
                "- { name: control, type: holdout }\n- { name: ab, type: ab_test, arms: [none, ten_off], test_days: 4 }\n"
                        + "- { name: mvt, type: multivariate, offers: [none, ten_off], test_days: 3 }");
        List<StrategyRun> runs = CompareFixtures.runs(s, 1);
        for (StrategyRun r : runs) {
            ExperimentTrace t = r.experiment();
            if (r.strategy().equals("control")) {
                assertNull(t);
                continue;
            }
            int testDays = r.strategy().equals("ab") ? 4 : 3;
            assertEquals(testDays, t.entries(), r.strategy());
            assertEquals(testDays - 1, t.decidedOnDay());
            assertEquals(r.arms(), t.arms());
            for (int e = 0; e < t.entries(); e++) {
                assertEquals(e, t.day(e));
                assertTrue(t.pValue(e, 1) >= 0 && t.pValue(e, 1) <= 1, "p = " + t.pValue(e, 1));
            }
        }
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        assertEquals(1.0, c.strategy("ab").orElseThrow().experiment().decidedShare(3), 0);
    }
}
