package io.campaignsim.compare;

import static io.campaignsim.compare.CompareFixtures.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.stats.Calibration;
import io.campaignsim.stats.Estimate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class ComparisonAnalysisTest {

    private static Comparison standard() {
        return ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95);
    }

    @Test
    void winnerAndRunnerUpExcludeTheOracle() {
        Comparison c = standard();
        assertEquals("ts", c.best());
        assertEquals("ab", c.runnerUp());
        assertEquals("oracle", c.oracle());
        assertEquals("control", c.holdout());
        assertFalse(c.holdoutIsTwin());
        assertEquals(List.of("ts", "ab", "control", "oracle"), c.ranked().stream().map(StrategySummary::name).toList());
        assertEquals(List.of("control", "ab", "ts", "oracle"), c.strategies().stream().map(StrategySummary::name).toList(),
                "first-seen order");
        StrategySummary oracle = c.strategy("oracle").orElseThrow();
        assertEquals(0, oracle.rank());
        assertEquals(Role.ORACLE, oracle.role());
        assertEquals("oracle (knows the hidden truth)", oracle.role().label());
        assertEquals(3, c.replications());
        assertEquals(CompareFixtures.DAYS, c.days());
    }

    @Test
    void winnerVsRunnerUpIsAPairedTest() {
        PairedTest t = standard().winnerVsRunnerUp();
        double[] ts = {151, 152, 156};
        double[] ab = {150, 150, 150};
        assertEquals(PairedStats.difference(ts, ab, 0.95), t.difference());
        assertEquals(3, t.difference().mean(), 1e-12);
        assertEquals(new TTest().pairedTTest(ts, ab), t.pValue(), 1e-12);
        assertFalse(t.significant(), "differences {1, 2, 6} give an interval around 0");
    }

    @Test
    void upliftVersusHoldoutIsPairedAndEqualsTheTrueIncrementalUnderCrn() {
        StrategySummary ts = standard().strategy("ts").orElseThrow();
        Uplift u = ts.uplift(CompareMetric.PROFIT);
        // ts - control = {51, 42, 36}
        assertEquals(43, u.absolute().mean(), 1e-12);
        assertEquals(PairedStats.estimate(new double[] {51, 42, 36}, 0.95), u.absolute());
        assertEquals(43.0 / 110, u.relative().mean(), 1e-12);
        assertEquals(new TTest().pairedTTest(new double[] {151, 152, 156}, new double[] {100, 110, 120}), u.pValue(), 1e-12);
        assertEquals(u.absolute(), ts.incremental(CompareMetric.PROFIT), "the holdout equals the twin here");
        assertEquals(153, ts.metric(CompareMetric.PROFIT).mean(), 1e-12);
        assertEquals(253, ts.metric(CompareMetric.CLV).mean(), 1e-12);
        assertTrue(Double.isNaN(ts.incremental(CompareMetric.CLV).mean()), "the twin has no CLV");
        assertEquals(43, ts.uplift(CompareMetric.CLV).absolute().mean(), 1e-12, "CLV uplift against a holdout strategy");
        StrategySummary control = standard().strategy("control").orElseThrow();
        assertEquals(0, control.uplift(CompareMetric.PROFIT).absolute().mean());
    }

    @Test
    void withoutAHoldoutTheTwinStandsIn() {
        List<StrategyRun> runs = new ArrayList<>(CompareFixtures.standard());
        runs.removeIf(r -> r.type().equals("holdout"));
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        assertTrue(c.holdoutIsTwin());
        assertEquals(Comparison.TWIN, c.holdout());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("no-contact twin")), c.notes().toString());
        Comparison withHoldout = standard();
        for (String s : List.of("ab", "ts")) {
            StrategySummary twin = c.strategy(s).orElseThrow();
            StrategySummary holdout = withHoldout.strategy(s).orElseThrow();
            for (CompareMetric m : List.of(CompareMetric.PROFIT, CompareMetric.CONVERSIONS, CompareMetric.CONTACTS)) {
                assertEquals(holdout.uplift(m), twin.uplift(m), s + " " + m);
                assertEquals(twin.incremental(m), twin.uplift(m).absolute(), s + " " + m);
            }
            assertTrue(Double.isNaN(twin.uplift(CompareMetric.CLV).absolute().mean()));
        }
        assertEquals("ts", c.best());
    }

    @Test
    void regretOfTheOracleIsZeroAndOthersAreNotNegative() {
        Comparison c = standard();
        Estimate oracle = c.strategy("oracle").orElseThrow().regret();
        assertEquals(0, oracle.mean());
        assertEquals(0, oracle.ciLow());
        assertEquals(0, oracle.ciHigh());
        for (StrategySummary s : c.strategies()) {
            assertTrue(s.regret().mean() >= 0, s.name());
            Series regret = s.series().stream().filter(x -> x.metric().equals("cumulative_regret")).findFirst().orElseThrow();
            for (int d = 0; d < c.days(); d++) {
                assertTrue(regret.byDay().get(d).mean() >= 0, s.name() + " day " + d);
            }
            // the daily gap accumulates to the regret at the horizon (thirds of a sum add back up to it)
            assertEquals(s.regret().mean(), regret.byDay().get(c.days() - 1).mean(), 1e-9, s.name());
        }
        assertEquals(57, c.strategy("ts").orElseThrow().regret().mean(), 1e-12); // 210 - 153
    }

    @Test
    void withoutAnOracleThereIsNoRegret() {
        List<StrategyRun> runs = new ArrayList<>(CompareFixtures.standard());
        runs.removeIf(r -> r.type().equals("oracle"));
        Comparison c = ComparisonAnalysis.analyze(runs, "conversions", 0.95);
        assertNull(c.oracle());
        c.strategies().forEach(s -> assertNull(s.regret()));
        c.strategies().forEach(s -> assertEquals(4, s.series().size())); // cumulative objective, conversions, contacts, active
        // by conversions: ts {15,15,18} = 16, ab {14,15,16} = 15
        assertEquals("ts", c.best());
        assertEquals("cumulative_conversions", c.strategies().get(0).series().get(0).metric());
    }

    @Test
    void seriesAccumulateTheObjectiveDayByDay() {
        StrategySummary ts = standard().strategy("ts").orElseThrow();
        Series cumulative = ts.series().get(0);
        assertEquals("cumulative_profit", cumulative.metric());
        for (int d = 0; d < CompareFixtures.DAYS; d++) {
            assertEquals(153.0 * (d + 1) / CompareFixtures.DAYS, cumulative.byDay().get(d).mean(), 1e-9);
        }
        assertEquals(5, ts.series().get(2).byDay().get(0).mean(), "contacts a day");
    }

    @Test
    void armSharesAreMeanSharesOfEachDaysPulls() {
        ArmShares a = standard().strategy("ab").orElseThrow().arms();
        assertEquals(List.of("x", "y"), a.arms());
        assertEquals(0.75, a.share(0, 0), 1e-12);
        assertEquals(0.25, a.share(0, 1), 1e-12);
        // day 1: x gets 0/1, 1/2, 2/3 of the pulls
        assertEquals((0 + 0.5 + 2.0 / 3) / 3, a.share(1, 0), 1e-12);
        assertTrue(Double.isNaN(a.share(2, 0)), "no pulls at all on day 2");
        assertNull(standard().strategy("ts").orElseThrow().arms());
    }

    @Test
    void modelQualityAveragesTheAvailableFigures() {
        ModelSummary m = standard().strategy("ts").orElseThrow().model();
        assertEquals("logistic propensity", m.model());
        assertEquals(0.75, m.auc(), 1e-12);
        assertTrue(Double.isNaN(m.qini()));
        assertEquals(0.2, m.auuc(), 1e-12);
        assertEquals(3, m.replications());
        assertNull(standard().strategy("ab").orElseThrow().model());
    }

    @Test
    void modelCurvesAreAveragedPointByPoint() {
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.withModelCurves(), "profit", 0.95);
        UpliftCurves u = c.strategy("up").orElseThrow().model().upliftCurves();
        assertArrayEquals(new double[] {0, 0.5, 1}, u.fraction(), 0);
        assertArrayEquals(new double[] {0, 0.025, 0.04}, u.model().value(), 1e-15);
        assertArrayEquals(new double[] {0, 0.035, 0.04}, u.ideal().value(), 1e-15);
        assertArrayEquals(new double[] {0, 0.02, 0.04}, u.random().value(), 1e-15);
        assertNull(c.strategy("up").orElseThrow().model().calibration());
        Calibration cal = c.strategy("prop").orElseThrow().model().calibration();
        assertEquals(2, cal.bins().size());
        assertEquals(0.1, cal.bins().get(0).meanPredicted(), 1e-15);
        assertEquals(0.11, cal.bins().get(0).meanTruth(), 1e-15);
        assertEquals(51, cal.bins().get(1).count());
        assertEquals(0.06, cal.meanAbsoluteError(), 1e-15);
        assertEquals(0.06, c.strategy("prop").orElseThrow().model().calibrationError(), 1e-15);
        assertNull(c.strategy("prop").orElseThrow().model().upliftCurves());
        assertNull(standard().strategy("ts").orElseThrow().model().upliftCurves(), "figures without curves");
    }

    @Test
    void oneReplicationWorksWithUndefinedIntervals() {
        List<StrategyRun> runs = CompareFixtures.standard().stream().filter(r -> r.replication() == 0).toList();
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        assertEquals(1, c.replications());
        assertTrue(Double.isNaN(c.winnerVsRunnerUp().difference().ciLow()));
        assertFalse(c.winnerVsRunnerUp().significant());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("One replication")));
    }

    @Test
    void runsThatDoNotPairAreRejected() {
        List<StrategyRun> runs = new ArrayList<>(CompareFixtures.standard());
        runs.removeIf(r -> r.strategy().equals("ab") && r.replication() == 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComparisonAnalysis.analyze(runs, "profit", 0.95));
        assertTrue(e.getMessage().contains("ab ran replications [0, 2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ComparisonAnalysis.analyze(List.of(), "profit", 0.95));
        assertThrows(IllegalArgumentException.class, () -> ComparisonAnalysis.analyze(CompareFixtures.standard(), "clicks", 0.95));
        assertThrows(IllegalArgumentException.class, () -> ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 1.0));
    }

    @Test
    void runOrderDoesNotMatter() {
        List<StrategyRun> runs = new ArrayList<>(CompareFixtures.standard());
        java.util.Collections.reverse(runs);
        Comparison reversed = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        Comparison c = standard();
        assertEquals(c.winnerVsRunnerUp(), reversed.winnerVsRunnerUp());
        assertEquals(c.strategy("ts").orElseThrow().uplift(), reversed.strategy("ts").orElseThrow().uplift());
        assertEquals(List.of("oracle", "ts", "ab", "control"),
                reversed.strategies().stream().map(StrategySummary::name).toList(), "first seen in the reversed list");
    }

    @Test
    void noOracleTypedStrategyCanWinEvenASecondOne() {
        List<StrategyRun> runs = new ArrayList<>(CompareFixtures.standard());
        for (int r = 0; r < 3; r++) {
            runs.add(run("oracle2", "oracle", r, 900, 90, 100 + 10 * r, 10 + r));
        }
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        assertEquals("ts", c.best());
        assertEquals("oracle", c.oracle(), "the first oracle is the regret reference");
        assertEquals(0, c.strategy("oracle2").orElseThrow().rank());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("Several strategies have type oracle")), c.notes().toString());
    }

    @Test
    void aHoldoutCanWinWhenEveryStrategyLosesMoney() {
        List<StrategyRun> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            runs.add(run("control", "holdout", r, 100 + r, 10, 100 + r, 10));
            runs.add(run("spam", "random", r, 80 + r, 10, 100 + r, 10));
        }
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        assertEquals("control", c.best());
        assertEquals("spam", c.runnerUp());
        assertEquals(20, c.winnerVsRunnerUp().difference().mean(), 1e-12);
        assertEquals(0, c.winnerVsRunnerUp().pValue(), "a constant difference of 20");
    }

    /**
     * ab (arms x, y; profit 150 in every replication) against its arms played alone: x earns
     * {140, 160, 145}, y {155, 150, 152}. The best arm in hindsight per replication is {155, 160, 152},
     * so the regret is {5, 10, 2}: mean 17/3; y has the best mean (152.33 against 148.33).
     */
    @Test
    void regretAgainstTheBestFixedArmTakesTheBestArmOfEachReplication() {
        double[] twin = {100, 110, 120};
        double[] x = {140, 160, 145};
        double[] y = {155, 150, 152};
        List<StrategyRun> fixed = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            fixed.add(run("arm:x", "fixed_arm", r, x[r], 14, twin[r], 10 + r));
            fixed.add(run("arm:y", "fixed_arm", r, y[r], 14, twin[r], 10 + r));
        }
        Comparison c = ComparisonAnalysis.analyze(CompareFixtures.standard(), fixed, "profit", 0.95);
        ArmRegret ab = c.strategy("ab").orElseThrow().armRegret();
        assertEquals("y", ab.bestArm());
        assertEquals(17.0 / 3, ab.regret().mean(), 1e-12);
        double[] gap = {5, 10, 2};
        Estimate expected = ComparisonAnalysisTest.tInterval(gap);
        assertEquals(expected.ciLow(), ab.regret().ciLow(), 1e-9);
        assertNull(c.strategy("ts").orElseThrow().armRegret(), "no arms, no arm regret");
        assertNull(c.strategy("oracle").orElseThrow().armRegret());
        assertNull(ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95).strategy("ab").orElseThrow()
                .armRegret(), "without fixed-arm runs there is nothing to compare with");
    }

    /** A strategy significantly above the oracle means the oracle is no upper bound here: the comparison says so. */
    @Test
    void aStrategyThatBeatsTheOracleIsFlagged() {
        List<StrategyRun> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            runs.add(run("control", "holdout", r, 100 + r, 10, 100 + r, 10));
            runs.add(run("clever", "thompson", r, 230 + r, 20, 100 + r, 10));
            runs.add(run("oracle", "oracle", r, 200 + 2 * r, 20, 100 + r, 10));
        }
        Comparison c = ComparisonAnalysis.analyze(runs, "profit", 0.95);
        assertTrue(c.notes().stream().anyMatch(n -> n.startsWith("clever beats the oracle")), c.notes().toString());
        assertFalse(ComparisonAnalysis.analyze(CompareFixtures.standard(), "profit", 0.95).notes().stream()
                .anyMatch(n -> n.contains("beats the oracle")));
    }

    /** Mean with its 95 % t interval, by Commons Math (independent of PairedStats). */
    static Estimate tInterval(double[] x) {
        var stats = new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
        for (double v : x) {
            stats.addValue(v);
        }
        double t = new org.apache.commons.math3.distribution.TDistribution(x.length - 1).inverseCumulativeProbability(0.975);
        double half = t * stats.getStandardDeviation() / Math.sqrt(x.length);
        return new Estimate(stats.getMean(), stats.getMean() - half, stats.getMean() + half, Double.NaN, x.length);
    }
}
