package io.campaignsim.scenario.expr;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A compiled condition: a tree of small final nodes evaluated for every customer every day.
 * Build one with {@link ConditionCompiler#compile}.
 *
 * @implNote Immutable and stateless, so one instance may be tested from many threads at once;
 *     {@link #test} does not allocate.
 */
public final class Condition {

    /** The condition of a rule or journey without {@code when}/{@code entry}: always true. */
    public static final Condition ALWAYS = new Condition("true", BoolNodes.TRUE, Set.of());

    private final String text;
    private final BoolNode root;
    private final Set<Field> fieldsUsed;

    Condition(String text, BoolNode root, Set<Field> fieldsUsed) {
        this.text = text;
        this.root = root;
        this.fieldsUsed = Collections.unmodifiableSet(new LinkedHashSet<>(fieldsUsed));
    }

    /** Whether the condition holds for {@code customer}, reading fields from {@code src}. */
    public boolean test(FieldSource src, int customer) {
        return root.test(src, customer);
    }

    /** Whether the value does not depend on any field (e.g. {@code "true"} or {@code "1 < 2"}), so callers may skip it. */
    public boolean isConstant() {
        return root.isConstant();
    }

    /** The fields named in the text, in order of first use (a superset of those read after folding). */
    public Set<Field> fieldsUsed() {
        return fieldsUsed;
    }

    /** The generic types of {@link #fieldsUsed()}, e.g. to know which per-customer state a policy must keep. */
    public Set<FieldType> typesUsed() {
        Set<FieldType> types = EnumSet.noneOf(FieldType.class);
        fieldsUsed.forEach(f -> types.add(f.type()));
        return types;
    }

    /** The source text. */
    public String text() {
        return text;
    }

    /** The compiled tree in prefix-free parenthesized form, for tests and debugging. */
    String tree() {
        return root.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
