package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.Objective;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.strategy.spec.OracleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The far-sighted oracle is an upper bound in expectation (issue #15): on every bundled scenario,
 * and on the issue's failing example, no strategy has significantly negative regret against it.
 *
 * <p>Each test is a one-sided paired t-test per strategy over replications (common random numbers
 * pair the runs): H0 "E[oracle - strategy] >= 0" is rejected, and the test fails, when the upper
 * end of the one-sided (1 - alpha) bound of the mean regret is below 0, with alpha = 1 % split over
 * the strategies of the scenario (Bonferroni), so a correct oracle fails a scenario with
 * probability at most 1 %. The old myopic oracle fails the failing example by a wide margin
 * (-3,324 profit [-3,947, -2,702] against the holdout, 3 replications).
 */
@Tag("slow")
class OracleBoundTest {

    private static final double ALPHA = 0.01;
    /** Replications per scenario: enough for a paired t-test, few enough for the slow suite's budget. */
    private static final int REPLICATIONS = 6;
    /** Customers per scenario at most: the bound is per customer, so a smaller population tests the same thing. */
    private static final long MAX_SIZE = 3_000;

    static Stream<Path> bundled() throws IOException {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void noStrategyBeatsTheOracleInExpectation(Path file) throws InterruptedException {
        Scenario s = new ScenarioLoader().load(file);
        s = s.withSize(Math.min(MAX_SIZE, s.population().size())).withReplications(REPLICATIONS);
        assertNotBeaten(s, sameDecisions(withOracle(s)), file.getFileName().toString());
    }

    /**
     * The strategies the far-sighted oracle bounds: those that decide what it decides (whom to contact,
     * with which arm), at the policy's send hour. A {@code send_time} strategy chooses the hour, which
     * the oracle does not: on send-time.yaml a fixed 7 h beats the offer oracle sending at the
     * policy's 10 h (regret −3,172, t 5.2 at 3,000 customers), so the bound does not apply to it; that
     * scenario's own yardstick for the hour is {@code oracle_send_time} (docs/personalisation.md).
     */
    private static List<StrategySpec> sameDecisions(List<StrategySpec> specs) {
        return specs.stream().filter(x -> !x.type().equals("send_time") && !x.type().startsWith("oracle_")).toList();
    }

    /**
     * The issue's example: 3,000 customers, 60 days, one email channel with heavy fatigue (0.5 a
     * send, half-life 30 days) and a 20 % discount offered every day. The myopic oracle lost 29 %
     * of profit against the holdout there. The far-sighted one must not be beaten by any strategy,
     * the holdout included (non-negative regret in expectation, {@link #assertNotBeaten}); its gain over
     * the holdout is small and not significant with 8 replications, so that is not asserted. The
     * old defect is excluded outright: the one-sided 95 % lower bound of (oracle − holdout) must lie
     * above −5 % of the holdout's profit (the myopic oracle lost 29 %; replication noise here is
     * under 1 %).
     */
    @Test
    void theFailingExampleOfTheIssue() throws InterruptedException {
        String yaml = """
                name: fatigue-issue
                seed: 7
                horizon_days: 60
                replications: 8
                population:
                  size: 3000
                  segments:
                    - { name: all, share: 1.0, purchase_rate: 0.01, churn_hazard: 0.001, avg_basket: 60, tenure_days: 600 }
                  uplift_groups:
                    persuadable:  { share: 0.30, effect: 0.04 }
                    sure_thing:   { share: 0.20 }
                    lost_cause:   { share: 0.40 }
                    sleeping_dog: { share: 0.10, effect: -0.02 }
                channels:
                  email: { cost: 0.002, reach: 0.95, open_rate: 0.25, click_rate: 0.1, fatigue_per_send: 0.5,
                           fatigue_half_life_days: 30, unsubscribe_rate: 0.002 }
                offers:
                  - { name: none }
                  - { name: twenty_off, discount: 0.20 }
                policy:
                  rules:
                    - { name: daily, when: "true", then: { channel: email, offer: twenty_off } }
                strategies:
                  - { name: holdout, type: holdout }
                  - { name: daily, type: policy }
                  - { name: ts, type: thompson, arms: [none, twenty_off] }
                  - { name: eps, type: epsilon_greedy, arms: [none, twenty_off] }
                  - { name: random10, type: random, arms: [none, twenty_off], contact_rate: 0.1 }
                  - { name: nba, type: next_best_action }
                  - { name: uplift, type: uplift, arms: [twenty_off] }
                  - { name: oracle, type: oracle, arms: [none, twenty_off] }
                """;
        Scenario s = new ScenarioLoader().parse(yaml, "fatigue-issue.yaml");
        List<StrategyRun> runs = assertNotBeaten(s, s.strategies(), "fatigue-issue");
        double[] d = regret(runs, "holdout", Objective.PROFIT); // oracle minus holdout
        double low = mean(d) - quantile(0.95, d.length) * sd(d) / Math.sqrt(d.length);
        double holdout = runs.stream().filter(r -> r.strategy().equals("holdout")).mapToDouble(r -> r.value(CompareMetric.PROFIT))
                .average().orElseThrow();
        assertTrue(low > -0.05 * holdout, "the oracle loses to the holdout as the myopic one did: mean " + mean(d)
                + ", one-sided 95 % lower bound " + low + ", holdout profit " + holdout);
    }

    /** Runs the strategies and fails when one has significantly negative regret; returns the runs. */
    private static List<StrategyRun> assertNotBeaten(Scenario s, List<StrategySpec> strategies, String what)
            throws InterruptedException {
        List<StrategyRun> runs = new CompareJob().simulate(s, strategies, 2, (done, total) -> { });
        Objective objective = Objective.parse(s.economics().objective());
        List<String> contenders = strategies.stream().filter(x -> !x.type().equals(OracleSpec.TYPE.name())).map(StrategySpec::name)
                .toList();
        for (String name : contenders) {
            double[] d = regret(runs, name, objective);
            double t = quantile(1 - ALPHA / contenders.size(), d.length);
            double high = mean(d) + t * sd(d) / Math.sqrt(d.length);
            assertTrue(high >= 0, what + ": " + name + " beats the oracle on " + objective.key() + ": regret " + mean(d)
                    + ", one-sided upper bound " + high + " (t " + t + ")");
        }
        return runs;
    }

    /** Oracle minus strategy on the objective, per replication. */
    private static double[] regret(List<StrategyRun> runs, String strategy, Objective objective) {
        List<StrategyRun> oracle = runs.stream().filter(r -> r.type().equals(OracleSpec.TYPE.name())).toList();
        List<StrategyRun> mine = runs.stream().filter(r -> r.strategy().equals(strategy)).toList();
        double[] d = new double[mine.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = oracle.get(i).value(objective.metric()) - mine.get(i).value(objective.metric());
        }
        return d;
    }

    /** The scenario's strategies, with an oracle over every offer when it has none. */
    private static List<StrategySpec> withOracle(Scenario s) {
        List<StrategySpec> out = new ArrayList<>(s.strategies());
        if (out.stream().noneMatch(x -> x.type().equals(OracleSpec.TYPE.name()))) {
            List<String> arms = new ArrayList<>(List.of(ActionSpec.NONE));
            s.offerNames().stream().filter(o -> !o.equals(ActionSpec.NONE)).forEach(arms::add);
            out.add(new StrategySpec("oracle", OracleSpec.TYPE, Map.of("arms", arms), null));
        }
        return out;
    }

    private static double quantile(double p, int n) {
        return new TDistribution(n - 1).inverseCumulativeProbability(p);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
