package io.campaignsim.engine;

import io.campaignsim.core.Metric;
import java.util.List;

/**
 * Each customer's own totals over a run, in the policy world and in the no-contact twin: what a
 * customer-level analysis (a randomised holdout test read from the run) needs, and what only the
 * simulator knows for both worlds at once. Kept only when asked for
 * ({@link SimulationEngine.Builder#customerOutcomes}), since it costs {@link #BYTES_PER_CUSTOMER}.
 *
 * <p>Summed over customers, each metric equals the run's total (and the twin's), up to the order
 * of floating-point additions.
 *
 * @implNote Written by the shard simulators, each into its own customer range, and read after the
 *     run has finished (the engine's joins order the writes before the reads).
 */
public final class CustomerOutcomes {

    /** The metrics kept per customer: the outcomes a test reads (contacts and costs are in profit). */
    public static final List<Metric> METRICS = List.of(Metric.CONVERSIONS, Metric.REVENUE, Metric.PROFIT);

    /** Memory per customer: one double per metric in each world. */
    public static final long BYTES_PER_CUSTOMER = 2L * 3 * Double.BYTES;

    private static final int CONVERSIONS = 0;
    private static final int REVENUE = 1;
    private static final int PROFIT = 2;

    private final double[][] policy;
    private final double[][] twin;

    CustomerOutcomes(int customers) {
        policy = new double[METRICS.size()][customers];
        twin = new double[METRICS.size()][customers];
    }

    /** Number of customers. */
    public int size() {
        return policy[0].length;
    }

    /** Customer {@code i}'s total of {@code m} in the policy world. */
    public double policy(Metric m, int i) {
        return policy[index(m)][i];
    }

    /** Customer {@code i}'s total of {@code m} in the no-contact twin. */
    public double twin(Metric m, int i) {
        return twin[index(m)][i];
    }

    void contact(int i, double cost) {
        policy[PROFIT][i] -= cost;
    }

    void purchase(int i, double revenue, double profit) {
        policy[CONVERSIONS][i] += 1;
        policy[REVENUE][i] += revenue;
        policy[PROFIT][i] += profit;
    }

    void twinPurchase(int i, double revenue, double profit) {
        twin[CONVERSIONS][i] += 1;
        twin[REVENUE][i] += revenue;
        twin[PROFIT][i] += profit;
    }

    private static int index(Metric m) {
        int k = METRICS.indexOf(m);
        if (k < 0) {
            throw new IllegalArgumentException("per-customer outcomes keep " + METRICS + ", not " + m);
        }
        return k;
    }
}
