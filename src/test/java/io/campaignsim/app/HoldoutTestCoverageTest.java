package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.HoldoutExperiment;
import io.campaignsim.compare.HoldoutReading;
import io.campaignsim.compare.HoldoutTest;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.Metric;
import io.campaignsim.engine.CustomerOutcomes;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Over many replications of a small world, the randomised holdout test's 95 % interval contains
 * that replication's true effect (run minus twin) as often as the theory says, and its estimate is
 * unbiased (issue #16 §1).
 *
 * <p>What "as often as the theory says" is: for a random split with n_T treated and n_H held out of
 * N, the difference in means has variance V = S²₁/n_T + S²₀/n_H − S²_τ/N around the population's
 * average effect (Neyman 1923), while Welch's interval estimates S²₁/n_T + S²₀/n_H in expectation,
 * so it covers 2Φ(z·sqrt(V_Welch/V)) − 1 ≥ 95 % (conservative by the variance of the customers' own
 * effects, which no experiment can estimate). The test computes that predicted coverage from each
 * replication's hidden per-customer outcomes (S² with divisor N − 1) and requires the observed
 * coverage to lie within 3 binomial standard errors of its mean, and not below 95 % by more than 3
 * standard errors. The bias (mean of estimate − truth) must lie within 3 of its standard errors of 0.
 * These are the same functions compare calls for every strategy (HoldoutTestTruthTest checks that
 * wiring); the journey policy here mails everyone every day, with persuadables and sleeping dogs, so
 * effects differ between customers.
 */
@Tag("slow")
class HoldoutTestCoverageTest {

    private static final int REPLICATIONS = 400;
    private static final int CUSTOMERS = 3000;
    private static final double SHARE = 0.3;
    private static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

    private static final CompareMetric[] METRICS = {CompareMetric.CONVERSIONS, CompareMetric.PROFIT};

    @Test
    void theHoldoutIntervalCoversEachReplicationsTruthAsPredictedAndTheEstimateIsUnbiased() throws InterruptedException {
        String groups = "persuadable: { share: 0.3, effect: 0.05 }\nsure_thing: { share: 0.2 }\n"
                + "lost_cause: { share: 0.4 }\nsleeping_dog: { share: 0.1, effect: -0.03 }";
        Scenario base = CompareFixtures.scenario(CUSTOMERS, 15, REPLICATIONS, groups,
                "- { name: everyone, type: policy }").withSeed(3);
        long[] seeds = CompareJob.replicationSeeds(base);
        int[] covered = new int[METRICS.length];
        double[] predicted = new double[METRICS.length];
        double[][] error = new double[METRICS.length][REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            Scenario s = base.withSeed(seeds[r]);
            SimulationEngine.Run run = SimulationEngine.builder(s, new PopulationGenerator(s).generate(1))
                    .policy(JourneyPolicy.factory(s)).customerOutcomes(true).build()
                    .runDetailed(SimulationEngine.RunOptions.of(r));
            boolean[] held = HoldoutExperiment.assign(s.seed(), r, CUSTOMERS, SHARE);
            HoldoutTest test = HoldoutExperiment.test(run.outcomes(), run.result(), held, SHARE, 0.95);
            for (int k = 0; k < METRICS.length; k++) {
                HoldoutReading x = test.byMetric().get(METRICS[k]);
                covered[k] += x.covers() ? 1 : 0;
                error[k][r] = x.error();
                predicted[k] += predictedCoverage(run.outcomes(), METRICS[k].counter(), x.treated(), x.heldOut());
            }
        }
        for (int k = 0; k < METRICS.length; k++) {
            check(METRICS[k], (double) covered[k] / REPLICATIONS, predicted[k] / REPLICATIONS, error[k]);
        }
    }

    private static void check(CompareMetric metric, double coverage, double predicted, double[] error) {
        double se = Math.sqrt(predicted * (1 - predicted) / REPLICATIONS);
        double nominalSe = Math.sqrt(0.95 * 0.05 / REPLICATIONS);
        double mean = 0;
        for (double e : error) {
            mean += e;
        }
        mean /= REPLICATIONS;
        double ss = 0;
        for (double e : error) {
            ss += (e - mean) * (e - mean);
        }
        double biasSe = Math.sqrt(ss / (REPLICATIONS - 1) / REPLICATIONS);
        System.out.printf(java.util.Locale.ROOT, "holdout test %s: coverage %.4f (predicted %.4f ± %.4f), bias %.3f ± %.3f%n",
                metric.key(), coverage, predicted, se, mean, biasSe);
        assertTrue(Math.abs(coverage - predicted) <= 3 * se,
                metric + ": coverage " + coverage + ", predicted " + predicted + " ± " + se);
        assertTrue(coverage >= 0.95 - 3 * nominalSe, metric + ": coverage " + coverage + " below 95 %");
        assertTrue(Math.abs(mean) <= 3 * biasSe, metric + ": bias " + mean + " ± " + biasSe);
    }

    /** 2Φ(z·sqrt(E[Welch variance] / true variance)) − 1 for this population and split sizes. */
    private static double predictedCoverage(CustomerOutcomes o, Metric m, int nT, int nH) {
        int n = o.size();
        double m1 = 0;
        double m0 = 0;
        for (int i = 0; i < n; i++) {
            m1 += o.policy(m, i);
            m0 += o.twin(m, i);
        }
        m1 /= n;
        m0 /= n;
        double s1 = 0;
        double s0 = 0;
        double st = 0;
        for (int i = 0; i < n; i++) {
            double d1 = o.policy(m, i) - m1;
            double d0 = o.twin(m, i) - m0;
            s1 += d1 * d1;
            s0 += d0 * d0;
            st += (d1 - d0) * (d1 - d0);
        }
        s1 /= n - 1;
        s0 /= n - 1;
        st /= n - 1;
        double welch = s1 / nT + s0 / nH;
        double truth = welch - st / n;
        return 2 * new NormalDistribution().cumulativeProbability(Z * Math.sqrt(welch / truth)) - 1;
    }
}
