package io.campaignsim.scenario;

import java.util.Arrays;
import java.util.List;

/** The strategy families a scenario may name, each with the parameters it accepts. */
public enum StrategyType {
    HOLDOUT("holdout"),
    RANDOM("random", names("arms"), num("contact_rate", 0, 1)),
    ORACLE("oracle", names("arms")),
    AB_TEST("ab_test", names("arms"), num("test_days", 1, 3650), num("alpha", 1e-6, 0.5), num("power", 0.5, 0.9999),
            num("mde", 1e-6, 1), num("test_fraction", 0, 1), word("metric", "conversion", "profit"), bool("sequential")),
    MULTIVARIATE("multivariate", names("offers"), names("channels"), hours("hours"), num("test_days", 1, 3650),
            num("alpha", 1e-6, 0.5), num("test_fraction", 0, 1)),
    EPSILON_GREEDY("epsilon_greedy", names("arms"), num("epsilon", 0, 1), word("reward", "conversion", "profit", "clv"), num("reward_window_days", 1, 365)),
    UCB1("ucb1", names("arms"), num("c", 0, 100), word("reward", "conversion", "profit", "clv"), num("reward_window_days", 1, 365)),
    THOMPSON("thompson", names("arms"), word("reward", "conversion", "profit", "clv"), num("reward_window_days", 1, 365), num("prior_alpha", 1e-6, 1e6), num("prior_beta", 1e-6, 1e6)),
    LINUCB("linucb", names("arms"), num("alpha", 0, 100), num("l2", 1e-9, 1e6), word("reward", "conversion", "profit", "clv"), num("reward_window_days", 1, 365)),
    LIN_TS("lin_ts", names("arms"), num("v", 0, 100), num("l2", 1e-9, 1e6), word("reward", "conversion", "profit", "clv"), num("reward_window_days", 1, 365)),
    PROPENSITY("propensity", names("arms"), num("warmup_days", 1, 3650), num("budget", 0, 1)),
    UPLIFT("uplift", names("arms"), word("learner", "t_learner", "x_learner", "class_transformation"), num("warmup_days", 1, 3650), num("budget", 0, 1)),
    NEXT_BEST_ACTION("next_best_action", names("arms"), num("warmup_days", 1, 3650), num("budget", 0, 1)),
    CHURN_PREVENTION("churn_prevention", names("arms"), num("warmup_days", 1, 3650), num("budget", 0, 1)),
    FITTED_Q("fitted_q", names("arms"), below("gamma", 0, 1), word("reward", "profit", "clv"), num("warmup_days", 0, 3650),
            num("warmup_epsilon", 0, 1), num("epsilon", 0, 1), num("epsilon_half_life_days", 0, 3650), num("refit_days", 1, 3650),
            num("iterations", 1, 10_000), num("l2", 1e-9, 1e6), num("replay_size", 1_000, 10_000_000), num("pessimism", 0, 10)),
    Q_LEARNING("q_learning", names("arms"), below("gamma", 0, 1), word("reward", "profit", "clv"),
            num("warmup_days", 0, 3650), num("warmup_epsilon", 0, 1), num("epsilon", 0, 1),
            num("epsilon_half_life_days", 0, 3650), num("learning_rate", 1e-6, 1), num("pessimism", 0, 10)),
    POLICY("policy");

    /** How a parameter is written. */
    public enum Kind { NUMBER, NUMBER_BELOW_MAX, NAMES, WORD, BOOLEAN, HOURS }

    /** One accepted parameter; {@code words} lists the values a WORD parameter may take. */
    public record Param(String key, Kind kind, double min, double max, List<String> words) {
        public Param {
            words = List.copyOf(words);
        }
    }

    private final String yamlName;
    private final List<Param> params;

    StrategyType(String yamlName, Param... params) {
        this.yamlName = yamlName;
        this.params = List.of(params);
    }

    public String yamlName() {
        return yamlName;
    }

    public List<Param> params() {
        return params;
    }

    public static StrategyType byName(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst().orElse(null);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(StrategyType::yamlName).toList();
    }

    private static Param num(String key, double min, double max) {
        return new Param(key, Kind.NUMBER, min, max, List.of());
    }

    /** A number in [min, max): max itself is refused (a discount factor of 1 never converges). */
    private static Param below(String key, double min, double max) {
        return new Param(key, Kind.NUMBER_BELOW_MAX, min, max, List.of());
    }

    private static Param names(String key) {
        return new Param(key, Kind.NAMES, 0, 0, List.of());
    }

    private static Param hours(String key) {
        return new Param(key, Kind.HOURS, 0, 23, List.of());
    }

    private static Param word(String key, String... allowed) {
        return new Param(key, Kind.WORD, 0, 0, List.of(allowed));
    }

    private static Param bool(String key) {
        return new Param(key, Kind.BOOLEAN, 0, 0, List.of());
    }
}
