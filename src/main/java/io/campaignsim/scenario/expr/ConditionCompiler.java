package io.campaignsim.scenario.expr;

/**
 * Compiles condition texts of one scenario, e.g.
 * {@code "email_open_rate_30d < 0.05 and days_since_purchase > 30"}, into {@link Condition}s.
 * The language is documented in docs/conditions.md.
 *
 * @implNote Holds only the immutable field catalog; thread-safe.
 */
public final class ConditionCompiler {

    private final ObservedFields fields;
    private final boolean fold;

    public ConditionCompiler(ObservedFields fields) {
        this(fields, true);
    }

    /**
     * With {@code fold == false} constant sub-expressions are kept as nodes and binding neither fuses nor
     * specializes nodes: the plain tree that tests compare the optimised one with.
     */
    ConditionCompiler(ObservedFields fields, boolean fold) {
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null");
        }
        this.fields = fields;
        this.fold = fold;
    }

    public ObservedFields fields() {
        return fields;
    }

    /**
     * Parses and type-checks {@code text}.
     *
     * @throws ExpressionException at the first error in reading order, with its 0-based character index
     */
    public Condition compile(String text) {
        if (text == null) {
            throw new ExpressionException(0, "empty condition", "a condition such as days_since_purchase > 30");
        }
        return new Parser(text, fields, fold).parse();
    }
}
