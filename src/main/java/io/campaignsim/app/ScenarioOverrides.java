package io.campaignsim.app;

import io.campaignsim.scenario.Scenario;

/**
 * What the command line changes in a scenario (the one place where {@code --seed}, {@code --days},
 * {@code --size} and {@code --replications} are applied, for every job). A null field keeps the
 * scenario's own value.
 *
 * @param seed root seed, or null
 * @param days horizon in days, or null
 * @param size number of customers, or null
 * @param replications replications of {@code compare}, or null
 */
public record ScenarioOverrides(Long seed, Integer days, Long size, Integer replications) {

    /** Changes nothing. */
    public static final ScenarioOverrides NONE = new ScenarioOverrides(null, null, null, null);

    /** The scenario with these overrides applied. */
    public Scenario apply(Scenario s) {
        Scenario out = s;
        if (seed != null) {
            out = out.withSeed(seed);
        }
        if (days != null) {
            out = out.withHorizonDays(days);
        }
        if (size != null) {
            out = out.withSize(size);
        }
        if (replications != null) {
            out = out.withReplications(replications);
        }
        return out;
    }
}
