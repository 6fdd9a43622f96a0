package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.Metric;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.stats.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reported 95 % confidence interval of a strategy's uplift versus holdout covers the true
 * expected uplift in about 95 % of experiments (issue #4). The truth is the mean uplift over
 * 3,000 independent replications (its own standard error is about 1/25 of one experiment's
 * interval half-width, so it barely moves the coverage); 400 experiments of 5 replications each
 * are then checked against it, and the observed coverage must lie within 4 binomial standard
 * errors of 0.95 (which also rules out a
 * uselessly wide interval that always covers).
 */
class UpliftCoverageTest {

    private static final int TRUTH_REPLICATIONS = 3_000;
    private static final int EXPERIMENTS = 400;
    private static final int PER_EXPERIMENT = 5;

    @Test
    void theUpliftIntervalCoversTheTrueUpliftAboutNinetyFivePercentOfTheTime() {
        String groups = "persuadable: { share: 0.3, effect: 0.05 }\nsure_thing: { share: 0.2 }\n"
                + "lost_cause: { share: 0.4 }\nsleeping_dog: { share: 0.1, effect: -0.03 }";
        String strategies = "- { name: control, type: holdout }\n- { name: everyone, type: policy }";
        Scenario truthScenario = CompareFixtures.scenario(300, 5, TRUTH_REPLICATIONS, groups, strategies).withSeed(1);
        double truth = meanUplift(CompareFixtures.runs(truthScenario, 2));

        Scenario s = CompareFixtures.scenario(300, 5, EXPERIMENTS * PER_EXPERIMENT, groups, strategies).withSeed(2);
        List<StrategyRun> runs = CompareFixtures.runs(s, 2);
        int covered = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            int from = e * PER_EXPERIMENT;
            List<StrategyRun> block = runs.stream()
                    .filter(r -> r.replication() >= from && r.replication() < from + PER_EXPERIMENT).toList();
            Comparison c = ComparisonAnalysis.analyze(block, "profit", 0.95);
            Estimate uplift = c.strategy("everyone").orElseThrow().uplift(CompareMetric.PROFIT).absolute();
            if (uplift.ciLow() <= truth && truth <= uplift.ciHigh()) {
                covered++;
            }
        }
        double coverage = (double) covered / EXPERIMENTS;
        double se = Math.sqrt(0.95 * 0.05 / EXPERIMENTS);
        assertTrue(Math.abs(coverage - 0.95) < 4 * se, "coverage " + coverage + " of true uplift " + truth);
    }

    private static double meanUplift(List<StrategyRun> runs) {
        double sum = 0;
        int n = 0;
        for (StrategyRun r : runs) {
            if (r.strategy().equals("everyone")) {
                sum += r.result().total().get(Metric.PROFIT) - r.result().counterfactualTotal().get(Metric.PROFIT);
                n++;
            }
        }
        return sum / n;
    }
}
