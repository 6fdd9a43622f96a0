package io.campaignsim.scenario.expr;

/**
 * A condition that does not compile: where (0-based character index in the text), what is wrong
 * and what would be right. The scenario validator turns the index into a file line:column.
 */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String what;
    private final String expected;

    public ExpressionException(int index, String what, String expected) {
        super("at character " + index + ": " + what + "; expected " + expected);
        this.index = index;
        this.what = what;
        this.expected = expected;
    }

    /** 0-based index in the condition text of the offending token (the text length for a missing end). */
    public int index() {
        return index;
    }

    /** What is wrong, e.g. {@code unknown field 'x'}. */
    public String what() {
        return what;
    }

    /** What would be right, e.g. {@code a field such as days_since_purchase}. */
    public String expected() {
        return expected;
    }
}
