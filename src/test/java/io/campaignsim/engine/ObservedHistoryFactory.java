package io.campaignsim.engine;

import io.campaignsim.population.ObservedPopulation;

/** Lets tests in other packages build the engine's observed history. */
public final class ObservedHistoryFactory {

    private ObservedHistoryFactory() {}

    public static ObservedHistory of(ObservedPopulation population, int horizonDays) {
        return new ObservedHistory(population, horizonDays, true);
    }
}
