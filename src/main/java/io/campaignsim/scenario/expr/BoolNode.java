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

    /**
     * Time analysis of a bound node ({@link TimeBounds}): a day after {@code day}, no later than the first later
     * day on which {@code test(customer, t) == want} while nothing happens to the customer (no purchase, contact,
     * open, unsubscribe or journey move); {@link TimeBounds#NEVER} when there is none. The default, the next
     * day, is always safe: such nodes are evaluated every day.
     */
    int nextDay(int customer, int day, boolean want) {
        return day + 1;
    }

    /** Why {@link #nextDay} of this bound node is simply the next day (for summary.json), or null when it is analysed. */
    String dailyReason() {
        return toString() + " is not analysed";
    }

    /**
     * Whether this bound node reads only {@linkplain FieldReader#eventFree event-free} fields (or none), so that its
     * value on any day is known now, whatever happens to the customer.
     */
    boolean eventFree() {
        return false;
    }

    /**
     * A bound node that holds whenever this one does and reads only event-free fields: this node when it is
     * event-free, {@code true} when nothing event-free bounds it; {@code and}/{@code or} relax their terms. Its time
     * analysis then says on which days this node can hold at all, whatever happens ({@link BoundCondition#neverAgain}).
     */
    BoolNode relax() {
        return eventFree() ? this : BoolNodes.TRUE;
    }

    /** This bound node and its children as instances of their own {@linkplain Specializer hidden class copies}. */
    BoolNode specialize(Specializer s) {
        return this;
    }
}
