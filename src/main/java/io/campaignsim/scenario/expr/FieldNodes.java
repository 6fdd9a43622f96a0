package io.campaignsim.scenario.expr;

/**
 * Fused nodes of bound trees: read one field and test it in a single call, e.g.
 * {@code days_since_purchase > 60} instead of a comparison calling a read node and a constant
 * node. Each gives exactly the value of the general tree it replaces, NaN included; they print
 * as the text they replace.
 */
final class FieldNodes {

    private FieldNodes() {}

    /** {@code field op c}; the caller mirrors {@code op} when the constant was on the left. */
    static BoolNode compare(BoolNodes.Op op, FieldReader r, double c, String text) {
        return switch (op) {
            case LT -> new Lt(r, c, text);
            case LE -> new Le(r, c, text);
            case GT -> new Gt(r, c, text);
            case GE -> new Ge(r, c, text);
            case EQ -> new Eq(r, c, text);
            case NE -> new Ne(r, c, text);
        };
    }

    /** A node that reads one field; bound already, so binding again returns it. */
    abstract static class Bound extends BoolNode {
        final FieldReader reader;
        private final String text;

        Bound(FieldReader reader, String text) {
            this.reader = reader;
            this.text = text;
        }

        @Override
        final BoolNode bind(Binding b) {
            return this;
        }

        @Override
        public final String toString() {
            return text;
        }
    }

    abstract static class Compare extends Bound {
        final double c;

        Compare(FieldReader reader, double c, String text) {
            super(reader, text);
            this.c = c;
        }

        @Override
        final BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {FieldReader.class, double.class, String.class}, reader, c, toString());
        }
    }

    static final class Lt extends Compare {
        Lt(FieldReader r, double c, String text) {
            super(r, c, text);
        }

        @Override
        boolean test(int customer, int day) {
            return reader.read(customer, day) < c;
        }
    }

    static final class Le extends Compare {
        Le(FieldReader r, double c, String text) {
            super(r, c, text);
        }

        @Override
        boolean test(int customer, int day) {
            return reader.read(customer, day) <= c;
        }
    }

    static final class Gt extends Compare {
        Gt(FieldReader r, double c, String text) {
            super(r, c, text);
        }

        @Override
        boolean test(int customer, int day) {
            return reader.read(customer, day) > c;
        }
    }

    static final class Ge extends Compare {
        Ge(FieldReader r, double c, String text) {
            super(r, c, text);
        }

        @Override
        boolean test(int customer, int day) {
            return reader.read(customer, day) >= c;
        }
    }

    /** Also {@code segment == "loyal"} with {@code c} the level index. */
    static final class Eq extends Compare {
        Eq(FieldReader r, double c, String text) {
            super(r, c, text);
        }

        @Override
        boolean test(int customer, int day) {
            return reader.read(customer, day) == c;
        }
    }

    /** Also {@code segment != "loyal"}: {@code !(v == c)}, which is {@code v != c} for every double. */
    static final class Ne extends Compare {
        Ne(FieldReader r, double c, String text) {
            super(r, c, text);
        }

        @Override
        boolean test(int customer, int day) {
            return reader.read(customer, day) != c;
        }
    }

    /** A field used as a condition: true when not 0 (NaN counts as true). */
    static final class Truthy extends Bound {
        Truthy(FieldReader r, String text) {
            super(r, text);
        }

        @Override
        boolean test(int customer, int day) {
            return reader.read(customer, day) != 0;
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {FieldReader.class, String.class}, reader, toString());
        }
    }

    /** {@code field in [v1, v2, ...]}. */
    static final class In extends Bound {
        private final double[] values;

        In(FieldReader r, double[] values, String text) {
            super(r, text);
            this.values = values.clone();
        }

        @Override
        boolean test(int customer, int day) {
            return contains(values, reader.read(customer, day));
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {FieldReader.class, double[].class, String.class}, reader, values,
                    toString());
        }

        /** Whether {@code v} equals one of {@code values} (never for NaN). */
        static boolean contains(double[] values, double v) {
            for (double x : values) {
                if (v == x) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A categorical field in a set of levels, as a table indexed by level; an unknown value (negative, NaN) is in no set. */
    static final class LevelIn extends Bound {
        private final boolean[] member;

        LevelIn(FieldReader r, boolean[] member, String text) {
            super(r, text);
            this.member = member.clone();
        }

        @Override
        boolean test(int customer, int day) {
            double v = reader.read(customer, day);
            int i = (int) v;
            return i == v && i >= 0 && i < member.length && member[i];
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {FieldReader.class, boolean[].class, String.class}, reader, member,
                    toString());
        }
    }
}
