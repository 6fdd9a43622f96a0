package io.campaignsim.scenario.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad conditions: the first error in reading order, its exact message, and the 0-based index of the offending token. */
class ConditionErrorsTest {

    private static final ConditionCompiler COMPILER = new ConditionCompiler(ArraySource.FIELDS);
    private static final String OPERATOR = "an operator such as 'and', 'or', '<', '+', or the end of the condition";
    private static final String SEGMENTS = "a level of segment in quotes: \"loyal\", \"regular\", \"lapsing\"";
    private static final String SEGMENT_EXAMPLE =
            "a comparison such as segment == \"loyal\" or segment in [\"loyal\", \"regular\"]";
    private static final String CHAIN = "'and' between two comparisons, e.g. x > 1 and x < 3";

    static Stream<Arguments> errors() {
        return Stream.of(
                // unknown fields, with did-you-mean
                Arguments.of("email_open_rat_30d < 0.05", 0,
                        "unknown field 'email_open_rat_30d' (did you mean 'email_open_rate_30d'?)",
                        "a field such as days_since_purchase (see docs/conditions.md)"),
                Arguments.of("frequency > 1 and sms_sends_7 < 2", 18,
                        "unknown field 'sms_sends_7' (did you mean 'sms_sends_7d'?)", null),
                Arguments.of("AND", 0, "unknown field 'AND' (did you mean 'and'?)", null),
                // the first error wins, even when a later token is also wrong
                Arguments.of("segmnt == \"loyal", 0, "unknown field 'segmnt' (did you mean 'segment'?)", null),
                // unexpected tokens and missing operands
                Arguments.of("frequency > 1)", 13, "unexpected ')'",
                        "an operator such as 'and', 'or', '<', '+', or a matching '(' before it, or the end of the condition"),
                Arguments.of("(frequency > 1) frequency", 16, "unexpected 'frequency'", OPERATOR),
                Arguments.of("frequency > 1 adn tenure_days < 2", 14, "unexpected 'adn' (did you mean 'and'?)", OPERATOR),
                Arguments.of("frequency > 1 and", 17, "unexpected end of condition",
                        "an operand after 'and': a field, a number, a quoted string, 'not' or '('"),
                Arguments.of("frequency > 1 or or", 17, "unexpected 'or'",
                        "an operand after 'or': a field, a number, a quoted string, 'not' or '('"),
                Arguments.of(") or frequency", 0, "unexpected ')'",
                        "an operand: a field, a number, a quoted string, 'not' or '('"),
                Arguments.of("frequency * * 2", 12, "unexpected '*'", null),
                Arguments.of("not", 3, "unexpected end of condition", null),
                Arguments.of("frequency not 3", 10, "unexpected 'not'", OPERATOR),
                Arguments.of("frequency = 2", 10, "unexpected '='", "'==' to test equality"),
                Arguments.of("frequency & 2", 10, "unexpected '&'", "'and' or '&&'"),
                Arguments.of("frequency # 2", 10, "unexpected character '#'", null),
                // missing ')' is reported at the end of the text
                Arguments.of("(frequency > 1 and (tenure_days < 2)", 36, "missing ')'", "')' to close the '('"),
                Arguments.of("(frequency > 1 tenure_days", 15, "unexpected 'tenure_days'", null),
                // strings and numbers
                Arguments.of("segment == \"loyal", 11, "unterminated string", "a closing \" after the text"),
                Arguments.of("segment == 'loyal", 11, "unterminated string", "a closing ' after the text"),
                Arguments.of("frequency > 30d", 12, "malformed number '30d'", "a number such as 30, 0.05 or 1e-3"),
                Arguments.of("frequency > 1e", 12, "malformed number '1e'", null),
                Arguments.of("frequency > 1.2.3", 12, "malformed number '1.2.3'", null),
                // types
                Arguments.of("segment == 3", 11, "categorical field 'segment' cannot be compared with a number", SEGMENTS),
                Arguments.of("3 != segment", 0, "categorical field 'segment' cannot be compared with a number", SEGMENTS),
                Arguments.of("segment == frequency", 11,
                        "categorical field 'segment' cannot be compared with number field 'frequency'", SEGMENTS),
                Arguments.of("region == segment", 10,
                        "categorical field 'region' cannot be compared with categorical field 'segment'", null),
                Arguments.of("segment < 'loyal'", 8,
                        "categorical field 'segment' supports only ==, !=, in and not in, not '<'", SEGMENT_EXAMPLE),
                Arguments.of("frequency == 'a'", 13, "number field 'frequency' cannot be compared with a string",
                        "a number, e.g. frequency > 30"),
                Arguments.of("'a' <= frequency", 0, "a string cannot be compared with '<='", null),
                Arguments.of("'a' == 'b'", 7, "two strings compared", null),
                Arguments.of("segment", 0, "categorical field 'segment' is not a condition", SEGMENT_EXAMPLE),
                Arguments.of("frequency > 1 and (segment)", 18, "categorical field 'segment' is not a condition", null),
                Arguments.of("'loyal'", 0, "a string is not a condition", null),
                Arguments.of("segment + 1 == 2", 0, "'+' needs numbers, but got categorical field 'segment'", null),
                Arguments.of("-segment", 1, "'-' needs numbers, but got categorical field 'segment'", null),
                Arguments.of("(frequency > 1) == 1", 0, "cannot compare a condition with '=='", null),
                Arguments.of("frequency > (1 > 0)", 12, "cannot compare a condition with '>'", null),
                // unknown levels, with did-you-mean
                Arguments.of("segment == \"loyl\"", 11, "'loyl' is not a level of segment (did you mean 'loyal'?)",
                        SEGMENTS),
                Arguments.of("segment in ['loyal', 'regulr']", 21,
                        "'regulr' is not a level of segment (did you mean 'regular'?)", SEGMENTS),
                Arguments.of("lifecycle != 'churn'", 13, "'churn' is not a level of lifecycle (did you mean 'churned'?)",
                        null),
                // lists
                Arguments.of("segment in ['loyal', 3]", 21,
                        "categorical field 'segment' cannot be compared with a number", SEGMENTS),
                Arguments.of("frequency in ['a']", 14, "number field 'frequency' cannot be compared with a string", null),
                Arguments.of("frequency in []", 14, "empty list", "at least one value between '[' and ']'"),
                Arguments.of("frequency in [1, 2", 18, "missing ']'", "']' to close the list"),
                Arguments.of("frequency in [1, frequency]", 17, "unexpected 'frequency' in list",
                        "a number or a quoted string"),
                Arguments.of("frequency in 3", 13, "unexpected '3' after 'in'", null),
                Arguments.of("'a' in ['a']", 0, "cannot test a string with 'in'", null),
                // chained comparisons
                Arguments.of("1 < frequency < 3", 14, "comparisons cannot be chained", CHAIN),
                Arguments.of("frequency == 1 != 0", 15, "comparisons cannot be chained", CHAIN),
                Arguments.of("frequency in [1] in [2]", 17, "comparisons cannot be chained", CHAIN),
                // limits that keep recursion shallow
                Arguments.of("(".repeat(65) + "1" + ")".repeat(65), 64, "condition nested too deeply", null),
                Arguments.of("-".repeat(70) + "1 > 0", 64, "condition nested too deeply", null),
                Arguments.of("day > 1 or ".repeat(400) + "day > 2", 4096, "condition is too long (4407 characters)", null),
                // empty
                Arguments.of("", 0, "empty condition", "a condition such as days_since_purchase > 30"),
                Arguments.of("   ", 0, "empty condition", null));
    }

    @ParameterizedTest(name = "[{0}] at {1}: {2}")
    @MethodSource("errors")
    void reportsTheFirstErrorAtItsToken(String text, int index, String what, String expected) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> COMPILER.compile(text));
        assertEquals(what, e.what(), text);
        assertEquals(index, e.index(), text);
        if (expected != null) {
            assertEquals(expected, e.expected(), text);
        }
    }
}
