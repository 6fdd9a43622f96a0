package io.campaignsim.scenario.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionCompilerTest {

    private static final ConditionCompiler COMPILER = new ConditionCompiler(ArraySource.FIELDS);
    private static final ConditionCompiler UNFOLDED = new ConditionCompiler(ArraySource.FIELDS, false);

    /** Customer 0: a loyal, cooling customer in the south, reachable by SMS only, never emailed (NaN open rate). */
    private static ArraySource customer() {
        return new ArraySource(1)
                .set("days_since_purchase", 0, 40).set("tenure_days", 0, 10).set("frequency", 0, 3)
                .set("monetary", 0, 50).set("segment", 0, 0).set("lifecycle", 0, 2).set("region", 0, 1)
                .set("age_band", 0, 5).set("last_category", 0, 1)
                .set("reachable_sms", 0, 1).set("reachable_email", 0, 0)
                .set("email_open_rate_30d", 0, Double.NaN).set("sms_open_rate_30d", 0, 0.2)
                .set("in_journey_re_engage", 0, 1).set("in_journey_welcome", 0, 0);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // arithmetic precedence and left associativity
                Arguments.of("1 + 2 * 3 == 7", true),
                Arguments.of("(1 + 2) * 3 == 9", true),
                Arguments.of("10 - 4 - 3 == 3", true),
                Arguments.of("24 / 4 / 2 == 3", true),
                Arguments.of("-2 * 3 == -6", true),
                Arguments.of("- -2 == 2", true),
                Arguments.of("2 - -2 == 4", true),
                Arguments.of("1e-3 * 1000 == 1", true),
                Arguments.of(".5 + 0.5 == 1", true),
                Arguments.of("days_since_purchase - 10 * 2 == 20", true),
                Arguments.of("monetary / frequency > 16.6", true),
                Arguments.of("-frequency < -2.5", true),
                // boolean precedence: or < and < not < comparison
                Arguments.of("true or false and false", true),
                Arguments.of("(true or false) and false", false),
                Arguments.of("not false and false", false),
                Arguments.of("not (false and false)", true),
                Arguments.of("not 1 > 2", true),
                Arguments.of("not days_since_purchase > 30", false),
                Arguments.of("not not reachable_sms", true),
                Arguments.of("false or not false and true", true),
                Arguments.of("false and true or true", true),
                Arguments.of("!reachable_email", true),
                Arguments.of("reachable_sms && !reachable_email", true),
                Arguments.of("reachable_email || reachable_sms", true),
                Arguments.of("days_since_purchase > 30 and frequency >= 3", true),
                Arguments.of("days_since_purchase <= 40 and days_since_purchase >= 40 and days_since_purchase != 41", true),
                // numeric truthiness: a number where a condition is needed means != 0
                Arguments.of("reachable_sms", true),
                Arguments.of("reachable_email", false),
                Arguments.of("in_journey_re_engage and not in_journey_welcome", true),
                Arguments.of("frequency - 3", false),
                // in / not in
                Arguments.of("frequency in [1, 2, 3]", true),
                Arguments.of("frequency not in [1, 2, 3]", false),
                Arguments.of("-frequency in [-3]", true),
                Arguments.of("frequency in [1] or frequency in [3]", true),
                // categorical fields
                Arguments.of("segment == 'loyal'", true),
                Arguments.of("segment != \"loyal\"", false),
                Arguments.of("'loyal' == segment", true),
                Arguments.of("segment in ['regular', 'lapsing']", false),
                Arguments.of("segment not in ['regular', 'lapsing']", true),
                Arguments.of("lifecycle in ['cooling', 'lapsed'] and region == 'south'", true),
                Arguments.of("age_band == '65+' and last_category != 'apparel'", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("table")
    void evaluatesWithPrecedenceAndAssociativity(String text, boolean expected) {
        assertEquals(expected, COMPILER.compile(text).bind(customer()).test(0, 0), text);
        assertEquals(expected, UNFOLDED.compile(text).bind(customer()).test(0, 0), text + " (not folded)");
    }

    static Stream<Arguments> nan() {
        return Stream.of(
                Arguments.of("email_open_rate_30d < 0.05", false),
                Arguments.of("email_open_rate_30d <= 0.05", false),
                Arguments.of("email_open_rate_30d > 0.05", false),
                Arguments.of("email_open_rate_30d >= 0.05", false),
                Arguments.of("email_open_rate_30d == 0.05", false),
                Arguments.of("email_open_rate_30d != 0.05", true),
                Arguments.of("email_open_rate_30d == email_open_rate_30d", false),
                Arguments.of("email_open_rate_30d != email_open_rate_30d", true),
                Arguments.of("not email_open_rate_30d >= 0.05", true),
                Arguments.of("email_open_rate_30d * 0 == 0", false),
                Arguments.of("email_open_rate_30d in [0, 1]", false),
                Arguments.of("email_open_rate_30d not in [0, 1]", true),
                Arguments.of("email_open_rate_30d", true)); // NaN != 0
    }

    @ParameterizedTest(name = "NaN: {0} -> {1}")
    @MethodSource("nan")
    void comparisonsWithNanAreFalseExceptNotEqual(String text, boolean expected) {
        assertEquals(expected, COMPILER.compile(text).bind(customer()).test(0, 0), text);
    }

    @Test
    void unknownCategoricalValueMatchesNoLevel() {
        for (double unknown : new double[] {-1, Double.NaN, 3, 0.5}) {
            ArraySource src = customer().set("segment", 0, unknown);
            assertFalse(COMPILER.compile("segment == 'loyal'").bind(src).test(0, 0), "== for " + unknown);
            assertTrue(COMPILER.compile("segment != 'loyal'").bind(src).test(0, 0), "!= for " + unknown);
            assertFalse(COMPILER.compile("segment in ['loyal', 'regular', 'lapsing']").bind(src).test(0, 0), "in for " + unknown);
            assertTrue(COMPILER.compile("segment not in ['loyal']").bind(src).test(0, 0), "not in for " + unknown);
        }
    }

    @Test
    void categoricalCompareUsesTheLevelIndex() {
        ArraySource src = new ArraySource(3).set("segment", 0, 0).set("segment", 1, 1).set("segment", 2, 2);
        BoundCondition c = COMPILER.compile("segment in [\"lapsing\", \"loyal\"]").bind(src);
        assertEquals(List.of(true, false, true), List.of(c.test(0, 0), c.test(1, 0), c.test(2, 0)));
        Condition eq = COMPILER.compile("segment == 'regular'");
        BoundCondition boundEq = eq.bind(src);
        assertEquals(List.of(false, true, false), List.of(boundEq.test(0, 0), boundEq.test(1, 0), boundEq.test(2, 0)));
        assertEquals("(segment == \"regular\")", eq.tree());
    }

    @Test
    void perChannelAndJourneyFieldsCarryTheirIndex() {
        Field f = ArraySource.FIELDS.find("sms_open_rate_30d");
        assertEquals(FieldType.CHANNEL_OPEN_RATE_30D, f.type());
        assertEquals(1, f.channel());
        Field j = ArraySource.FIELDS.find("in_journey_re_engage");
        assertEquals(FieldType.IN_JOURNEY, j.type());
        assertEquals(1, j.channel());
        assertEquals(-1, ArraySource.FIELDS.find("day").channel());
        assertTrue(ArraySource.FIELDS.names().containsAll(List.of("days_since_email", "subscribed_sms", "email_sends_7d",
                "sms_click_rate_30d", "reachable_email", "weekday", "contacts_7d", "opens_30d", "clicks_30d")));
    }

    @Test
    void channelNamesDoNotShadowGenericFields() {
        ObservedFields f = ObservedFields.of(List.of("purchase"), List.of("a"), List.of("r"), List.of("c"), List.of());
        assertEquals(FieldType.DAYS_SINCE_PURCHASE, f.find("days_since_purchase").type());
    }

    @Test
    void constantsAreFolded() {
        assertEquals("(7.0 < days_since_purchase)", COMPILER.compile("1 + 2 * 3 < days_since_purchase").tree());
        assertEquals("((1.0 + (2.0 * 3.0)) < days_since_purchase)",
                UNFOLDED.compile("1 + 2 * 3 < days_since_purchase").tree());
        assertEquals("(reachable_sms != 0)", COMPILER.compile("true and reachable_sms").tree());
        assertEquals("false", COMPILER.compile("reachable_sms and 1 > 2").tree());
        assertEquals("true", COMPILER.compile("2 > 1 or frequency > 3").tree());
        assertEquals("(-3.0)", UNFOLDED.compile("-3 < 0 or frequency > 3").tree().substring(2, 8));
        assertTrue(COMPILER.compile("not (1 in [2, 3])").isConstant());
        assertFalse(COMPILER.compile("frequency in [2, 3]").isConstant());
        assertTrue(Condition.ALWAYS.isConstant());
        assertTrue(Condition.ALWAYS.bind(null).test(0, 0));
    }

    @Test
    void foldedAndUnfoldedAgreeOnRandomCustomers() {
        List<String> texts = List.of(
                "1 + 2 * 3 < days_since_purchase or 0 / 0 == 0",
                "(frequency + 1) * 2 >= 2 * 3 - 1 and not (1 > 2)",
                "email_open_rate_30d < 0.05 * 2 or 1 / 0 > monetary",
                "-(2 - 5) in [3, 4] and frequency not in [1, 2]",
                "true and (false or reachable_sms) and -1 * -1 == 1",
                "monetary / (frequency - frequency) > 0 or 3 - 3");
        int n = 2000;
        ArraySource src = new ArraySource(n);
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            src.set("days_since_purchase", i, rng.nextInt(20)).set("frequency", i, rng.nextInt(5))
                    .set("monetary", i, rng.nextInt(3) == 0 ? Double.NaN : rng.nextDouble(-5, 5))
                    .set("email_open_rate_30d", i, rng.nextInt(4) == 0 ? Double.NaN : rng.nextDouble())
                    .set("reachable_sms", i, rng.nextInt(2));
        }
        for (String t : texts) {
            BoundCondition folded = COMPILER.compile(t).bind(src);
            BoundCondition plain = UNFOLDED.compile(t).bind(src);
            int agree = 0;
            int trues = 0;
            for (int i = 0; i < n; i++) {
                agree += folded.test(i, 0) == plain.test(i, 0) ? 1 : 0;
                trues += folded.test(i, 0) ? 1 : 0;
            }
            assertEquals(n, agree, t);
            assertTrue(trues > 0 && trues < n, "the condition should depend on the customer: " + t);
        }
    }

    @Test
    void reportsTheFieldsItNames() {
        Condition c = COMPILER.compile("segment == 'loyal' and sms_sends_7d < 2 and segment != 'regular'");
        assertEquals(List.of("segment", "sms_sends_7d"), c.fieldsUsed().stream().map(Field::name).toList());
        assertEquals(java.util.Set.of(FieldType.SEGMENT, FieldType.CHANNEL_SENDS_7D), c.typesUsed());
    }

    /**
     * Evaluation must not allocate: 200,000 tests that allocated even one 16-byte object each would show
     * 3.2 MB; the bound of 64 KiB leaves room for the measuring call itself, not for per-test garbage.
     */
    @Test
    void evaluationDoesNotAllocate() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
        Condition c = COMPILER.compile("(days_since_purchase - 10) / 2 > 5 and segment in ['loyal', 'lapsing'] "
                + "and frequency not in [0, 7] or not (email_open_rate_30d >= 0.05) and lifecycle != 'churned'");
        BoundCondition b = c.bind(customer());
        int hits = 0;
        for (int i = 0; i < 200_000; i++) {
            hits += b.test(0, i % 90) ? 1 : 0; // warm up: class loading and JIT happen here
        }
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 200_000; i++) {
            hits += b.test(0, i % 90) ? 1 : 0;
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertEquals(400_000, hits);
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes");
    }
}
