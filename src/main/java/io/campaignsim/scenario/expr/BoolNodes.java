package io.campaignsim.scenario.expr;

import java.util.Arrays;

/**
 * The boolean node classes. Comparisons follow IEEE 754: any comparison with NaN is false except
 * {@code !=}, which is true; Java's double operators already behave so.
 */
final class BoolNodes {

    static final BoolNode TRUE = new Const(true);
    static final BoolNode FALSE = new Const(false);

    private BoolNodes() {}

    static BoolNode of(boolean value) {
        return value ? TRUE : FALSE;
    }

    static final class Const implements BoolNode {
        private final boolean value;

        private Const(boolean value) {
            this.value = value;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return value;
        }

        @Override
        public boolean isConstant() {
            return true;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A number used as a condition: true when it is not 0 (so NaN counts as true). */
    static final class Truthy implements BoolNode {
        private final NumNode a;

        Truthy(NumNode a) {
            this.a = a;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.eval(src, customer) != 0;
        }

        @Override
        public String toString() {
            return "(" + a + " != 0)";
        }
    }

    static final class Lt implements BoolNode {
        private final NumNode a;
        private final NumNode b;

        Lt(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.eval(src, customer) < b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " < " + b + ")";
        }
    }

    static final class Le implements BoolNode {
        private final NumNode a;
        private final NumNode b;

        Le(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.eval(src, customer) <= b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " <= " + b + ")";
        }
    }

    static final class Gt implements BoolNode {
        private final NumNode a;
        private final NumNode b;

        Gt(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.eval(src, customer) > b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " > " + b + ")";
        }
    }

    static final class Ge implements BoolNode {
        private final NumNode a;
        private final NumNode b;

        Ge(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.eval(src, customer) >= b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " >= " + b + ")";
        }
    }

    static final class Eq implements BoolNode {
        private final NumNode a;
        private final NumNode b;

        Eq(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.eval(src, customer) == b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " == " + b + ")";
        }
    }

    static final class Ne implements BoolNode {
        private final NumNode a;
        private final NumNode b;

        Ne(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.eval(src, customer) != b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " != " + b + ")";
        }
    }

    /** {@code x in [v1, v2, ...]}: equal to one of the values (never for NaN). */
    static final class In implements BoolNode {
        private final NumNode a;
        private final double[] values;

        In(NumNode a, double[] values) {
            this.a = a;
            this.values = values.clone();
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            double v = a.eval(src, customer);
            for (double x : values) {
                if (v == x) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "(" + a + " in " + Arrays.toString(values) + ")";
        }
    }

    /** {@code segment == "loyal"}, with the level turned into its index at compile time. */
    static final class LevelEq implements BoolNode {
        private final FieldType type;
        private final int channel;
        private final double level;
        private final String text;

        LevelEq(Field field, int level) {
            this.type = field.type();
            this.channel = field.channel();
            this.level = level;
            this.text = field.name() + " == \"" + field.levels().get(level) + "\"";
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return src.value(type, channel, customer) == level;
        }

        @Override
        public String toString() {
            return "(" + text + ")";
        }
    }

    /** {@code segment in ["a", "b"]} as a table indexed by level; an unknown value (negative, NaN) is in no set. */
    static final class LevelIn implements BoolNode {
        private final FieldType type;
        private final int channel;
        private final boolean[] member;
        private final String text;

        LevelIn(Field field, boolean[] member) {
            this.type = field.type();
            this.channel = field.channel();
            this.member = member.clone();
            StringBuilder b = new StringBuilder(field.name()).append(" in [");
            for (int i = 0; i < member.length; i++) {
                if (member[i]) {
                    b.append(b.charAt(b.length() - 1) == '[' ? "" : ", ").append('"').append(field.levels().get(i)).append('"');
                }
            }
            this.text = b.append(']').toString();
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            double v = src.value(type, channel, customer);
            int i = (int) v;
            return i == v && i >= 0 && i < member.length && member[i];
        }

        @Override
        public String toString() {
            return "(" + text + ")";
        }
    }

    static final class Not implements BoolNode {
        private final BoolNode a;

        Not(BoolNode a) {
            this.a = a;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return !a.test(src, customer);
        }

        @Override
        public String toString() {
            return "(not " + a + ")";
        }
    }

    static final class And implements BoolNode {
        private final BoolNode a;
        private final BoolNode b;

        And(BoolNode a, BoolNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.test(src, customer) && b.test(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " and " + b + ")";
        }
    }

    static final class Or implements BoolNode {
        private final BoolNode a;
        private final BoolNode b;

        Or(BoolNode a, BoolNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean test(FieldSource src, int customer) {
            return a.test(src, customer) || b.test(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " or " + b + ")";
        }
    }
}
