package io.campaignsim.compare.sweep;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.scenario.SweepParameter;
import io.campaignsim.stats.Estimate;
import io.campaignsim.stats.ReplicationInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished sweep: what ran, what every point produced, and the best configuration with those not
 * significantly worse.
 *
 * @param scenario the scenario's name
 * @param plan the parameters, points, strategies and replication seeds
 * @param results one per point, in point order
 * @param analysis best configuration and comparisons on the objective
 * @param oracles strategy indices that are the oracle (a yardstick, never chosen as the best)
 */
public record SweepResult(String scenario, SweepPlan plan, List<PointResult> results, SweepAnalysis.Result analysis,
        List<Integer> oracles) {

    /** Level of every interval in the outputs. */
    public static final double LEVEL = 0.95;

    public SweepResult {
        results = List.copyOf(results);
        oracles = List.copyOf(oracles);
    }

    /** Mean and 95 % CI over replications of {@code metric} for strategy {@code s} at point {@code p}. */
    public Estimate estimate(int p, int s, CompareMetric metric) {
        return ReplicationInterval.of(results.get(p).series(s, metric), LEVEL);
    }

    /**
     * The marginal response of strategy {@code s} to parameter {@code j}: for each level of the parameter
     * (in order of first appearance in sorted values), the mean over the points at that level, computed per
     * replication and then averaged with a 95 % CI over the replications (the replications are independent;
     * the points within one are not, so this is the honest interval). With one parameter this is each
     * point's own estimate.
     */
    public List<Marginal> marginal(int j, int s, CompareMetric metric) {
        SweepParameter parameter = plan.parameters().get(j);
        if (parameter.continuous()) {
            return binned(j, s, metric, parameter);
        }
        List<String> levels = new ArrayList<>();
        for (SweepPoint p : plan.points()) {
            String v = p.values().get(j);
            if (!levels.contains(v)) {
                levels.add(v);
            }
        }
        levels.sort(SweepResult::compareValues);
        List<Marginal> out = new ArrayList<>();
        for (String level : levels) {
            out.add(average(level, s, metric, p -> p.values().get(j).equals(level)));
        }
        return out;
    }

    /**
     * For an interval every drawn value is its own point: the marginal averages the points in each of
     * about √n equal-width bins of the interval (labelled by the bin's middle), empty bins left out.
     */
    private List<Marginal> binned(int j, int s, CompareMetric metric, SweepParameter parameter) {
        double from = parameter.from().doubleValue();
        double to = parameter.to().doubleValue();
        int bins = Math.max(1, (int) Math.round(Math.sqrt(plan.points().size())));
        List<Marginal> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            int bin = b;
            double lo = from + (to - from) * b / bins;
            double hi = from + (to - from) * (b + 1) / bins;
            String middle = new java.math.BigDecimal((lo + hi) / 2).round(new java.math.MathContext(4))
                    .stripTrailingZeros().toPlainString();
            java.util.function.Predicate<SweepPoint> inBin = p -> {
                double v = Double.parseDouble(p.values().get(j));
                int k = (int) Math.min(bins - 1, Math.floor((v - from) / (to - from) * bins));
                return k == bin;
            };
            if (plan.points().stream().anyMatch(inBin)) {
                out.add(average(middle, s, metric, inBin));
            }
        }
        return out;
    }

    private Marginal average(String level, int s, CompareMetric metric, java.util.function.Predicate<SweepPoint> at) {
        int reps = plan.replications();
        double[] perRep = new double[reps];
        int count = 0;
        for (SweepPoint p : plan.points()) {
            if (at.test(p)) {
                count++;
                for (int r = 0; r < reps; r++) {
                    perRep[r] += results.get(p.index()).value(s, r, metric);
                }
            }
        }
        for (int r = 0; r < reps; r++) {
            perRep[r] /= count;
        }
        return new Marginal(level, count, ReplicationInterval.of(perRep, LEVEL));
    }

    /** One level of a marginal response: its value, how many points have it, and the estimate. */
    public record Marginal(String level, int points, Estimate estimate) {}

    /** Numbers numerically, text alphabetically after numbers. */
    public static int compareValues(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** The value as a number, or null for text. */
    public static Double number(String v) {
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
