package io.campaignsim.scenario.expr;

/**
 * A compiled boolean sub-expression. Implementations are small, final and allocation-free; an
 * abstract class so that calls between nodes are vtable calls, not interface calls.
 */
abstract class BoolNode {

    /** The value for {@code customer} on {@code day}; only bound trees read fields. */
    abstract boolean test(int customer, int day);

    /** Whether the value is known at compile time (then {@code test(-1, 0)} gives it). */
    boolean isConstant() {
        return false;
    }

    /**
     * This node with its field reads resolved against {@code b}'s source and, when {@code b.optimize()},
     * rewritten into faster nodes with exactly the same value and evaluation order.
     */
    abstract BoolNode bind(Binding b);

    /** This bound node and its children as instances of their own {@linkplain Specializer hidden class copies}. */
    BoolNode specialize(Specializer s) {
        return this;
    }
}
