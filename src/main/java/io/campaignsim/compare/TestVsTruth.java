package io.campaignsim.compare;

import io.campaignsim.stats.Estimate;
import java.util.List;

/**
 * A strategy's randomised holdout test against the truth, on one metric, over the replications:
 * what a real test would have shown and how often it was right. Totals over a population of
 * {@code customers}, in the metric's units.
 *
 * @param holdoutShare the share of customers held out in each test
 * @param customers population size of each replication
 * @param truth mean over replications of each replication's exact effect (run minus twin), with its
 *     t interval over replications: the expected effect of the strategy on a freshly drawn population
 *     of {@code customers}; the interval says how precisely the replications pin that expectation down
 * @param estimate mean over replications of the test's estimate, with its t interval over replications
 * @param bias mean over replications of (estimate - truth), with its t interval and standard error
 *     over replications; 0 inside the interval is what an unbiased test gives
 * @param coverage share of the tests with an interval whose interval contains that replication's truth
 * @param coverageSe binomial standard error of {@code coverage}: sqrt(c(1 - c)/tests)
 * @param tests replications whose test had an interval (the denominator of coverage)
 * @param meanHalfWidth mean half-width of one test's interval: how precise a single real test is
 * @param first the test of the first replication (the one that reproduces {@code simulate}): what
 *     one real test would have shown
 * @param byReplication every replication's test in replication order; empty when read back from
 *     comparison.json, which keeps only the summary (holdout_test.csv keeps them)
 */
public record TestVsTruth(double holdoutShare, int customers, Estimate truth, Estimate estimate, Estimate bias,
        double coverage, double coverageSe, int tests, double meanHalfWidth, HoldoutReading first,
        List<HoldoutReading> byReplication) {

    public TestVsTruth {
        byReplication = List.copyOf(byReplication);
    }

    /** The summary of one strategy's tests, one per replication in replication order. */
    static TestVsTruth of(double holdoutShare, List<HoldoutReading> readings, double level) {
        int n = readings.size();
        double[] truth = new double[n];
        double[] estimate = new double[n];
        double[] error = new double[n];
        int tests = 0;
        int covered = 0;
        double halfWidths = 0;
        for (int r = 0; r < n; r++) {
            HoldoutReading x = readings.get(r);
            truth[r] = x.truth();
            estimate[r] = x.estimate();
            error[r] = x.error();
            if (x.hasInterval()) {
                tests++;
                covered += x.covers() ? 1 : 0;
                halfWidths += (x.ciHigh() - x.ciLow()) / 2;
            }
        }
        double coverage = tests == 0 ? Double.NaN : (double) covered / tests;
        double coverageSe = tests == 0 ? Double.NaN : Math.sqrt(coverage * (1 - coverage) / tests);
        return new TestVsTruth(holdoutShare, readings.get(0).customers(), PairedStats.estimate(truth, level),
                PairedStats.estimate(estimate, level), PairedStats.estimate(error, level), coverage, coverageSe, tests,
                tests == 0 ? Double.NaN : halfWidths / tests, readings.get(0), readings);
    }
}
