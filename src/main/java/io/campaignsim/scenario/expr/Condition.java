package io.campaignsim.scenario.expr;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A compiled condition: a tree of small final nodes, independent of where fields are read.
 * Build one with {@link ConditionCompiler#compile}; {@link #bind} it to a {@link FieldSource} to
 * evaluate it.
 *
 * @implNote Immutable.
 */
public final class Condition {

    /** The condition of a rule or journey without {@code when}/{@code entry}: always true. */
    public static final Condition ALWAYS = new Condition("true", BoolNodes.TRUE, Set.of(), true);

    private final String text;
    private final BoolNode root;
    private final Set<Field> fieldsUsed;
    private final boolean optimize;

    Condition(String text, BoolNode root, Set<Field> fieldsUsed, boolean optimize) {
        this.text = text;
        this.root = root;
        this.fieldsUsed = Collections.unmodifiableSet(new LinkedHashSet<>(fieldsUsed));
        this.optimize = optimize;
    }

    /**
     * The condition reading its fields from {@code src}: asks {@code src} for one reader per field read,
     * fuses common shapes such as {@code field > constant} into single nodes, and gives each node its own
     * class ({@link Specializer}) so that the JIT compiles the condition as a whole. Call once per
     * condition and source, outside the hot loop.
     *
     * @param src the field source; may be null when the condition {@linkplain #isConstant is constant}
     */
    public BoundCondition bind(FieldSource src) {
        BoolNode bound = root.bind(new Binding(src, optimize));
        return new BoundCondition(text, optimize ? bound.specialize(new Specializer()) : bound, bound.relax());
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

    /** The parsed tree, for tests of binding. */
    BoolNode root() {
        return root;
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
