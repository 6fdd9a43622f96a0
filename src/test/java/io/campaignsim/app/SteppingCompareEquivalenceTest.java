package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.engine.Stepping;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.stats.Distributions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * compare under {@code --stepping next-event} gives every strategy the same expected results as under
 * daily stepping (issue #20): the learners (epsilon-greedy, UCB1, Thompson, LinUCB, an A/B test) learn
 * across customers through endOfShardDay / endOfDay under both engines, so their profit, conversions and
 * contacts must agree in distribution.
 *
 * <p><b>Test.</b> Both steppings run the same R replication seeds. Replication r generates the same
 * population under both (population draws do not depend on the stepping) while the world's draws differ,
 * so given the population the two runs are independent draws of the same model and
 * d_r = next-event_r − daily_r has mean 0 under the claim, independently across replications. A paired
 * t-test on d (R − 1 degrees of freedom; each d_r is a difference of sums over thousands of customers, so
 * close to normal) is therefore exact in level and more sensitive than a Welch test on the two samples,
 * because the population's variation cancels. Every (strategy, metric) is one test; Bonferroni keeps the
 * family-wise false-alarm rate at {@value #FAMILY_ALPHA}. The test also states, and checks, how small a
 * bias it can see: the half-width of each difference's Bonferroni interval as a share of the mean (with
 * 30 replications of 4,000 customers × 30 days about 5 % of profit, 4.5 % of conversions and 0.5 % of
 * contacts). It runs in about 45 s on 2 loaded cores.
 */
@Tag("slow")
class SteppingCompareEquivalenceTest {

    /** Family-wise probability that the test fails although the engines agree: one run in a thousand. */
    static final double FAMILY_ALPHA = 0.001;
    /**
     * The largest bias, as a share of a metric's mean, that a test may be blind to (its Bonferroni
     * interval's half-width). A model difference between the engines (a missed purchase or contact
     * candidate, a hazard applied on the wrong day) moves these totals by more than that; a run too small or
     * too noisy to see it fails instead of passing vacuously.
     */
    static final double MAX_BLIND_SHARE = 0.10;
    static final int REPLICATIONS = 30;
    static final List<CompareMetric> METRICS = List.of(CompareMetric.PROFIT, CompareMetric.CONVERSIONS,
            CompareMetric.CONTACTS);

    @Test
    void perStrategyMeansAgreeBetweenDailyAndNextEvent() throws Exception {
        Scenario s = new ScenarioOverrides(null, 30, 4_000L, REPLICATIONS)
                .apply(new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml")));
        List<String> names = List.of("control", "business_as_usual", "ab", "eps", "ucb", "ts", "linucb");
        List<StrategySpec> strategies = CompareJob.select(s, names, "quickstart.yaml");
        long[] seeds = CompareJob.replicationSeeds(s);
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        List<StrategyRun> daily = new CompareJob().withStepping(Stepping.DAILY)
                .simulateAll(s, seeds, strategies, threads, (d, t) -> { }).runs();
        List<StrategyRun> nextEvent = new CompareJob().withStepping(Stepping.NEXT_EVENT)
                .simulateAll(s, seeds, strategies, threads, (d, t) -> { }).runs();

        int tests = 0;
        for (String st : names) {
            for (CompareMetric m : METRICS) {
                if (!(st.equals("control") && m == CompareMetric.CONTACTS)) {
                    tests++;
                }
            }
        }
        double perTest = FAMILY_ALPHA / tests;
        double tCritical = Distributions.tQuantile(REPLICATIONS - 1, 1 - perTest / 2);
        List<String> failures = new ArrayList<>();
        double worstRelativeHalfWidth = 0;
        String weakest = "";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-18s %-12s %12s %12s %10s %8s%n", "strategy", "metric", "daily mean", "n-e minus d", "+-", "p"));
        for (String st : names) {
            for (CompareMetric m : METRICS) {
                double[] a = values(daily, st, m);
                double[] b = values(nextEvent, st, m);
                if (st.equals("control") && m == CompareMetric.CONTACTS) {
                    assertArrayEquals(new double[REPLICATIONS], b, "the holdout contacts nobody under either engine");
                    continue;
                }
                double[] d = new double[REPLICATIONS];
                double mean = 0;
                double dailyMean = 0;
                for (int r = 0; r < REPLICATIONS; r++) {
                    d[r] = b[r] - a[r];
                    mean += d[r] / REPLICATIONS;
                    dailyMean += a[r] / REPLICATIONS;
                }
                double ss = 0;
                for (double x : d) {
                    ss += (x - mean) * (x - mean);
                }
                double se = Math.sqrt(ss / (REPLICATIONS - 1) / REPLICATIONS);
                double t = mean / se;
                double p = Distributions.tTwoSided(t, REPLICATIONS - 1);
                double halfWidth = tCritical * se;
                table.append(String.format(Locale.ROOT, "%-18s %-12s %12.1f %12.2f %10.2f %8.4f%n", st, m.key(),
                        dailyMean, mean, halfWidth, p));
                if (p < perTest) {
                    failures.add(st + " " + m.key() + ": next-event minus daily " + mean + " +- " + halfWidth
                            + " (p = " + p + " < " + perTest + ")");
                }
                if (halfWidth > worstRelativeHalfWidth * Math.abs(dailyMean)) {
                    worstRelativeHalfWidth = halfWidth / Math.abs(dailyMean);
                    weakest = st + " " + m.key();
                }
            }
        }
        System.out.print("SteppingCompareEquivalenceTest (" + tests + " paired t-tests, Bonferroni at family-wise "
                + FAMILY_ALPHA + ", +- is each difference's Bonferroni interval half-width):\n" + table);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + table);
        // not vacuous: every test would have seen a bias of MAX_BLIND_SHARE of its metric's mean
        assertTrue(worstRelativeHalfWidth < MAX_BLIND_SHARE, weakest + " only sees biases beyond "
                + worstRelativeHalfWidth + " of its mean\n" + table);
    }

    private static double[] values(List<StrategyRun> runs, String strategy, CompareMetric m) {
        double[] v = new double[REPLICATIONS];
        for (StrategyRun r : runs) {
            if (r.strategy().equals(strategy)) {
                v[r.replication()] = r.value(m);
            }
        }
        return v;
    }
}
