package io.campaignsim.strategy.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.bandit.EpsilonGreedy;
import io.campaignsim.strategy.predict.Prediction;
import io.campaignsim.strategy.targeting.TargetingStrategy.Goal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each strategy type read from YAML into its typed spec: one row per type with parameters away
 * from their defaults (so a parameter read under the wrong key or ignored fails), and the
 * defaults when nothing is written.
 */
class StrategySpecsTest {

    private record Row(String yaml, FamilySpec expected) {
        @Override
        public String toString() {
            return yaml;
        }
    }

    private static final List<String> ARMS = List.of("none", "ten_off");

    static Stream<Row> rows() {
        return Stream.of(
                new Row("{ name: x, type: holdout }", new HoldoutSpec()),
                new Row("{ name: x, type: policy }", new AsProposedSpec()),
                new Row("{ name: x, type: random, arms: [none, ten_off], contact_rate: 0.4 }", new RandomSpec(ARMS, 0.4)),
                new Row("{ name: x, type: oracle, arms: [none, ten_off] }", new OracleSpec(ARMS)),
                new Row("{ name: x, type: ab_test, arms: [none, ten_off], test_days: 9, alpha: 0.01, power: 0.9, mde: 0.02,"
                        + " test_fraction: 0.5, metric: profit, sequential: true }",
                        new AbTestSpec(ARMS, 9, 0.01, 0.9, 0.02, 0.5, Reward.PROFIT, true)),
                new Row("{ name: x, type: multivariate, offers: [none, ten_off], channels: [email, sms], hours: [9, 19],"
                        + " test_days: 8, alpha: 0.1, test_fraction: 0.7 }",
                        new MultivariateSpec(ARMS, List.of("email", "sms"), List.of(9, 19), 8, 0.1, 0.7)),
                new Row("{ name: x, type: epsilon_greedy, arms: [none, ten_off], epsilon: 0.25, reward: profit }",
                        new EpsilonGreedySpec(ARMS, 0.25, Reward.PROFIT, 28)),
                new Row("{ name: x, type: ucb1, arms: [none, ten_off], c: 3, reward: profit }",
                        new Ucb1Spec(ARMS, 3, Reward.PROFIT, 28)),
                new Row("{ name: x, type: thompson, arms: [none, ten_off], reward: conversion, prior_alpha: 2, prior_beta: 50 }",
                        new ThompsonSpec(ARMS, Reward.CONVERSION, 2, 50, 28)),
                new Row("{ name: x, type: linucb, arms: [none, ten_off], alpha: 0.5, l2: 3, reward: profit }",
                        new LinUcbSpec(ARMS, 0.5, 3, Reward.PROFIT, 28)),
                new Row("{ name: x, type: lin_ts, arms: [no_contact, ten_off], v: 0.2, l2: 4, reward: clv,"
                        + " reward_window_days: 14 }",
                        new LinTsSpec(List.of("no_contact", "ten_off"), 0.2, 4, Reward.CLV, 14)),
                new Row("{ name: x, type: propensity, arms: [ten_off], warmup_days: 5, budget: 0.2 }",
                        new TargetingSpec(Goal.PROPENSITY, List.of("ten_off"), "t_learner", 5, 0.2)),
                new Row("{ name: x, type: uplift, arms: [ten_off], learner: x_learner, warmup_days: 6, budget: 0.4 }",
                        new TargetingSpec(Goal.UPLIFT, List.of("ten_off"), "x_learner", 6, 0.4)),
                new Row("{ name: x, type: next_best_action, arms: [email:ten_off, sms:none], warmup_days: 7, budget: 0.5 }",
                        new NextBestActionSpec(List.of("email:ten_off", "sms:none"), 7, 0.5)),
                new Row("{ name: x, type: next_product, arms: [email:apparel, sms:ten_off:shoes], prior_strength: 50,"
                        + " recent_days: 14 }",
                        new NextProductSpec(List.of("email:apparel", "sms:ten_off:shoes"), 50, 14)),
                new Row("{ name: x, type: churn_prevention, arms: [ten_off], warmup_days: 4, budget: 0.1 }",
                        new TargetingSpec(Goal.CHURN, List.of("ten_off"), "t_learner", 4, 0.1)),
                new Row("{ name: x, type: churn_prevention, arms: [ten_off], warmup_days: 20, budget: 0.1, score: churn_within }",
                        new TargetingSpec(Goal.CHURN, List.of("ten_off"), "t_learner", 20, 0.1, Prediction.CHURN_WITHIN, 20)),
                new Row("{ name: x, type: propensity, arms: [ten_off], warmup_days: 10, score: first_purchase, within_days: 7 }",
                        new TargetingSpec(Goal.PROPENSITY, List.of("ten_off"), "t_learner", 10, 0.3,
                                Prediction.FIRST_PURCHASE, 7)),
                new Row("{ name: x, type: propensity, arms: [ten_off], score: clv }",
                        new TargetingSpec(Goal.PROPENSITY, List.of("ten_off"), "t_learner", 14, 0.3, Prediction.CLV, 0)),
                new Row("{ name: x, type: next_best_action, warmup_days: 7, basket: next_basket_value }",
                        new NextBestActionSpec(List.of(), 7, 1.0, "next_basket_value")),
                new Row("{ name: x, type: fitted_q, arms: [ten_off], gamma: 0.95, reward: profit, warmup_days: 10,"
                        + " warmup_epsilon: 0.2, epsilon: 0.03, epsilon_half_life_days: 10, refit_days: 5, iterations: 50,"
                        + " l2: 2, replay_size: 5000, pessimism: 1 }",
                        new FittedQSpec(List.of("ten_off"), 0.95, Reward.PROFIT, 10, 0.2, 0.03, 10, 5, 50, 2, 5000, 1)),
                new Row("{ name: x, type: q_learning, arms: [ten_off], reward: clv, warmup_days: 3, warmup_epsilon: 0.3,"
                        + " epsilon: 0.2, epsilon_half_life_days: 7, learning_rate: 0.05, pessimism: 2 }",
                        new QLearningSpec(List.of("ten_off"), Double.NaN, Reward.CLV, 3, 0.3, 0.2, 7, 0.05, 2)),
                new Row("{ name: x, type: send_time, mode: fixed, hour: 19, prior_strength: 2 }",
                        new SendTimeStrategySpec("fixed", 19, 2, "none", 3)),
                new Row("{ name: x, type: send_time, weekday: learned, weekday_window_days: 4 }",
                        new SendTimeStrategySpec("learned", 10, 1, "learned", 4)),
                new Row("{ name: x, type: oracle_send_time }", new OracleSendTimeSpec()),
                new Row("{ name: x, type: channel, prior_strength: 3, unsubscribe_cost: 12 }",
                        new ChannelStrategySpec(3, 12)));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void readsEveryParameter(Row row) throws IOException {
        StrategySpec declared = load(row.yaml());
        FamilySpec typed = new StrategyRegistry().spec(declared);
        assertEquals(row.expected(), typed);
    }

    @Test
    void everyRegisteredTypeHasARow() {
        Set<String> covered = rows().map(r -> r.yaml().replaceAll(".*type: (\\w+).*", "$1")).collect(Collectors.toSet());
        assertEquals(Set.copyOf(new StrategyRegistry().names()), covered);
    }

    @Test
    void defaultsComeFromTheDeclarations() throws IOException {
        assertEquals(new EpsilonGreedySpec(List.of(), EpsilonGreedy.DEFAULT_EPSILON, Reward.CONVERSION, 28),
                new StrategyRegistry().spec(load("{ name: x, type: epsilon_greedy }")));
        AbTestSpec ab = (AbTestSpec) new StrategyRegistry().spec(load("{ name: x, type: ab_test }"));
        assertEquals(new AbTestSpec(List.of(), 14, 0.05, 0.8, Double.NaN, 1.0, Reward.CONVERSION, false), ab);
        assertEquals(new TargetingSpec(Goal.PROPENSITY, List.of(), "t_learner", 14, 0.3),
                new StrategyRegistry().spec(load("{ name: x, type: propensity }")));
        assertEquals(new SendTimeStrategySpec("learned", 10, 1, "none", 3), new StrategyRegistry().spec(load("{ name: x, type: send_time }")));
        assertEquals(new ChannelStrategySpec(8, 5), new StrategyRegistry().spec(load("{ name: x, type: channel }")));
    }

    /** What the JSON Schema is generated from: every parameter described, every default allowed. */
    @Test
    void everyParameterIsDescribedAndItsDefaultIsValid() {
        for (StrategyTypeInfo type : StrategyRegistry.parameters()) {
            assertFalse(type.doc().isBlank(), type.name());
            for (ParamSpec p : type.params()) {
                String where = type.name() + "." + p.key();
                assertFalse(p.doc().isBlank(), where);
                switch (p.kind()) {
                    case NUMBER -> {
                        double d = (Double) p.defaultValue();
                        assertTrue(p.min() <= p.max(), where);
                        assertTrue(Double.isNaN(d) || d >= p.min() && d <= p.max(), where + " default out of range");
                    }
                    case NUMBER_BELOW_MAX -> {
                        double d = (Double) p.defaultValue();
                        assertTrue(d >= p.min() && d < p.max(), where + " default out of range");
                    }
                    case WORD -> assertTrue(p.words().contains((String) p.defaultValue()), where);
                    case BOOLEAN -> assertInstanceOf(Boolean.class, p.defaultValue(), where);
                    default -> assertEquals(List.of(), p.defaultValue(), where);
                }
            }
        }
    }

    private static StrategySpec load(String strategyYaml) throws IOException {
        // with a discount rate, so that reward: clv rows validate
        String text = Files.readString(Path.of("scenarios/quickstart.yaml")).replace("economics:\n",
                "economics:\n  discount_rate: 0.1\n");
        String head = text.substring(0, text.indexOf("strategies:"));
        String tail = text.substring(text.indexOf("\nreport:"));
        // a holdout after it: a list of only the oracle is refused (it is the yardstick, issue #21)
        Scenario s = new ScenarioLoader().parse(head + "strategies:\n  - " + strategyYaml
                + "\n  - { name: baseline_holdout, type: holdout }\n" + tail.substring(1), "t.yaml");
        return s.strategies().get(0);
    }
}
