package io.campaignsim.scenario;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How {@code campaignsim check} decides that a strategy got worse than its stored baseline.
 *
 * <p>For each checked strategy and metric, with baseline mean b, margin δ = margin × |b| and the
 * paired differences (current − baseline, replication by replication on the baseline's own seeds),
 * the metric has REGRESSED when a one-sided paired t-test says it moved beyond δ in the bad
 * direction, after Holm's correction over all tests of the scenario (by default). Under a change that
 * does not worsen the metric by more than δ, this happens with probability at most 1 − confidence
 * per scenario.
 *
 * <pre>
 * check:
 *   confidence: 0.95            # of the one-sided tests, 0.51..0.9999
 *   correction: holm            # or bonferroni, or none: 1 − confidence per test instead of per scenario
 *   metrics:
 *     profit:       { direction: higher, margin: 0.02 }   # 2 % of the baseline mean
 *     incremental_profit: { margin: 0.10 }              # run minus its no-contact twin
 *     unsubscribes: { margin: 0.10 }                      # direction defaults by metric
 *   strategies: [control, ts]   # default: every strategy compare can run
 * </pre>
 *
 * @param confidence confidence of each one-sided test, before correction
 * @param correction how 1 − confidence is shared by the tests of a scenario
 * @param metrics the metrics checked, in order
 * @param strategies the strategies checked, or empty for all
 */
public record CheckSpec(double confidence, Correction correction, List<MetricRule> metrics, List<String> strategies) implements java.io.Serializable {

    /** Multiple-testing correction over the tests of one scenario. */
    public enum Correction {
        /** Holm's step-down: family-wise error at most 1 − confidence, more power than Bonferroni. */
        HOLM,
        /** 1 − confidence split evenly over the tests. */
        BONFERRONI,
        /** 1 − confidence for each test. */
        NONE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which way is better. */
    public enum Direction {
        HIGHER, LOWER;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One checked metric.
     *
     * @param metric a {@link CompareMetric} key
     * @param direction which way is better
     * @param margin tolerated worsening, relative to the baseline mean, ≥ 0
     * @param incremental whether to test the run minus its no-contact twin (what the strategy caused),
     *     written {@code incremental_<metric>}, instead of the total; the twin shares the run's
     *     population and draws, so organic noise cancels and far smaller regressions are detectable
     */
    public record MetricRule(String metric, Direction direction, double margin, boolean incremental) implements java.io.Serializable {

        public MetricRule(String metric, Direction direction, double margin) {
            this(metric, direction, margin, false);
        }

        /** The name in the scenario and key of the values in a baseline: the metric, or {@code incremental_<metric>}. */
        public String valueKey() {
            return incremental ? INCREMENTAL_PREFIX + metric : metric;
        }
    }

    /** Prefix of a metric name that tests the run minus its no-contact twin. */
    public static final String INCREMENTAL_PREFIX = "incremental_";

    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final List<String> CORRECTIONS = List.of("holm", "bonferroni", "none");

    /** Metrics where less is better; every other metric defaults to {@code higher}. */
    private static final Set<String> LOWER_IS_BETTER = Set.of("contact_cost", "incentive_cost", "contacts",
            "unsubscribes", "churned");

    /** Guard rails and objectives checked when the scenario has no {@code check.metrics}. */
    public static final List<MetricRule> DEFAULT_METRICS = List.of(
            new MetricRule("profit", Direction.HIGHER, 0.02),
            new MetricRule("profit", Direction.HIGHER, 0.10, true),
            new MetricRule("conversions", Direction.HIGHER, 0.02),
            new MetricRule("revenue", Direction.HIGHER, 0.02),
            new MetricRule("unsubscribes", Direction.LOWER, 0.10),
            new MetricRule("churned", Direction.LOWER, 0.05),
            new MetricRule("contact_cost", Direction.LOWER, 0.10));

    public CheckSpec {
        metrics = List.copyOf(metrics);
        strategies = List.copyOf(strategies);
    }

    public static CheckSpec defaults() {
        return new CheckSpec(DEFAULT_CONFIDENCE, Correction.HOLM, DEFAULT_METRICS, List.of());
    }

    /** The metric keys a rule may name: every compare metric, and incremental_ before those with a twin. */
    public static List<String> metricNames() {
        List<String> names = new ArrayList<>(Arrays.stream(CompareMetric.values()).map(CompareMetric::key).toList());
        Arrays.stream(CompareMetric.values()).filter(CompareMetric::hasTwin).forEach(m -> names.add(INCREMENTAL_PREFIX + m.key()));
        return List.copyOf(names);
    }

    /** The better direction of a metric when the rule does not say. */
    public static Direction defaultDirection(String metric) {
        return LOWER_IS_BETTER.contains(metric) ? Direction.LOWER : Direction.HIGHER;
    }

    /** Margin used when a rule gives none: the default set's, else 0.10 for incremental and 0.05 for totals. */
    public static double defaultMargin(String name) {
        return DEFAULT_METRICS.stream().filter(r -> r.valueKey().equals(name)).mapToDouble(MetricRule::margin)
                .findFirst().orElse(name.startsWith(INCREMENTAL_PREFIX) ? 0.10 : 0.05);
    }

    static CheckSpec read(YamlNode node, List<String> strategyNames, Problems problems) {
        if (node == null) {
            return defaults();
        }
        MapReader m = MapReader.of(node, "check", problems);
        if (m == null) {
            return defaults();
        }
        double confidence = m.number("confidence", DEFAULT_CONFIDENCE, 0.51, 0.9999);
        Correction correction = Correction.valueOf(m.choice("correction", "holm", CORRECTIONS).toUpperCase(Locale.ROOT));
        List<MetricRule> metrics = DEFAULT_METRICS;
        if (m.has("metrics")) {
            metrics = new ArrayList<>(m.namedSections("metrics", false, "metric names to { direction, margin }",
                    (name, keyLoc, value) -> readRule(name, keyLoc, value, problems)).values());
            if (metrics.isEmpty() && problems.isEmpty()) {
                problems.add(m.locOf("metrics"), "check.metrics is empty", "at least one metric, e.g. profit: { margin: 0.02 }");
            }
        }
        List<String> strategies = m.has("strategies") ? m.names("strategies", false) : List.of();
        for (String s : strategies) {
            if (!strategyNames.contains(s)) {
                problems.add(m.locOf("strategies"), "check.strategies names '" + s + "'"
                        + MapReader.suggestion(s, strategyNames) + ", which is not a declared strategy",
                        "names from strategies: " + String.join(", ", strategyNames));
            }
        }
        m.checkCount("strategies", Integer.MAX_VALUE, "at least one strategy name, or no 'strategies' key");
        m.done();
        return new CheckSpec(confidence, correction, metrics, strategies);
    }

    private static MetricRule readRule(String name, Loc keyLoc, YamlNode value, Problems problems) {
        List<String> known = metricNames();
        if (!known.contains(name)) {
            problems.add(keyLoc, "check.metrics names '" + name + "'" + MapReader.suggestion(name, known),
                    "metric names from " + String.join(", ", known));
            return null;
        }
        MapReader r = MapReader.orEmpty(value, "check.metrics." + name, problems);
        Direction fallback = defaultDirection(name.replace(INCREMENTAL_PREFIX, ""));
        String direction = r.choice("direction", fallback.key(), List.of("higher", "lower"));
        double margin = r.number("margin", defaultMargin(name), 0.0, Double.MAX_VALUE);
        r.done();
        boolean incremental = name.startsWith(INCREMENTAL_PREFIX);
        String metric = incremental ? name.substring(INCREMENTAL_PREFIX.length()) : name;
        return new MetricRule(metric, Direction.valueOf(direction.toUpperCase(Locale.ROOT)), margin, incremental);
    }
}
