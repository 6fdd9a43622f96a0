package io.campaignsim.compare.sweep;

import java.util.List;

/**
 * One point of a sweep: a value for every swept parameter, in the order of the parameters.
 *
 * @param index 0-based position in the design (the order of sweep.csv)
 * @param values the values as the YAML text they are set to
 */
public record SweepPoint(int index, List<String> values) {
    public SweepPoint {
        values = List.copyOf(values);
    }
}
