package io.campaignsim.scenario.expr;

/**
 * Where a compiled {@link Condition} reads field values: implemented by the simulator over its
 * struct-of-arrays state. Asked once per field when a condition is {@linkplain Condition#bind bound};
 * the readers it returns are what the hot loop calls.
 */
@FunctionalInterface
public interface FieldSource {

    /**
     * The reader of one field.
     *
     * @param type which field
     * @param channel the channel index for per-channel types, the journey index for {@link FieldType#IN_JOURNEY},
     *     else -1
     */
    FieldReader reader(FieldType type, int channel);
}
