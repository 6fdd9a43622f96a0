package io.campaignsim.scenario.expr;

/** A compiled numeric sub-expression. Implementations are small, final and allocation-free. */
interface NumNode {

    double eval(FieldSource src, int customer);

    /** Whether the value is known at compile time (then {@code eval(null, -1)} gives it). */
    default boolean isConstant() {
        return false;
    }
}
