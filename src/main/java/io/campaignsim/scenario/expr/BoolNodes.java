package io.campaignsim.scenario.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The boolean node classes. Comparisons follow IEEE 754: any comparison with NaN is false except
 * {@code !=}, which is true; Java's double operators already behave so.
 *
 * <p>The parser builds the general nodes; {@link BoolNode#bind} with {@code optimize} rewrites the
 * common shapes into fused nodes ({@link FieldNodes}) that read a field and test it in one call.
 */
final class BoolNodes {

    static final BoolNode TRUE = new Const(true);
    static final BoolNode FALSE = new Const(false);

    private static final Class<?>[] TWO_BOOLS = {BoolNode.class, BoolNode.class};

    private BoolNodes() {}

    static BoolNode of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** A comparison operator; {@link #mirrored} is the one that gives the same result with the sides swapped. */
    enum Op {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** {@code c < x} is {@code x > c} for every double, NaN included (both false). */
        Op mirrored() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                case EQ, NE -> this;
            };
        }
    }

    /** The general comparison node for {@code op}. */
    static BoolNode compare(Op op, NumNode a, NumNode b) {
        return switch (op) {
            case LT -> new Lt(a, b);
            case LE -> new Le(a, b);
            case GT -> new Gt(a, b);
            case GE -> new Ge(a, b);
            case EQ -> new Eq(a, b);
            case NE -> new Ne(a, b);
        };
    }

    static final class Const extends BoolNode {
        private final boolean value;

        private Const(boolean value) {
            this.value = value;
        }

        @Override
        boolean test(int customer, int day) {
            return value;
        }

        @Override
        boolean isConstant() {
            return true;
        }

        @Override
        boolean eventFree() {
            return true;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return value == want ? day + 1 : TimeBounds.NEVER;
        }

        @Override
        String dailyReason() {
            return null;
        }

        @Override
        BoolNode bind(Binding b) {
            return this;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A number used as a condition: true when it is not 0 (so NaN counts as true). */
    static final class Truthy extends BoolNode {
        private final NumNode a;

        Truthy(NumNode a) {
            this.a = a;
        }

        @Override
        boolean test(int customer, int day) {
            return a.eval(customer, day) != 0;
        }

        /** Constant in time when every field it reads is (arithmetic on fields that move is not analysed). */
        @Override
        int nextDay(int customer, int day, boolean want) {
            return a.constantInTime() ? TimeBounds.constant(this, customer, day, want) : day + 1;
        }

        @Override
        String dailyReason() {
            return a.constantInTime() ? null : toString() + " computes with fields that change with time";
        }

        @Override
        boolean eventFree() {
            return a.eventFree();
        }

        @Override
        BoolNode bind(Binding b) {
            NumNode x = a.bind(b);
            if (b.optimize() && x instanceof NumNodes.BoundRead r) {
                return new FieldNodes.Truthy(r.reader, toString());
            }
            return new Truthy(x);
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {NumNode.class}, a.specialize(s));
        }

        @Override
        public String toString() {
            return "(" + a + " != 0)";
        }
    }

    /** The comparisons: {@code a op b}, with a field compared with a constant fused when bound. */
    abstract static class Compare extends BoolNode {
        final Op op;
        final NumNode a;
        final NumNode b;

        Compare(Op op, NumNode a, NumNode b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        /** Constant in time when every field it reads is (arithmetic on fields that move is not analysed). */
        @Override
        final int nextDay(int customer, int day, boolean want) {
            return a.constantInTime() && b.constantInTime() ? TimeBounds.constant(this, customer, day, want) : day + 1;
        }

        @Override
        final String dailyReason() {
            return a.constantInTime() && b.constantInTime() ? null
                    : toString() + " computes with fields that change with time";
        }

        @Override
        final boolean eventFree() {
            return a.eventFree() && b.eventFree();
        }

        @Override
        final BoolNode bind(Binding binding) {
            NumNode x = a.bind(binding);
            NumNode y = b.bind(binding);
            if (binding.optimize()) {
                if (x instanceof NumNodes.BoundRead r && y.isConstant()) {
                    return FieldNodes.compare(op, r.reader, y.eval(-1, 0), toString());
                }
                if (y instanceof NumNodes.BoundRead r && x.isConstant()) {
                    return FieldNodes.compare(op.mirrored(), r.reader, x.eval(-1, 0), toString());
                }
            }
            return compare(op, x, y);
        }

        @Override
        final BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {NumNode.class, NumNode.class}, a.specialize(s), b.specialize(s));
        }

        @Override
        public final String toString() {
            return "(" + a + " " + op.symbol + " " + b + ")";
        }
    }

    static final class Lt extends Compare {
        Lt(NumNode a, NumNode b) {
            super(Op.LT, a, b);
        }

        @Override
        boolean test(int customer, int day) {
            return a.eval(customer, day) < b.eval(customer, day);
        }
    }

    static final class Le extends Compare {
        Le(NumNode a, NumNode b) {
            super(Op.LE, a, b);
        }

        @Override
        boolean test(int customer, int day) {
            return a.eval(customer, day) <= b.eval(customer, day);
        }
    }

    static final class Gt extends Compare {
        Gt(NumNode a, NumNode b) {
            super(Op.GT, a, b);
        }

        @Override
        boolean test(int customer, int day) {
            return a.eval(customer, day) > b.eval(customer, day);
        }
    }

    static final class Ge extends Compare {
        Ge(NumNode a, NumNode b) {
            super(Op.GE, a, b);
        }

        @Override
        boolean test(int customer, int day) {
            return a.eval(customer, day) >= b.eval(customer, day);
        }
    }

    static final class Eq extends Compare {
        Eq(NumNode a, NumNode b) {
            super(Op.EQ, a, b);
        }

        @Override
        boolean test(int customer, int day) {
            return a.eval(customer, day) == b.eval(customer, day);
        }
    }

    static final class Ne extends Compare {
        Ne(NumNode a, NumNode b) {
            super(Op.NE, a, b);
        }

        @Override
        boolean test(int customer, int day) {
            return a.eval(customer, day) != b.eval(customer, day);
        }
    }

    /** {@code x in [v1, v2, ...]}: equal to one of the values (never for NaN). */
    static final class In extends BoolNode {
        private final NumNode a;
        private final double[] values;

        In(NumNode a, double[] values) {
            this.a = a;
            this.values = values.clone();
        }

        @Override
        boolean test(int customer, int day) {
            return FieldNodes.In.contains(values, a.eval(customer, day));
        }

        /** Constant in time when every field it reads is (arithmetic on fields that move is not analysed). */
        @Override
        int nextDay(int customer, int day, boolean want) {
            return a.constantInTime() ? TimeBounds.constant(this, customer, day, want) : day + 1;
        }

        @Override
        String dailyReason() {
            return a.constantInTime() ? null : toString() + " computes with fields that change with time";
        }

        @Override
        boolean eventFree() {
            return a.eventFree();
        }

        @Override
        BoolNode bind(Binding b) {
            NumNode x = a.bind(b);
            if (b.optimize() && x instanceof NumNodes.BoundRead r) {
                return new FieldNodes.In(r.reader, values, toString());
            }
            return new In(x, values);
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {NumNode.class, double[].class}, a.specialize(s), values);
        }

        @Override
        public String toString() {
            return "(" + a + " in " + Arrays.toString(values) + ")";
        }
    }

    /** {@code segment == "loyal"}, with the level turned into its index at compile time. */
    static final class LevelEq extends BoolNode {
        private final Field field;
        private final int level;
        private final String text;

        LevelEq(Field field, int level) {
            this.field = field;
            this.level = level;
            this.text = "(" + field.name() + " == \"" + field.levels().get(level) + "\")";
        }

        @Override
        boolean test(int customer, int day) {
            throw new IllegalStateException(field.name() + " read before the condition was bound to a field source");
        }

        @Override
        BoolNode bind(Binding b) {
            return new FieldNodes.Eq(b.reader(field), level, text);
        }

        /** {@code segment != "loyal"} as one node: true also for an unknown value (NaN or negative). */
        BoolNode bindNegated(Binding b) {
            return new FieldNodes.Ne(b.reader(field), level, "(not " + text + ")");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code segment in ["a", "b"]} as a table indexed by level; an unknown value (negative, NaN) is in no set. */
    static final class LevelIn extends BoolNode {
        private final Field field;
        private final boolean[] member;
        private final String text;

        LevelIn(Field field, boolean[] member) {
            this.field = field;
            this.member = member.clone();
            StringBuilder b = new StringBuilder(field.name()).append(" in [");
            for (int i = 0; i < member.length; i++) {
                if (member[i]) {
                    b.append(b.charAt(b.length() - 1) == '[' ? "" : ", ").append('"').append(field.levels().get(i)).append('"');
                }
            }
            this.text = "(" + b.append(']') + ")";
        }

        @Override
        boolean test(int customer, int day) {
            throw new IllegalStateException(field.name() + " read before the condition was bound to a field source");
        }

        @Override
        BoolNode bind(Binding b) {
            return new FieldNodes.LevelIn(b.reader(field), member, text);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final class Not extends BoolNode {
        private final BoolNode a;

        Not(BoolNode a) {
            this.a = a;
        }

        @Override
        boolean test(int customer, int day) {
            return !a.test(customer, day);
        }

        /** The term's bound for the opposite value: exact where the term's is. */
        @Override
        int nextDay(int customer, int day, boolean want) {
            return a.nextDay(customer, day, !want);
        }

        @Override
        String dailyReason() {
            return a.dailyReason();
        }

        @Override
        boolean eventFree() {
            return a.eventFree();
        }

        @Override
        BoolNode bind(Binding b) {
            if (b.optimize() && a instanceof LevelEq eq) {
                return eq.bindNegated(b);
            }
            return new Not(a.bind(b));
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {BoolNode.class}, a.specialize(s));
        }

        @Override
        public String toString() {
            return "(not " + a + ")";
        }
    }

    static final class And extends BoolNode {
        private final BoolNode a;
        private final BoolNode b;

        And(BoolNode a, BoolNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        boolean test(int customer, int day) {
            return a.test(customer, day) && b.test(customer, day);
        }

        /** The first round in the node's own class (the calls inline in a hidden copy), refinement in {@link TimeBounds}. */
        @Override
        int nextDay(int customer, int day, boolean want) {
            int x = a.nextDay(customer, day, want);
            if (want) {
                if (x == TimeBounds.NEVER) {
                    return x;
                }
                int y = b.nextDay(customer, day, true);
                return x == y || y == TimeBounds.NEVER ? y : TimeBounds.every(a, b, customer, day, true, Math.max(x, y));
            }
            return x == day + 1 ? x : Math.min(x, b.nextDay(customer, day, false));
        }

        @Override
        String dailyReason() {
            return TimeBounds.reason(a, b);
        }

        @Override
        boolean eventFree() {
            return a.eventFree() && b.eventFree();
        }

        /** {@code (x and y) and z} becomes one node over x, y, z: the same order and short circuit, fewer calls. */
        @Override
        BoolNode bind(Binding x) {
            if (!x.optimize()) {
                return new And(a.bind(x), b.bind(x));
            }
            List<BoolNode> terms = new ArrayList<>();
            flatten(this, terms);
            BoolNode[] bound = terms.stream().map(t -> t.bind(x)).toArray(BoolNode[]::new);
            return bound.length == 2 ? new And(bound[0], bound[1]) : new AllOf(bound);
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, TWO_BOOLS, a.specialize(s), b.specialize(s));
        }

        /** Holds whenever both terms hold: the relaxed terms joined, a term relaxed to {@code true} left out. */
        @Override
        BoolNode relax() {
            return eventFree() ? this : BoolNodes.allOf(a.relax(), b.relax());
        }

        private static void flatten(BoolNode n, List<BoolNode> out) {
            if (n instanceof And and) {
                flatten(and.a, out);
                flatten(and.b, out);
            } else {
                out.add(n);
            }
        }

        @Override
        public String toString() {
            return "(" + a + " and " + b + ")";
        }
    }

    static final class Or extends BoolNode {
        private final BoolNode a;
        private final BoolNode b;

        Or(BoolNode a, BoolNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        boolean test(int customer, int day) {
            return a.test(customer, day) || b.test(customer, day);
        }

        /** The first round in the node's own class (the calls inline in a hidden copy), refinement in {@link TimeBounds}. */
        @Override
        int nextDay(int customer, int day, boolean want) {
            int x = a.nextDay(customer, day, want);
            if (!want) {
                if (x == TimeBounds.NEVER) {
                    return x;
                }
                int y = b.nextDay(customer, day, false);
                return x == y || y == TimeBounds.NEVER ? y : TimeBounds.every(a, b, customer, day, false, Math.max(x, y));
            }
            return x == day + 1 ? x : Math.min(x, b.nextDay(customer, day, true));
        }

        @Override
        String dailyReason() {
            return TimeBounds.reason(a, b);
        }

        @Override
        boolean eventFree() {
            return a.eventFree() && b.eventFree();
        }

        @Override
        BoolNode bind(Binding x) {
            if (!x.optimize()) {
                return new Or(a.bind(x), b.bind(x));
            }
            List<BoolNode> terms = new ArrayList<>();
            flatten(this, terms);
            BoolNode[] bound = terms.stream().map(t -> t.bind(x)).toArray(BoolNode[]::new);
            return bound.length == 2 ? new Or(bound[0], bound[1]) : new AnyOf(bound);
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, TWO_BOOLS, a.specialize(s), b.specialize(s));
        }

        /** Holds whenever either term holds: {@code true} when a term relaxes to it, else the relaxed terms joined. */
        @Override
        BoolNode relax() {
            return eventFree() ? this : BoolNodes.anyOf(a.relax(), b.relax());
        }

        private static void flatten(BoolNode n, List<BoolNode> out) {
            if (n instanceof Or or) {
                flatten(or.a, out);
                flatten(or.b, out);
            } else {
                out.add(n);
            }
        }

        @Override
        public String toString() {
            return "(" + a + " or " + b + ")";
        }
    }

    /** Whether every term's value depends on customer and day alone ({@link BoolNode#eventFree}). */
    private static boolean allEventFree(BoolNode[] terms) {
        for (BoolNode t : terms) {
            if (!t.eventFree()) {
                return false;
            }
        }
        return true;
    }

    /** Three or more terms joined by 'and', tested left to right until one is false. */
    static final class AllOf extends BoolNode {
        private final BoolNode[] terms;

        AllOf(BoolNode[] terms) {
            this.terms = terms.clone();
        }

        @Override
        boolean test(int customer, int day) {
            for (BoolNode t : terms) {
                if (!t.test(customer, day)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return want ? TimeBounds.every(terms, customer, day, true) : TimeBounds.some(terms, customer, day, false);
        }

        @Override
        String dailyReason() {
            return TimeBounds.reason(terms);
        }

        @Override
        boolean eventFree() {
            return allEventFree(terms);
        }

        @Override
        BoolNode bind(Binding b) {
            return this;
        }

        @Override
        BoolNode relax() {
            return eventFree() ? this : allOf(Arrays.stream(terms).map(BoolNode::relax).toArray(BoolNode[]::new));
        }

        /** As {@code t0 and (t1 and (...))}: a loop over terms would be one call site seeing every term's class. */
        @Override
        BoolNode specialize(Specializer s) {
            BoolNode chain = terms[terms.length - 1];
            for (int k = terms.length - 2; k >= 0; k--) {
                chain = new And(terms[k], chain);
            }
            return chain.specialize(s);
        }

        @Override
        public String toString() {
            return join(terms, " and ");
        }
    }

    /** Three or more terms joined by 'or', tested left to right until one is true. */
    static final class AnyOf extends BoolNode {
        private final BoolNode[] terms;

        AnyOf(BoolNode[] terms) {
            this.terms = terms.clone();
        }

        @Override
        boolean test(int customer, int day) {
            for (BoolNode t : terms) {
                if (t.test(customer, day)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return want ? TimeBounds.some(terms, customer, day, true) : TimeBounds.every(terms, customer, day, false);
        }

        @Override
        String dailyReason() {
            return TimeBounds.reason(terms);
        }

        @Override
        boolean eventFree() {
            return allEventFree(terms);
        }

        @Override
        BoolNode bind(Binding b) {
            return this;
        }

        @Override
        BoolNode relax() {
            return eventFree() ? this : anyOf(Arrays.stream(terms).map(BoolNode::relax).toArray(BoolNode[]::new));
        }

        /** As {@code t0 or (t1 or (...))}, for the reason given at {@link AllOf#specialize}. */
        @Override
        BoolNode specialize(Specializer s) {
            BoolNode chain = terms[terms.length - 1];
            for (int k = terms.length - 2; k >= 0; k--) {
                chain = new Or(terms[k], chain);
            }
            return chain.specialize(s);
        }

        @Override
        public String toString() {
            return join(terms, " or ");
        }
    }

    /** The bound terms joined by 'and', {@code true} terms left out (relaxed trees: {@link BoolNode#relax}). */
    static BoolNode allOf(BoolNode... terms) {
        BoolNode[] kept = Arrays.stream(terms).filter(t -> t != TRUE).toArray(BoolNode[]::new);
        return kept.length == 0 ? TRUE : kept.length == 1 ? kept[0] : kept.length == 2 ? new And(kept[0], kept[1])
                : new AllOf(kept);
    }

    /** The bound terms joined by 'or'; {@code true} when one of them is (relaxed trees: {@link BoolNode#relax}). */
    static BoolNode anyOf(BoolNode... terms) {
        if (Arrays.asList(terms).contains(TRUE)) {
            return TRUE;
        }
        return terms.length == 1 ? terms[0] : terms.length == 2 ? new Or(terms[0], terms[1]) : new AnyOf(terms);
    }

    private static String join(BoolNode[] terms, String op) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < terms.length; i++) {
            s.append(i == 0 ? "" : op).append(terms[i]);
        }
        return s.append(')').toString();
    }
}
