package io.campaignsim.population;

/**
 * A generated or imported population: the observed side and the hidden truth, kept as two
 * separate objects so that code which receives only {@link ObservedPopulation} cannot reach the
 * truth.
 */
public record Population(ObservedPopulation observed, GroundTruth truth) {

    public int size() {
        return observed.size();
    }
}
