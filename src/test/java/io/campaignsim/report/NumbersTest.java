package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.stats.Estimate;
import org.junit.jupiter.api.Test;

/** The one number formatter: file values and display text of every command. */
class NumbersTest {

    private static final double NAN = Double.NaN;

    @Test
    void filesGetPlainRoundedTextWithOneSpellingOfZero() {
        assertEquals("1234567.1235", Numbers.text(1234567.123456, 4));
        assertEquals("12", Numbers.text(12.0, 4));
        assertEquals("10000000000", Numbers.text(1e10, 4));
        assertEquals("0", Numbers.text(-0.0, 4));
        assertEquals("0", Numbers.text(-0.00001, 4));
        assertEquals("0.1234", Numbers.text(0.12345, 4), "half-even on the decimal value, not the binary one");
        assertEquals("", Numbers.text(NAN, 4));
        assertNull(Numbers.decimal(Double.POSITIVE_INFINITY, 4));
    }

    @Test
    void significantTextKeepsSixDigitsAndTinyValuesInScientificNotation() {
        assertEquals("0.106197", Numbers.significantText(0.10619666760536938));
        assertEquals("0", Numbers.significantText(0));
        assertEquals("21306", Numbers.significantText(21306));
        assertEquals("1234570", Numbers.significantText(1234567.8));
        assertEquals("1.52322E-13", Numbers.significantText(1.523224e-13));
        assertEquals("0.0001", Numbers.significantText(1e-4), "1e-4 itself is still plain");
        assertEquals("", Numbers.significantText(NAN));
    }

    @Test
    void ratioWithoutDenominatorIsUndefined() {
        assertTrue(Double.isNaN(Numbers.ratio(1, 0)));
        assertEquals(0.5, Numbers.ratio(1, 2));
    }

    @Test
    void displayGroupsAndSignsWithoutNegativeZero() {
        assertEquals("1,234.50", Numbers.display(1234.5, true));
        assertEquals("+1,235", Numbers.signed(1234.5, false));
        assertEquals("-3.00", Numbers.signed(-3, true));
        assertEquals("0.00", Numbers.signed(-0.001, true));
        assertEquals("n/a", Numbers.signed(NAN, true));
        assertEquals("1,234.6", Numbers.grouped(1234.56, 1));
        assertEquals("0.0", Numbers.grouped(-0.04, 1));
        assertEquals("-0.1", Numbers.grouped(-0.05, 1), "-0.05 rounds away from zero, so it keeps its sign");
        assertEquals("0.0", Numbers.signedGrouped(0.04, 1));
        assertEquals("+12,345.0", Numbers.signedGrouped(12345, 1));
    }

    @Test
    void estimatesWithIntervals() {
        Estimate e = new Estimate(1234.5, 800.2, 1650.0, 100, 10);
        assertEquals("1,234.5 [800.2, 1,650.0]", Numbers.withCi(e, false));
        assertEquals("+1,234.5 [+800.2, +1,650.0]", Numbers.withCi(e, true));
        Estimate one = new Estimate(-2.0, NAN, NAN, NAN, 1);
        assertEquals("-2.0 [n/a]", Numbers.withCi(one, true));
    }

    @Test
    void fixedSignificantAndCompactFigures() {
        assertEquals("0.1235", Numbers.fixed(0.12345678, 4));
        assertEquals("+0.1235", Numbers.signedFixed(0.12345678, 4));
        assertEquals("-2.5000", Numbers.signedFixed(-2.5, 4));
        assertEquals("0.0123", Numbers.significant(0.012345, 3));
        assertEquals("0.0500", Numbers.significant(0.05, 3));
        assertEquals("12,346", Numbers.compact(12345.6));
        assertEquals("123.5", Numbers.compact(123.45));
        assertEquals("1.23", Numbers.compact(1.234));
        assertEquals("0.00", Numbers.compact(0));
        assertEquals("0.0123", Numbers.compact(0.012345));
        assertEquals("+0.00", Numbers.compactSigned(0));
        assertEquals("-1.50", Numbers.compactSigned(-1.5));
    }

    @Test
    void percentagesPointsAndLabels() {
        assertEquals("12.50 %", Numbers.percent(0.125));
        assertEquals("10.620 %", Numbers.percent(0.1062, 3));
        assertEquals("+7.66 pp", Numbers.points(0.0766));
        assertEquals("-0.50 pp", Numbers.points(-0.005));
        assertEquals("+12.3 %", Numbers.relativeChange(0.1234));
        assertEquals("-5.0 %", Numbers.relativeChange(-0.05));
        assertEquals("0.0 %", Numbers.relativeChange(0.0001));
        assertEquals("95 %", Numbers.percentLabel(0.95, 4));
        assertEquals("99.9 %", Numbers.percentLabel(0.999, 4));
        assertEquals("2 %", Numbers.percentLabel(0.02, 2));
        assertEquals("90.5 %", Numbers.percentLabel(0.905, 2));
        assertEquals("98.57 %", Numbers.percentLabel(1 - 2 * 0.05 / 7, 2), "a Bonferroni-corrected level");
        assertEquals("13 %", Numbers.percentLabel(0.12999, 2), "rounding up to a whole number leaves no dot");
        assertEquals("0 %", Numbers.percentLabel(0, 2));
    }

    @Test
    void pValuesInTablesAndSentences() {
        assertEquals("<0.0001", Numbers.pValue(1e-9));
        assertEquals("0.0123", Numbers.pValue(0.012345));
        assertEquals("1.0000", Numbers.pValue(1));
        assertEquals("p < 0.001", Numbers.pValueClause(0.0004));
        assertEquals("p = 0.091", Numbers.pValueClause(0.0912));
        assertEquals("p = 0.001", Numbers.pValueClause(0.001));
        assertEquals("p = 1", Numbers.pValueClause(1.0));
        assertEquals("p = n/a", Numbers.pValueClause(NAN));
    }

    @Test
    void everyDisplayFormSpellsUndefinedTheSameWay() {
        for (String s : new String[] {Numbers.grouped(NAN, 1), Numbers.display(NAN, false), Numbers.fixed(NAN, 2),
            Numbers.signedFixed(NAN, 2), Numbers.significant(NAN, 3), Numbers.compact(NAN), Numbers.compactSigned(NAN),
            Numbers.percent(NAN), Numbers.points(NAN), Numbers.relativeChange(NAN), Numbers.percentLabel(NAN, 2),
            Numbers.pValue(NAN), Numbers.relativeChange(Double.POSITIVE_INFINITY)}) {
            assertEquals(Numbers.NA, s);
        }
    }
}
