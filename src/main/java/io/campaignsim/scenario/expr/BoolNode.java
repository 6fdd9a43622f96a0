package io.campaignsim.scenario.expr;

/** A compiled boolean sub-expression. Implementations are small, final and allocation-free. */
interface BoolNode {

    boolean test(FieldSource src, int customer);

    /** Whether the value is known at compile time (then {@code test(null, -1)} gives it). */
    default boolean isConstant() {
        return false;
    }
}
