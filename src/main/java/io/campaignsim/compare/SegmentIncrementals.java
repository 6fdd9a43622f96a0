package io.campaignsim.compare;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.Kpis;
import io.campaignsim.engine.SimulationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each strategy's true incremental profit per customer in each segment: policy profit minus the
 * no-contact twin's in that segment, divided by the segment's size (ACTIVE + CHURNED of the twin at
 * the end, which counts every customer once), averaged over replications. Causal, unlike per-channel
 * attribution, because the twin shares every random draw with the run.
 *
 * @param segments segment names, in the scenario's order
 * @param perCustomer strategy name to one value per segment (NaN for an empty segment), in first-seen order
 */
public record SegmentIncrementals(List<String> segments, Map<String, List<Double>> perCustomer) {

    public SegmentIncrementals {
        segments = List.copyOf(segments);
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : perCustomer.entrySet()) {
            if (e.getValue().size() != segments.size()) {
                throw new IllegalArgumentException("strategy " + e.getKey() + " has " + e.getValue().size()
                        + " segment values, expected " + segments.size());
            }
            copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue()))); // NaN-safe, no nulls
        }
        perCustomer = Collections.unmodifiableMap(copy);
    }

    /** Computed from runs grouped by strategy (as {@link Pairing#byStrategy} returns them). */
    static SegmentIncrementals of(Map<String, List<StrategyRun>> byStrategy) {
        List<String> segments = byStrategy.values().iterator().next().get(0).result().segments();
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<StrategyRun>> e : byStrategy.entrySet()) {
            List<Double> values = new ArrayList<>();
            for (int s = 0; s < segments.size(); s++) {
                double sum = 0;
                for (StrategyRun run : e.getValue()) {
                    sum += perCustomer(run.result(), s);
                }
                values.add(sum / e.getValue().size());
            }
            out.put(e.getKey(), values);
        }
        return new SegmentIncrementals(segments, out);
    }

    /** One run's true incremental profit per customer of segment {@code s}; NaN for an empty segment. */
    public static double perCustomer(SimulationResult r, int s) {
        Kpis twin = r.counterfactualSegments().get(s);
        double size = twin.get(Metric.ACTIVE) + twin.get(Metric.CHURNED);
        double incremental = r.segmentTotals().get(s).get(Metric.PROFIT) - twin.get(Metric.PROFIT);
        return size == 0 ? Double.NaN : incremental / size;
    }

    /** The strategy's values, or an empty list when it has none. */
    public List<Double> of(String strategy) {
        return perCustomer.getOrDefault(strategy, List.of());
    }
}
