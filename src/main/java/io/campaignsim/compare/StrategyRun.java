package io.campaignsim.compare;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.engine.SimulationResult;
import java.util.Arrays;
import java.util.List;

/**
 * One strategy's outcome in one replication of {@code compare}: the simulation result (whose
 * no-contact twin is the same for every strategy of the replication, thanks to common random
 * numbers), customer lifetime value at the horizon, how the strategy allocated its arms day by
 * day, and, for model-based strategies, the model's quality against the hidden truth.
 *
 * @param strategy strategy name from the scenario
 * @param type strategy type (yaml name, e.g. "thompson")
 * @param replication replication index, 0-based
 * @param result the simulation result
 * @param clv profit over the horizon plus the expected margin of the next 365 days from customers
 *     still active at the end (computed from the hidden truth, with no further contact)
 * @param arms arm labels (e.g. offer names, "email:ten_off"), empty for strategies without arms
 * @param armPullsByDay [day][arm] number of delivered contacts with each arm
 * @param model quality of the strategy's model, or null
 * @param experiment day-by-day history of an A/B or multivariate test, or null for other strategies
 */
public record StrategyRun(String strategy, String type, int replication, SimulationResult result, double clv,
        List<String> arms, double[][] armPullsByDay, ModelQuality model, ExperimentTrace experiment) implements java.io.Serializable {

    public StrategyRun {
        arms = List.copyOf(arms);
        armPullsByDay = Arrays.stream(armPullsByDay).map(double[]::clone).toArray(double[][]::new);
    }

    /** Pulls of {@code arm} on {@code day} (a copy-free read). */
    public double pulls(int day, int arm) {
        return armPullsByDay[day][arm];
    }

    public int days() {
        return armPullsByDay.length;
    }

    /** The value of {@code m} in this run. */
    public double value(CompareMetric m) {
        return m.hasTwin() ? result.total().get(m.counter()) : clv;
    }

    /** The value of {@code m} in this run's no-contact twin; NaN for CLV, which the twin does not have. */
    public double twinValue(CompareMetric m) {
        return m.hasTwin() ? result.counterfactualTotal().get(m.counter()) : Double.NaN;
    }

    /** The true incremental value of {@code m} (run minus twin); NaN for CLV. */
    public double incremental(CompareMetric m) {
        return m.hasTwin() ? result.incremental().get(m.counter()) : Double.NaN;
    }
}
