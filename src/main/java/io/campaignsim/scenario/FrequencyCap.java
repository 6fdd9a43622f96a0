package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;

/**
 * Maximum number of delivered contacts per customer in a day and in a rolling 7-day week.
 * {@link #UNLIMITED} where not set.
 *
 * <pre>{@code
 * frequency_cap: { per_day: 1, per_week: 3 }
 * }</pre>
 */
public record FrequencyCap(int perDay, int perWeek) implements java.io.Serializable {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public static FrequencyCap none() {
        return new FrequencyCap(UNLIMITED, UNLIMITED);
    }

    static FrequencyCap read(YamlNode node, String what, Problems problems) {
        if (node == null) {
            return none();
        }
        MapReader m = MapReader.of(node, what, problems);
        if (m == null) {
            return none();
        }
        FrequencyCap c = new FrequencyCap((int) m.integer("per_day", UNLIMITED, 0, UNLIMITED),
                (int) m.integer("per_week", UNLIMITED, 0, UNLIMITED));
        m.done();
        return c;
    }
}
