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
    /** A relaxation of the condition over event-free fields only ({@link BoolNode#relax}); null when it is {@code true}. */
    private final BoolNode relaxed;

    BoundCondition(String text, BoolNode root) {
        this(text, root, null);
    }

    BoundCondition(String text, BoolNode root, BoolNode relaxed) {
        this.text = text;
        this.root = root;
        this.relaxed = relaxed == BoolNodes.TRUE ? null : relaxed;
    }

    /** Whether the condition holds for {@code customer} on {@code day}. */
    public boolean test(int customer, int day) {
        return root.test(customer, day);
    }

    /**
     * A day after {@code day}, no later than the first later day on which the condition holds for {@code customer}
     * provided nothing happens to the customer in between (no purchase, contact, open, unsubscribe or journey
     * move): exact for analysed conditions, {@code day + 1} for those {@link #dailyEvaluation} names,
     * {@link Integer#MAX_VALUE} when it never holds again. See {@link TimeBounds}.
     */
    public int nextDay(int customer, int day) {
        return root.nextDay(customer, day, true);
    }

    /**
     * Whether the condition holds on no day after {@code day} for {@code customer}, whatever happens to the customer
     * (purchases, contacts, opens, unsubscribes, journey moves): a part of it that reads only
     * {@linkplain FieldReader#eventFree event-free} fields (the day, tenure, profile fields) and must hold for the
     * whole to hold never holds again, by the exact time analysis of those fields (e.g. {@code tenure_days < 60}
     * once the tenure is 59 or more). False when no such part exists or it may still hold. A caller may then stop
     * testing the condition for the customer: its value is false on every later day.
     */
    public boolean neverAgain(int customer, int day) {
        return relaxed != null && relaxed.nextDay(customer, day, true) == TimeBounds.NEVER;
    }

    /**
     * Why the time analysis does not cover this condition, so that it is due every day for the customers it
     * concerns (e.g. arithmetic on fields that change with time, or a field without a time model); null when
     * it is covered.
     */
    public String dailyEvaluation() {
        return root.dailyReason();
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
