package io.campaignsim.scenario.expr;

/**
 * Reads one field (one {@link FieldType} and channel) for any customer on any day. A
 * {@link FieldSource} hands one out per field when a condition is {@linkplain Condition#bind bound},
 * so a read in the hot loop is one virtual call with no dispatch on the field type.
 *
 * <p>An abstract class rather than an interface: calls through a class are vtable calls, cheaper
 * than the interface calls a megamorphic site would otherwise make.
 */
public abstract class FieldReader {

    /**
     * The value for {@code customer} on {@code day}: categorical fields give the level index (negative or NaN
     * when unknown, which matches no level); rates may be NaN when undefined. Must not allocate, and must be
     * safe to call from several threads at once (for different customers, possibly on different days).
     */
    public abstract double read(int customer, int day);
}
