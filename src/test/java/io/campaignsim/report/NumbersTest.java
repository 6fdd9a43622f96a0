package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void filesGetPlainRoundedTextWithOneSpellingOfZero() {
        assertEquals("1234567.1235", Numbers.text(1234567.123456, 4));
        assertEquals("12", Numbers.text(12.0, 4));
        assertEquals("10000000000", Numbers.text(1e10, 4));
        assertEquals("0", Numbers.text(-0.0, 4));
        assertEquals("0", Numbers.text(-0.00001, 4));
        assertEquals("", Numbers.text(Double.NaN, 4));
        assertNull(Numbers.decimal(Double.POSITIVE_INFINITY, 4));
    }

    @Test
    void ratioWithoutDenominatorIsUndefined() {
        assertTrue(Double.isNaN(Numbers.ratio(1, 0)));
        assertEquals(0.5, Numbers.ratio(1, 2));
    }

    @Test
    void displayGroupsAndSigns() {
        assertEquals("1,234.50", Numbers.display(1234.5, true));
        assertEquals("+1,235", Numbers.signed(1234.5, false));
        assertEquals("-3.00", Numbers.signed(-3, true));
        assertEquals("0.00", Numbers.signed(-0.001, true));
        assertEquals("n/a", Numbers.signed(Double.NaN, true));
        assertEquals("12.50 %", Numbers.percent(0.125));
    }
}
