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
    abstract static class Bound extends BoolNode implements TimeBounds.ValueTest {
        final FieldReader reader;
        private final String text;
        /** Where {@link #holds} may change its value (see {@link TimeBounds#leaf}). */
        final double[] breakpoints;

        Bound(FieldReader reader, String text, double[] breakpoints) {
            this.reader = reader;
            this.text = text;
            this.breakpoints = breakpoints;
        }

        @Override
        final BoolNode bind(Binding b) {
            return this;
        }

        /**
         * The common answers first, in the node's own class (so that in a {@linkplain Specializer hidden copy} the
         * reads and the test inline as in {@link #test}): the wanted value already tomorrow, or a field that never
         * moves; the search otherwise.
         */
        final int nextDayFast(int customer, int day, boolean want, boolean tomorrow, FieldReader.Motion motion) {
            if (tomorrow == want) {
                return day + 1;
            }
            return motion == FieldReader.Motion.CONSTANT ? TimeBounds.NEVER
                    : TimeBounds.leaf(reader, this, breakpoints, customer, day, want);
        }

        @Override
        final String dailyReason() {
            return reader.motion() == FieldReader.Motion.UNKNOWN ? text + " reads a field without a time model" : null;
        }

        @Override
        final boolean eventFree() {
            return reader.eventFree();
        }

        @Override
        public final String toString() {
            return text;
        }
    }

    abstract static class Compare extends Bound {
        final double c;

        Compare(FieldReader reader, double c, String text) {
            super(reader, text, TimeBounds.breakpoints(c));
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

        @Override
        public boolean holds(double value) {
            return value < c;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
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

        @Override
        public boolean holds(double value) {
            return value <= c;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
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

        @Override
        public boolean holds(double value) {
            return value > c;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
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

        @Override
        public boolean holds(double value) {
            return value >= c;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
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

        @Override
        public boolean holds(double value) {
            return value == c;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
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

        @Override
        public boolean holds(double value) {
            return value != c;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
        }
    }

    /** A field used as a condition: true when not 0 (NaN counts as true). */
    static final class Truthy extends Bound {
        Truthy(FieldReader r, String text) {
            super(r, text, TimeBounds.breakpoints(0));
        }

        @Override
        boolean test(int customer, int day) {
            return reader.read(customer, day) != 0;
        }

        @Override
        public boolean holds(double value) {
            return value != 0;
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
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
            super(r, text, TimeBounds.breakpoints(values));
            this.values = values.clone();
        }

        @Override
        boolean test(int customer, int day) {
            return contains(values, reader.read(customer, day));
        }

        @Override
        public boolean holds(double value) {
            return contains(values, value);
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
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
            super(r, text, levels(member.length));
            this.member = member.clone();
        }

        @Override
        boolean test(int customer, int day) {
            double v = reader.read(customer, day);
            int i = (int) v;
            return i == v && i >= 0 && i < member.length && member[i];
        }

        @Override
        public boolean holds(double v) {
            int i = (int) v;
            return i == v && i >= 0 && i < member.length && member[i];
        }

        @Override
        int nextDay(int customer, int day, boolean want) {
            return nextDayFast(customer, day, want, holds(reader.read(customer, day + 1)), reader.motion());
        }

        /** The level indices: between two of them (and outside) no value is a level, so the test is false there. */
        static double[] levels(int n) {
            double[] b = new double[n];
            for (int k = 0; k < n; k++) {
                b[k] = k;
            }
            return b;
        }

        @Override
        BoolNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {FieldReader.class, boolean[].class, String.class}, reader, member,
                    toString());
        }
    }
}
