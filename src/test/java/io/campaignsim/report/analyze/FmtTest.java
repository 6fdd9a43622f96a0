package io.campaignsim.report.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void cellsKeepSixSignificantDigits() {
        assertEquals("0.106197", Fmt.cell(0.10619666760536938));
        assertEquals("0", Fmt.cell(0));
        assertEquals("21306", Fmt.cell(21306));
        assertEquals("1.52322E-13", Fmt.cell(1.523224e-13));
        assertEquals("", Fmt.cell(Double.NaN));
        assertEquals("+7.66 pp", Fmt.points(0.0766));
        assertEquals("<0.0001", Fmt.pValue(1e-9));
    }
}
