package io.campaignsim.scenario.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Binding: fused nodes and flat and/or give exactly the values and read order of the plain tree. */
class BoundConditionTest {

    private static final ConditionCompiler COMPILER = new ConditionCompiler(ArraySource.FIELDS);
    private static final ConditionCompiler PLAIN = new ConditionCompiler(ArraySource.FIELDS, false);

    /** Values where comparisons are easy to get wrong: NaN, signed zeros, infinities, and the constants themselves. */
    private static final double[] SPECIAL = {Double.NaN, 0.0, -0.0, 1, -1, 2.5, 3, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1e-300, -2.5};

    /** An {@link ArraySource} that also records every read, as "name@customer", to compare read order. */
    private static final class Recording implements FieldSource {
        final ArraySource values;
        final List<String> reads = new ArrayList<>();

        Recording(ArraySource values) {
            this.values = values;
        }

        @Override
        public FieldReader reader(FieldType type, int channel) {
            FieldReader r = values.reader(type, channel);
            String name = type + "/" + channel;
            return new FieldReader() {
                @Override
                public double read(int customer, int day) {
                    reads.add(name + "@" + customer);
                    return r.read(customer, day);
                }
            };
        }
    }

    private static ArraySource randomCustomers(int n, long seed) {
        ArraySource src = new ArraySource(n);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            src.set("frequency", i, rng.nextInt(4) == 0 ? SPECIAL[rng.nextInt(SPECIAL.length)] : rng.nextInt(5) - 1)
                    .set("monetary", i, SPECIAL[rng.nextInt(SPECIAL.length)])
                    .set("email_open_rate_30d", i, rng.nextInt(3) == 0 ? Double.NaN : rng.nextDouble())
                    .set("reachable_sms", i, SPECIAL[rng.nextInt(SPECIAL.length)])
                    .set("segment", i, rng.nextInt(5) == 0 ? SPECIAL[rng.nextInt(SPECIAL.length)] : rng.nextInt(3))
                    .set("lifecycle", i, rng.nextInt(6) - 1);
        }
        return src;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "monetary < 2.5", "monetary <= 2.5", "monetary > 2.5", "monetary >= 2.5", "monetary == 3", "monetary != 3",
        "2.5 < monetary", "2.5 <= monetary", "2.5 > monetary", "2.5 >= monetary", "3 == monetary", "3 != monetary",
        "monetary == 0", "monetary != -0", "-1 < frequency", "frequency >= -1", "monetary < 1 / 0", "reachable_sms", "not reachable_sms", "frequency in [0, 1, 3]", "frequency not in [-1]",
        "monetary in [0, 3]", "segment == 'regular'", "segment != 'regular'", "'lapsing' != segment",
        "segment in ['loyal', 'lapsing']", "segment not in ['regular']", "lifecycle != 'churned'",
        "frequency > 1 and monetary < 3 and reachable_sms", "frequency > 1 or monetary < 3 or reachable_sms",
        "frequency > 1 and (monetary < 3 or reachable_sms) and segment == 'loyal' and email_open_rate_30d < 0.5",
        "frequency > 1 or monetary < 3 and reachable_sms or not segment == 'loyal' or email_open_rate_30d >= 0.5",
        "(frequency > 1 and monetary < 3) and (reachable_sms and segment != 'loyal')",
        "monetary / frequency > 0.5 and -frequency < -1",
    })
    void fusedAgreesWithThePlainTreeValueByValueAndReadByRead(String text) {
        int n = 3000;
        ArraySource values = randomCustomers(n, text.hashCode());
        Recording fused = new Recording(values);
        Recording plain = new Recording(values);
        BoundCondition f = COMPILER.compile(text).bind(fused);
        BoundCondition p = PLAIN.compile(text).bind(plain);
        int trues = 0;
        for (int i = 0; i < n; i++) {
            boolean expected = p.test(i, 5);
            assertEquals(expected, f.test(i, 5), text + " for customer " + i);
            trues += expected ? 1 : 0;
        }
        assertEquals(plain.reads, fused.reads, "same fields read in the same order (short circuits included)");
        assertTrue(trues > 0 && trues < n, "the condition should depend on the customer: " + text + " " + trues);
    }

    @Test
    void aNanConstantMakesEveryComparisonFalseExceptNotEqual() {
        ArraySource values = randomCustomers(500, 3);
        for (String op : new String[] {"<", "<=", ">", ">=", "==", "!="}) {
            BoundCondition right = COMPILER.compile("monetary " + op + " 0 / 0").bind(values);
            BoundCondition left = COMPILER.compile("0 / 0 " + op + " monetary").bind(values);
            for (int i = 0; i < 500; i++) {
                assertEquals(op.equals("!="), right.test(i, 0), op);
                assertEquals(op.equals("!="), left.test(i, 0), op);
            }
        }
    }

    /** A node of a specialized tree: an instance of a hidden copy of {@code original}. */
    private static void assertCopyOf(Class<?> original, Object node) {
        assertTrue(node.getClass().isHidden(), node.getClass() + " is a hidden copy");
        assertEquals(original.getName(), node.getClass().getName().replaceAll("/.*", ""));
    }

    @Test
    void fieldComparedWithAConstantIsOneNodeOfItsOwnClass() {
        ArraySource src = new ArraySource(1);
        assertCopyOf(FieldNodes.Gt.class, COMPILER.compile("monetary > 150").bind(src).root());
        assertCopyOf(FieldNodes.Gt.class, COMPILER.compile("1 + 2 * 3 < monetary").bind(src).root());
        assertCopyOf(FieldNodes.Ne.class, COMPILER.compile("segment != 'loyal'").bind(src).root());
        assertCopyOf(FieldNodes.Eq.class, COMPILER.compile("segment == 'loyal'").bind(src).root());
        assertCopyOf(FieldNodes.LevelIn.class, COMPILER.compile("segment in ['loyal']").bind(src).root());
        assertCopyOf(FieldNodes.In.class, COMPILER.compile("frequency in [1, 2]").bind(src).root());
        assertCopyOf(FieldNodes.Truthy.class, COMPILER.compile("reachable_sms").bind(src).root());
        assertCopyOf(BoolNodes.Gt.class, COMPILER.compile("monetary / frequency > 150").bind(src).root());
        assertEquals(BoolNodes.Gt.class, PLAIN.compile("monetary > 150").bind(src).root().getClass());
        assertEquals("(7.0 < monetary)", COMPILER.compile("1 + 2 * 3 < monetary").bind(src).tree());
    }

    /**
     * Nodes of different texts get classes of their own (so each call site sees one class); the same text bound
     * again, as every run of a policy does, gets the same class, so that code compiled for one run stays valid.
     */
    @Test
    void everyNodeTextGetsItsOwnClassAndKeepsItInLaterBinds() {
        ArraySource src = new ArraySource(1);
        BoolNode a = COMPILER.compile("monetary > 1 and frequency > 1").bind(src).root();
        BoolNode b = COMPILER.compile("monetary > 1 and frequency > 1").bind(new ArraySource(2)).root();
        BoolNode c = COMPILER.compile("monetary > 1 and frequency > 2").bind(src).root();
        assertCopyOf(BoolNodes.And.class, a);
        assertCopyOf(BoolNodes.And.class, c);
        assertEquals(a.getClass(), b.getClass());
        assertNotEquals(a.getClass(), c.getClass());
        assertNotEquals(a, b, "a new instance for each bind");
    }

    @Test
    void chainsOfAndOrAreFlatThenNestedToTheRight() {
        ArraySource src = new ArraySource(1);
        String text = "monetary > 1 and frequency > 1 and (reachable_sms or reachable_email or segment == 'loyal')";
        assertEquals("((monetary > 1.0) and (frequency > 1.0) and ((reachable_sms != 0) or (reachable_email != 0) "
                + "or (segment == \"loyal\")))", COMPILER.compile(text).root().bind(new Binding(src, true)).toString());
        assertEquals(BoolNodes.AllOf.class, COMPILER.compile(text).root().bind(new Binding(src, true)).getClass());
        assertEquals("((monetary > 1.0) and ((frequency > 1.0) and ((reachable_sms != 0) or ((reachable_email != 0) "
                + "or (segment == \"loyal\")))))", COMPILER.compile(text).bind(src).tree());
        assertCopyOf(BoolNodes.And.class, COMPILER.compile(text).bind(src).root());
    }

    @Test
    void theDayIsAnArgument() {
        BoundCondition c = COMPILER.compile("day >= 14 and weekday == 2").bind(new ArraySource(1));
        assertFalse(c.test(0, 2));
        assertFalse(c.test(0, 15));
        assertTrue(c.test(0, 16));
        assertFalse(c.test(0, 2)); // an earlier day after a later one: nothing of the last call is kept
        assertTrue(c.test(0, 23));
    }

    @Test
    void unboundTreesDoNotReadFields() {
        Condition c = COMPILER.compile("monetary > 1 + frequency");
        assertThrows(IllegalArgumentException.class, () -> c.bind((type, channel) -> null));
        assertTrue(COMPILER.compile("1 < 2").bind(null).test(0, 0));
    }
}
