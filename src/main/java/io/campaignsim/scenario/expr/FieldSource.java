package io.campaignsim.scenario.expr;

/**
 * Where a compiled {@link Condition} reads field values: implemented by the simulator over its
 * struct-of-arrays state. Called in the hot loop, so implementations should not allocate.
 */
@FunctionalInterface
public interface FieldSource {

    /**
     * The value of a field for one customer today.
     *
     * @param type which field
     * @param channel the channel index for per-channel types, the journey index for {@link FieldType#IN_JOURNEY},
     *     else -1
     * @param customer customer index
     * @return the value; categorical fields return the level index (a negative value or NaN when unknown, which
     *     matches no level); rates may be NaN when undefined
     */
    double value(FieldType type, int channel, int customer);
}
