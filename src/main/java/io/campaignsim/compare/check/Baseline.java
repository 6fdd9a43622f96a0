package io.campaignsim.compare.check;

import io.campaignsim.engine.Stepping;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored baseline: the per-replication values of every compare metric of every strategy, from a
 * run with its own seed, and what identifies the scenario it was made from.
 *
 * @param version campaignsim version that made it
 * @param scenario scenario name
 * @param scenarioSha256 SHA-256 of the scenario file's bytes (informational: any edit changes it)
 * @param worldSha256 SHA-256 of the scenario's world (see {@link ScenarioFingerprint}); a change
 *     makes the baseline stale
 * @param seed the root seed the baseline run used
 * @param replicationSeeds the seed of each replication, in order: the check reruns exactly these
 * @param runSeed the {@code --run-seed} it was derived with
 * @param replications replications of the baseline run
 * @param days simulated days
 * @param size customers per replication
 * @param values strategy → metric key → per-replication values, in run order; not copied deeply,
 *     treat as read-only
 * @param stepping how the engine advanced time ({@code check --stepping}); a check reruns the same
 *     stepping, since another one draws differently and would not pair with these replications
 */
public record Baseline(String version, String scenario, String scenarioSha256, String worldSha256, long seed,
        long[] replicationSeeds, long runSeed, int replications, int days, long size,
        Map<String, Map<String, double[]>> values, Stepping stepping) {

    /** A baseline made on the daily engine. */
    public Baseline(String version, String scenario, String scenarioSha256, String worldSha256, long seed,
            long[] replicationSeeds, long runSeed, int replications, int days, long size,
            Map<String, Map<String, double[]>> values) {
        this(version, scenario, scenarioSha256, worldSha256, seed, replicationSeeds, runSeed, replications, days, size,
                values, Stepping.DAILY);
    }

    /**
     * Format version of the JSON file; bump on incompatible changes. Format 2 added the replication
     * seeds that make the check paired.
     */
    public static final int FORMAT = 2;

    public Baseline {
        java.util.Objects.requireNonNull(stepping, "stepping");
        replicationSeeds = replicationSeeds.clone();
        if (replicationSeeds.length != replications) {
            throw new IllegalArgumentException(replications + " replications but " + replicationSeeds.length + " seeds");
        }
        Map<String, Map<String, double[]>> copy = new LinkedHashMap<>();
        values.forEach((s, m) -> copy.put(s, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        values = Collections.unmodifiableMap(copy);
    }

    /** The values of one strategy and metric, or null when the baseline has none. */
    public double[] values(String strategy, String metric) {
        Map<String, double[]> m = values.get(strategy);
        return m == null ? null : m.get(metric);
    }

    @Override
    public long[] replicationSeeds() {
        return replicationSeeds.clone();
    }

    public List<String> strategies() {
        return List.copyOf(values.keySet());
    }
}
