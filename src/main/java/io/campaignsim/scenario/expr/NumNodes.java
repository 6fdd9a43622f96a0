package io.campaignsim.scenario.expr;

/** The numeric node classes: constants, field reads and IEEE arithmetic. */
final class NumNodes {

    private NumNodes() {}

    static final class Const implements NumNode {
        final double value;

        Const(double value) {
            this.value = value;
        }

        @Override
        public double eval(FieldSource src, int customer) {
            return value;
        }

        @Override
        public boolean isConstant() {
            return true;
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    static final class Read implements NumNode {
        final FieldType type;
        final int channel;
        private final String name;

        Read(Field field) {
            this.type = field.type();
            this.channel = field.channel();
            this.name = field.name();
        }

        @Override
        public double eval(FieldSource src, int customer) {
            return src.value(type, channel, customer);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final class Neg implements NumNode {
        private final NumNode a;

        Neg(NumNode a) {
            this.a = a;
        }

        @Override
        public double eval(FieldSource src, int customer) {
            return -a.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(-" + a + ")";
        }
    }

    static final class Add implements NumNode {
        private final NumNode a;
        private final NumNode b;

        Add(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public double eval(FieldSource src, int customer) {
            return a.eval(src, customer) + b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " + " + b + ")";
        }
    }

    static final class Sub implements NumNode {
        private final NumNode a;
        private final NumNode b;

        Sub(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public double eval(FieldSource src, int customer) {
            return a.eval(src, customer) - b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " - " + b + ")";
        }
    }

    static final class Mul implements NumNode {
        private final NumNode a;
        private final NumNode b;

        Mul(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public double eval(FieldSource src, int customer) {
            return a.eval(src, customer) * b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " * " + b + ")";
        }
    }

    static final class Div implements NumNode {
        private final NumNode a;
        private final NumNode b;

        Div(NumNode a, NumNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public double eval(FieldSource src, int customer) {
            return a.eval(src, customer) / b.eval(src, customer);
        }

        @Override
        public String toString() {
            return "(" + a + " / " + b + ")";
        }
    }
}
