package io.campaignsim.scenario.expr;

import java.util.List;

/**
 * One field a condition can name, e.g. {@code email_open_rate_30d}.
 *
 * @param name the name written in conditions
 * @param type what it measures
 * @param channel the channel index for per-channel types, the journey index for {@link FieldType#IN_JOURNEY},
 *     else -1
 * @param levels for categorical fields, the level names in index order; else empty
 */
public record Field(String name, FieldType type, int channel, List<String> levels) {

    public Field {
        levels = List.copyOf(levels);
    }

    public boolean isCategorical() {
        return type.isCategorical();
    }

    /** Index of a level, or -1. */
    public int levelIndex(String level) {
        return levels.indexOf(level);
    }
}
