package io.campaignsim.compare.check;

import io.campaignsim.engine.Stepping;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code check} found for one scenario file.
 *
 * @param scenario scenario name
 * @param file the scenario file
 * @param baselineFile its baseline file
 * @param status what was done
 * @param rows one per checked (strategy, metric), in strategy then metric order
 * @param notes warnings worth reading (stale baseline, reused seed, version change)
 * @param seed root seed of this run
 * @param replications replications of this run
 * @param elapsedMillis wall time spent on this scenario
 * @param stepping how the engine advanced time (the baseline's)
 */
public record ScenarioCheck(String scenario, Path file, Path baselineFile, Status status, List<MetricCheck> rows,
        List<String> notes, long seed, int replications, long elapsedMillis, Stepping stepping) {

    /** A check on the daily engine. */
    public ScenarioCheck(String scenario, Path file, Path baselineFile, Status status, List<MetricCheck> rows,
            List<String> notes, long seed, int replications, long elapsedMillis) {
        this(scenario, file, baselineFile, status, rows, notes, seed, replications, elapsedMillis, Stepping.DAILY);
    }

    /** What was done with a scenario. */
    public enum Status {
        /** Compared against the baseline. */
        CHECKED,
        /** A new baseline was written. */
        UPDATED
    }

    public ScenarioCheck {
        java.util.Objects.requireNonNull(stepping, "stepping");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public long count(Verdict v) {
        return rows.stream().filter(r -> r.verdict() == v).count();
    }

    public long skipped() {
        return rows.stream().filter(r -> r.verdict().skipped()).count();
    }

    public boolean regressed() {
        return count(Verdict.REGRESSED) > 0;
    }
}
