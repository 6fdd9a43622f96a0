package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.check.Baseline;
import io.campaignsim.compare.check.MetricCheck;
import io.campaignsim.compare.check.Verdict;
import io.campaignsim.random.Seeds;
import io.campaignsim.scenario.CheckSpec;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check} can see on {@code scenarios/ci-check.yaml} (issue #16), measured over many
 * baseline seeds with known, injected policy changes:
 * <ul>
 *   <li><b>Regression:</b> every strategy leaves a random {@value #WITHHELD} of its customers alone (chosen by a
 *       hash), which cuts what it causes, its incremental profit, by about 10 % (measured and asserted). Target: the journey
 *       policy's incremental profit flagged REGRESSED in at least 80 % of seeds (the other strategies'
 *       rates are printed).</li>
 *   <li><b>Harmless change:</b> baseline and check both leave that share alone, but different customers: the
 *       expected value is the same, yet every trajectory differs. Target: at most 5 % of builds fail.</li>
 * </ul>
 * The rates are asserted with exact binomial tests at the 5 % level, so the test fails only when the
 * data contradict the target, not when one seed is unlucky. It prints the measured rates (quoted in
 * docs/ci.md).
 */
@Tag("slow")
class CheckPowerTest {

    private static final Path SCENARIO = Path.of("scenarios/ci-check.yaml");
    private static final int SEEDS = Integer.getInteger("campaignsim.powerSeeds", 10);
    private static final String OBJECTIVE = "incremental_profit";
    /** The scenario's journey policy (type policy): the target is stated for it. */
    private static final String POLICY = "business_as_usual";

    @TempDir
    Path dir;

    /** Leaves a hashed share of customers alone; otherwise decides as the wrapped strategy. */
    record Withhold(Strategy inner, double share, long salt) implements Strategy {
        @Override
        public List<Arm> arms() {
            return inner.arms();
        }

        @Override
        public int choose(Decision d) {
            return Seeds.toUnit(Seeds.mix(Seeds.derive(salt, d.customer()))) < share ? NO_CONTACT : inner.choose(d);
        }

        @Override
        public boolean needsFeatures() {
            return inner.needsFeatures();
        }

        @Override
        public void learn(Feedback feedback) {
            inner.learn(feedback);
        }

        @Override
        public void endOfDay(int day) {
            inner.endOfDay(day);
        }
    }

    /**
     * Share of customers left alone by the injected change. It cut the policy's incremental profit by
     * 10.4 % on average over seeds 1-10 (docs/ci.md); the test asserts the cut it measures.
     */
    static final double WITHHELD = 0.10;

    private static UnaryOperator<Strategy> withhold(long salt) {
        return s -> new Withhold(s, WITHHELD, salt);
    }

    /** Runs the scenario's replications for run seed {@code seed} under {@code change}, as a baseline file. */
    private Baseline values(UnaryOperator<Strategy> change, long seed, String name) throws Exception {
        Path baselines = Files.createDirectories(dir.resolve(name + "-" + seed));
        new CheckJob(new CompareJob(change)).run(new CheckJob.Request(List.of(SCENARIO), baselines, true, seed, null, 2),
                line -> { });
        return BaselineStore.read(BaselineStore.fileFor(baselines, "ci-check"));
    }

    /** The check of {@code current} against {@code baseline}: the same test {@code campaignsim check} runs. */
    private static List<MetricCheck> check(Baseline baseline, Baseline current, CheckSpec spec) {
        return CheckJob.test(baseline, current.values(), spec, baseline.strategies());
    }

    @Test
    void catchesATenPercentCutOfThePolicyAndRarelyFailsAHarmlessChange() throws Exception {
        CheckSpec spec = new ScenarioLoader().load(SCENARIO).check();
        Map<String, Integer> caught = new LinkedHashMap<>();
        double cutSum = 0;
        int failedBuilds = 0;
        StringBuilder report = new StringBuilder();
        for (int k = 1; k <= SEEDS; k++) {
            Baseline unchanged = values(UnaryOperator.identity(), k, "unchanged");
            Baseline a = values(withhold(1000 + k), k, "a");
            Baseline b = values(withhold(2000 + k), k, "b");
            for (MetricCheck r : check(unchanged, a, spec)) {
                if (r.metric().equals(OBJECTIVE) && !r.strategy().equals("control")) {
                    caught.merge(r.strategy(), r.verdict() == Verdict.REGRESSED ? 1 : 0, Integer::sum);
                    cutSum += r.strategy().equals(POLICY) ? -r.difference() / r.baselineMean() : 0;
                    report.append(String.format(Locale.ROOT, "seed %d %s: %s %.1f -> %.1f, difference %.1f [%.1f, %.1f], "
                            + "p %.4f, adjusted %.4f, %s%n", k, r.strategy(), OBJECTIVE, r.baselineMean(), r.currentMean(),
                            r.difference(), r.ciLow(), r.ciHigh(), r.pValue(), r.adjustedPValue(), r.verdict().label()));
                }
            }
            List<MetricCheck> harmless = check(a, b, spec);
            int seed = k;
            boolean failed = harmless.stream().anyMatch(r -> r.verdict() == Verdict.REGRESSED);
            failedBuilds += failed ? 1 : 0;
            harmless.stream().filter(r -> r.verdict() == Verdict.REGRESSED).forEach(r -> report.append(
                    "seed " + seed + " harmless change flagged: " + r.strategy() + " " + r.metric() + "\n"));
        }
        caught.forEach((s, n) -> report.append(String.format(Locale.ROOT, "%s: 10 %% cut caught in %d of %d seeds%n", s, n,
                SEEDS)));
        report.append(String.format(Locale.ROOT, "harmless change: %d of %d builds failed%n", failedBuilds, SEEDS));
        double meanCut = cutSum / SEEDS;
        report.append(String.format(Locale.ROOT, "mean cut of the policy's %s: %.1f %%%n", OBJECTIVE, 100 * meanCut));
        System.out.print(report);
        // The injected change is the one the target speaks of: a cut of about 10 % (8-12 %).
        assertTrue(meanCut > 0.08 && meanCut < 0.12, "the injected change is not a 10 % cut\n" + report);
        // One-sided exact binomial tests at 5 %: fail only when the counts contradict the targets.
        BinomialDistribution atTarget = new BinomialDistribution(null, SEEDS, 0.80);
        assertTrue(atTarget.cumulativeProbability(caught.get(POLICY)) > 0.05,
                "power significantly below 80 % for the journey policy\n" + report);
        BinomialDistribution falseAlarms = new BinomialDistribution(null, SEEDS, 0.05);
        assertTrue(1 - falseAlarms.cumulativeProbability(failedBuilds - 1) > 0.05,
                "false-alarm rate significantly above 5 %\n" + report);
    }
}
