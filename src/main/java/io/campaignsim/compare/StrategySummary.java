package io.campaignsim.compare;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.stats.Estimate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code compare} concluded about one strategy.
 *
 * @param name strategy name
 * @param type strategy type (yaml name)
 * @param role holdout, oracle or contender
 * @param rank 1 = best by the objective among non-oracle strategies; 0 for the oracle, which is not ranked
 * @param metrics each figure's mean over replications with its t interval
 * @param uplift each figure against the holdout (or the no-contact twin), paired by replication
 * @param incremental the true incremental effect (run minus its no-contact twin); NaN for CLV
 * @param regret oracle objective minus this strategy's objective at the horizon, paired; null without an oracle
 * @param series per-day series (cumulative objective, daily conversions and contacts, cumulative regret with an oracle)
 * @param arms arm allocation by day; null for strategies without arms
 * @param model model quality; null for strategies without a model
 * @param experiment the A/B or multivariate test over replications; null for other strategies
 * @param armRegret regret against the best of the strategy's arms played alone; null for strategies
 *     with fewer than two arms, the oracle, or when the fixed arms were not run
 */
public record StrategySummary(String name, String type, Role role, int rank, Map<CompareMetric, Estimate> metrics,
        Map<CompareMetric, Uplift> uplift, Map<CompareMetric, Estimate> incremental, Estimate regret,
        List<Series> series, ArmShares arms, ModelSummary model, ExperimentSummary experiment, ArmRegret armRegret) {

    /** Without regret against the best fixed arm. */
    public StrategySummary(String name, String type, Role role, int rank, Map<CompareMetric, Estimate> metrics,
            Map<CompareMetric, Uplift> uplift, Map<CompareMetric, Estimate> incremental, Estimate regret,
            List<Series> series, ArmShares arms, ModelSummary model, ExperimentSummary experiment) {
        this(name, type, role, rank, metrics, uplift, incremental, regret, series, arms, model, experiment, null);
    }

    public StrategySummary {
        metrics = frozen(metrics);
        uplift = frozen(uplift);
        incremental = frozen(incremental);
        series = List.copyOf(series);
    }

    public Estimate metric(CompareMetric m) {
        return metrics.get(m);
    }

    public Uplift uplift(CompareMetric m) {
        return uplift.get(m);
    }

    public Estimate incremental(CompareMetric m) {
        return incremental.get(m);
    }

    public boolean isOracle() {
        return role == Role.ORACLE;
    }

    // EnumMap keeps the metric order for anyone who iterates.
    private static <V> Map<CompareMetric, V> frozen(Map<CompareMetric, V> m) {
        return Collections.unmodifiableMap(m.isEmpty() ? new EnumMap<>(CompareMetric.class) : new EnumMap<>(m));
    }
}
