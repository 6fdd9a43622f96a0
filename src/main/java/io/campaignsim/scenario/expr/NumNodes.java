package io.campaignsim.scenario.expr;

/** The numeric node classes: constants, field reads and IEEE arithmetic. */
final class NumNodes {

    private static final Class<?>[] TWO_NUMS = {NumNode.class, NumNode.class};

    private NumNodes() {}

    static final class Const extends NumNode {
        final double value;

        Const(double value) {
            this.value = value;
        }

        @Override
        double eval(int customer, int day) {
            return value;
        }

        @Override
        boolean isConstant() {
            return true;
        }

        @Override
        boolean constantInTime() {
            return true;
        }

        @Override
        boolean eventFree() {
            return true;
        }

        @Override
        NumNode bind(Binding b) {
            return this;
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /** A field as parsed: which field, not yet how to read it. */
    static final class Read extends NumNode {
        final Field field;

        Read(Field field) {
            this.field = field;
        }

        @Override
        double eval(int customer, int day) {
            throw new IllegalStateException(field.name() + " read before the condition was bound to a field source");
        }

        @Override
        NumNode bind(Binding b) {
            return new BoundRead(b.reader(field), field.name());
        }

        @Override
        public String toString() {
            return field.name();
        }
    }

    /** A field read through the reader its source handed out. */
    static final class BoundRead extends NumNode {
        final FieldReader reader;
        private final String name;

        BoundRead(FieldReader reader, String name) {
            this.reader = reader;
            this.name = name;
        }

        @Override
        double eval(int customer, int day) {
            return reader.read(customer, day);
        }

        @Override
        boolean constantInTime() {
            return reader.motion() == FieldReader.Motion.CONSTANT;
        }

        @Override
        boolean eventFree() {
            return reader.eventFree();
        }

        @Override
        NumNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {FieldReader.class, String.class}, reader, name);
        }

        @Override
        NumNode bind(Binding b) {
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final class Neg extends NumNode {
        private final NumNode a;

        Neg(NumNode a) {
            this.a = a;
        }

        @Override
        double eval(int customer, int day) {
            return -a.eval(customer, day);
        }

        @Override
        boolean constantInTime() {
            return a.constantInTime();
        }

        @Override
        boolean eventFree() {
            return a.eventFree();
        }

        @Override
        NumNode bind(Binding b) {
            return new Neg(a.bind(b));
        }

        @Override
        NumNode specialize(Specializer s) {
            return s.copy(this, new Class<?>[] {NumNode.class}, a.specialize(s));
        }

        @Override
        public String toString() {
            return "(-" + a + ")";
        }
    }

    static final class Add extends NumNode {
        private final NumNode a;
        private final NumNode b;

        Add(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(int customer, int day) {
            return a.eval(customer, day) + b.eval(customer, day);
        }

        @Override
        boolean constantInTime() {
            return a.constantInTime() && b.constantInTime();
        }

        @Override
        boolean eventFree() {
            return a.eventFree() && b.eventFree();
        }

        @Override
        NumNode bind(Binding x) {
            return new Add(a.bind(x), b.bind(x));
        }

        @Override
        NumNode specialize(Specializer s) {
            return s.copy(this, TWO_NUMS, a.specialize(s), b.specialize(s));
        }

        @Override
        public String toString() {
            return "(" + a + " + " + b + ")";
        }
    }

    static final class Sub extends NumNode {
        private final NumNode a;
        private final NumNode b;

        Sub(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(int customer, int day) {
            return a.eval(customer, day) - b.eval(customer, day);
        }

        @Override
        boolean constantInTime() {
            return a.constantInTime() && b.constantInTime();
        }

        @Override
        boolean eventFree() {
            return a.eventFree() && b.eventFree();
        }

        @Override
        NumNode bind(Binding x) {
            return new Sub(a.bind(x), b.bind(x));
        }

        @Override
        NumNode specialize(Specializer s) {
            return s.copy(this, TWO_NUMS, a.specialize(s), b.specialize(s));
        }

        @Override
        public String toString() {
            return "(" + a + " - " + b + ")";
        }
    }

    static final class Mul extends NumNode {
        private final NumNode a;
        private final NumNode b;

        Mul(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(int customer, int day) {
            return a.eval(customer, day) * b.eval(customer, day);
        }

        @Override
        boolean constantInTime() {
            return a.constantInTime() && b.constantInTime();
        }

        @Override
        boolean eventFree() {
            return a.eventFree() && b.eventFree();
        }

        @Override
        NumNode bind(Binding x) {
            return new Mul(a.bind(x), b.bind(x));
        }

        @Override
        NumNode specialize(Specializer s) {
            return s.copy(this, TWO_NUMS, a.specialize(s), b.specialize(s));
        }

        @Override
        public String toString() {
            return "(" + a + " * " + b + ")";
        }
    }

    static final class Div extends NumNode {
        private final NumNode a;
        private final NumNode b;

        Div(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        double eval(int customer, int day) {
            return a.eval(customer, day) / b.eval(customer, day);
        }

        @Override
        boolean constantInTime() {
            return a.constantInTime() && b.constantInTime();
        }

        @Override
        boolean eventFree() {
            return a.eventFree() && b.eventFree();
        }

        @Override
        NumNode bind(Binding x) {
            return new Div(a.bind(x), b.bind(x));
        }

        @Override
        NumNode specialize(Specializer s) {
            return s.copy(this, TWO_NUMS, a.specialize(s), b.specialize(s));
        }

        @Override
        public String toString() {
            return "(" + a + " / " + b + ")";
        }
    }
}
