package io.campaignsim.population;

import io.campaignsim.random.RandomStreams;
import io.campaignsim.random.RandomStreams.Purpose;
import io.campaignsim.scenario.Scenario;

/**
 * Generates the synthetic population of a scenario (model in docs/model.md, "Population").
 * Customers are drawn in shards of {@value Shards#SIZE}; shard {@code k} uses the stream
 * {@code (seed, POPULATION, k)} and fills its own index range, so the population is the same
 * for any thread count.
 *
 * <pre>{@code
 * Population p = new PopulationGenerator(scenario).generate(Runtime.getRuntime().availableProcessors());
 * }</pre>
 *
 * @implNote Holds only immutable configuration; {@link #generate} may be called concurrently.
 */
public final class PopulationGenerator {

    private final Scenario scenario;
    private final CustomerModel model;

    public PopulationGenerator(Scenario scenario) {
        this.scenario = scenario;
        this.model = new CustomerModel(scenario);
    }

    /** Draws {@code scenario.population().size()} customers on up to {@code threads} threads. */
    public Population generate(int threads) {
        int size = checkedSize();
        return generateRange(0, size, threads);
    }

    /**
     * Customers per range unit: a customer range generated on its own must start at a multiple of
     * this (a shard of the generator's random streams), so that it draws exactly the customers the
     * whole population has there.
     */
    public static final int RANGE_UNIT = Shards.SIZE;

    /**
     * Draws only the customers {@code [from, to)} of the scenario's population, exactly as
     * {@link #generate} draws them (shard {@code k} always uses the stream {@code (seed, POPULATION, k)}),
     * indexed from 0 with {@link ObservedPopulation#firstCustomer()} = {@code from}: a cluster node
     * generates its own customer range, so no one machine ever holds the whole population.
     *
     * @param from a multiple of {@link #RANGE_UNIT}
     * @param to a multiple of {@link #RANGE_UNIT}, or the population size
     */
    public Population generateRange(int from, int to, int threads) {
        int size = checkedSize();
        if (from < 0 || from % RANGE_UNIT != 0 || to <= from || to > size || (to % RANGE_UNIT != 0 && to != size)) {
            throw new IllegalArgumentException("customer range [" + from + ", " + to + ") of " + size + " is not made of "
                    + "whole population shards of " + RANGE_UNIT);
        }
        int n = to - from;
        int firstShard = from / RANGE_UNIT;
        ObservedPopulation observed = model.newObserved(n, from);
        GroundTruth truth = model.newTruth(n);
        Shards.run(n, threads, local -> {
            int shard = firstShard + local;
            CustomerSampler sampler = model.sampler(RandomStreams.create(model.seed, Purpose.POPULATION, shard));
            for (int i = Shards.from(local), end = Shards.to(local, n); i < end; i++) {
                int segment = sampler.drawSegment();
                sampler.drawTruth(truth, i, segment);
                sampler.drawObserved(observed, truth, i, segment);
            }
        });
        return new Population(observed, truth);
    }

    private int checkedSize() {
        long requested = scenario.population().size();
        if (requested < 1 || requested > Integer.MAX_VALUE - Shards.SIZE) {
            throw new IllegalArgumentException("population size must be between 1 and " + Integer.MAX_VALUE
                    + ", but was " + requested);
        }
        return (int) requested;
    }

    /**
     * Draws hidden truth for imported customers from the scenario's model, conditioned on each
     * customer's observed segment; stream {@code (seed, POPULATION, IMPORT, k)} for shard k.
     */
    static void drawTruthFor(CustomerModel model, ObservedPopulation observed, GroundTruth truth, int threads) {
        int size = observed.size();
        Shards.run(size, threads, shard -> {
            CustomerSampler sampler = model.sampler(
                    RandomStreams.create(model.seed, Purpose.POPULATION, IMPORT_STREAM, shard));
            for (int i = Shards.from(shard), end = Shards.to(shard, size); i < end; i++) {
                sampler.drawTruth(truth, i, observed.segment[i]);
            }
        });
    }

    /** Key that separates the import streams from the generation streams. */
    private static final long IMPORT_STREAM = -1;
}
