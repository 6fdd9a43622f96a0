package io.campaignsim.scenario.expr;

/**
 * A {@link Condition} bound to a {@link FieldSource}: what the simulator evaluates for every
 * customer every day. Get one with {@link Condition#bind}.
 *
 * @implNote Immutable and stateless (the day is an argument), so one instance may be tested from
 *     many threads at once, on different days; {@link #test} does not allocate.
 */
public final class BoundCondition {

    private final String text;
    private final BoolNode root;

    BoundCondition(String text, BoolNode root) {
        this.text = text;
        this.root = root;
    }

    /** Whether the condition holds for {@code customer} on {@code day}. */
    public boolean test(int customer, int day) {
        return root.test(customer, day);
    }

    /** Whether the value does not depend on any field, so callers may skip it. */
    public boolean isConstant() {
        return root.isConstant();
    }

    /** The source text. */
    public String text() {
        return text;
    }

    /** The bound tree (after fusing), for tests and debugging. */
    String tree() {
        return root.toString();
    }

    /** The root node, for tests that check which nodes binding produced. */
    BoolNode root() {
        return root;
    }

    @Override
    public String toString() {
        return text;
    }
}
