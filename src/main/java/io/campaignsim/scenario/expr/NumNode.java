package io.campaignsim.scenario.expr;

/**
 * A compiled numeric sub-expression. Implementations are small, final and allocation-free; an
 * abstract class so that calls between nodes are vtable calls, not interface calls.
 */
abstract class NumNode {

    /** The value for {@code customer} on {@code day}; only bound trees read fields. */
    abstract double eval(int customer, int day);

    /** Whether the value is known at compile time (then {@code eval(-1, 0)} gives it). */
    boolean isConstant() {
        return false;
    }

    /** This node with its field reads resolved against {@code b}'s source; nodes without reads return themselves. */
    abstract NumNode bind(Binding b);

    /** Whether a bound node's value is the same on every later day while nothing happens to the customer. */
    boolean constantInTime() {
        return false;
    }

    /** Whether this bound node reads only {@linkplain FieldReader#eventFree event-free} fields (or none). */
    boolean eventFree() {
        return false;
    }

    /** This bound node and its children as instances of their own {@linkplain Specializer hidden class copies}. */
    NumNode specialize(Specializer s) {
        return this;
    }
}
