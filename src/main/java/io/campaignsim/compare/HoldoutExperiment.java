package io.campaignsim.compare;

import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.Metric;
import io.campaignsim.engine.CustomerOutcomes;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.random.KeyedUniforms;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.stats.MeanTest;
import io.campaignsim.stats.MeanVariance;
import io.campaignsim.stats.WelchTTest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * The randomised holdout test a real experimenter would run on a strategy, read inside the
 * simulator where its target is known exactly.
 *
 * <p>Design. Each customer of the replication's population is held out independently with
 * probability {@code share} (a Bernoulli split from the named stream
 * {@link RandomStreams.Purpose#HOLDOUT_TEST}, keyed by replication and customer, as a hash split of
 * customer ids is in practice; the same customers are held out for every strategy of a
 * replication). Held-out customers get no contact, so their outcome is exactly their no-contact
 * twin's (same world draws); treated customers' outcome is what the strategy's run gave them. The
 * analyst sees one outcome per customer and reads the difference in means, treated minus held
 * out, with a Welch interval over customers; it is scaled by the population size so that it is in
 * the units of the comparison's totals.
 *
 * <p>Estimand. The average treatment effect over this population in this replication, times its
 * size: the sum over all customers of (outcome under the strategy - outcome with no contact), which
 * is exactly the run minus its twin. Under the random split the difference in means is unbiased for
 * it, and the Welch variance is Neyman's conservative one (it leaves out the variance of the
 * customers' own effects, S²_τ/N, which no experiment can estimate), so the interval covers at
 * least its level in large samples.
 *
 * <p>Assumption (stated in docs/statistics.md): a customer's treatment does not depend on who else
 * is held out. The world has no interference between customers; a strategy that learns from
 * responses would, in a real test, learn from the treated share only, which this reading does not
 * model.
 *
 * @implNote Stateless; sums run in customer order, so the result does not depend on threads.
 */
public final class HoldoutExperiment {

    /** The metrics a test reads: outcomes of customers that the no-contact twin also has. */
    public static final List<CompareMetric> METRICS = List.of(CompareMetric.CONVERSIONS, CompareMetric.REVENUE,
            CompareMetric.PROFIT);

    private HoldoutExperiment() {}

    /**
     * Which customers are held out in replication {@code replication} run on root seed
     * {@code seed}: each independently with probability {@code share}.
     */
    public static boolean[] assign(long seed, int replication, int customers, double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("holdout share must be in (0, 1), but was " + share);
        }
        KeyedUniforms u = new KeyedUniforms(seed, RandomStreams.Purpose.HOLDOUT_TEST, replication);
        boolean[] held = new boolean[customers];
        for (int i = 0; i < customers; i++) {
            held[i] = KeyedUniforms.uniform(u.key(i, 0), 0) < share;
        }
        return held;
    }

    /**
     * Reads the test of every metric of {@link #METRICS} from one run.
     *
     * @param outcomes each customer's totals in the run and its twin
     * @param result the run, whose total minus its twin's total is each metric's truth
     */
    public static HoldoutTest test(CustomerOutcomes outcomes, SimulationResult result, boolean[] heldOut, double share,
            double level) {
        if (outcomes.size() != heldOut.length) {
            throw new IllegalArgumentException("the split has " + heldOut.length + " customers, the run "
                    + outcomes.size());
        }
        Map<CompareMetric, HoldoutReading> byMetric = new EnumMap<>(CompareMetric.class);
        for (CompareMetric m : METRICS) {
            Metric counter = m.counter();
            byMetric.put(m, read(i -> outcomes.policy(counter, i), i -> outcomes.twin(counter, i), heldOut,
                    result.incremental().get(counter), level));
        }
        return new HoldoutTest(share, byMetric);
    }

    /**
     * Reads the test of one metric.
     *
     * @param underStrategy customer i's outcome in the strategy's run (seen for treated customers)
     * @param noContact customer i's outcome in the no-contact twin (seen for held-out customers)
     * @param heldOut the split, from {@link #assign}
     * @param truth the run minus its twin on this metric (the estimand)
     * @param level confidence level in (0, 1)
     */
    public static HoldoutReading read(IntToDoubleFunction underStrategy, IntToDoubleFunction noContact,
            boolean[] heldOut, double truth, double level) {
        MeanVariance.Accumulator treated = new MeanVariance.Accumulator();
        MeanVariance.Accumulator held = new MeanVariance.Accumulator();
        for (int i = 0; i < heldOut.length; i++) {
            if (heldOut[i]) {
                held.add(noContact.applyAsDouble(i));
            } else {
                treated.add(underStrategy.applyAsDouble(i));
            }
        }
        return reading(treated.result(), held.result(), heldOut.length, truth, level);
    }

    /** The reading from the two arms' summaries; {@code customers} scales it to the population. */
    static HoldoutReading reading(MeanVariance treated, MeanVariance held, int customers, double truth, double level) {
        int nT = (int) treated.n();
        int nH = (int) held.n();
        if (nT < 2 || nH < 2) {
            double est = nT > 0 && nH > 0 ? customers * (treated.mean() - held.mean()) : Double.NaN;
            return new HoldoutReading(customers, nT, nH, est, Double.NaN, Double.NaN, Double.NaN, truth);
        }
        MeanTest t = WelchTTest.test(held, treated, 1 - level);
        double se = Math.sqrt(treated.variance() / nT + held.variance() / nH);
        return new HoldoutReading(customers, nT, nH, customers * t.difference(), customers * t.ciLow(),
                customers * t.ciHigh(), customers * se, truth);
    }
}
