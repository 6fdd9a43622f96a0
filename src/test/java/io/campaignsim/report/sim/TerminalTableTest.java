package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTableTest {

    @Test
    void plainTableIsAlignedAndHasNoEscapeCodes() {
        String text = TerminalTable.render(ReportFixtures.result(), false);
        assertFalse(text.contains("\u001B"));
        List<String> lines = Arrays.asList(text.split("\n"));
        assertTrue(lines.get(0).startsWith("tiny: seed 7, 100 customers, 3 days, simulated in 1.2 s"), lines.get(0));
        List<String> table = lines.subList(1, lines.size() - 1);
        assertTrue(table.get(0).matches("metric +policy +no contact +incremental"), table.get(0));
        int width = table.get(0).length();
        table.forEach(l -> assertEquals(width, l.length(), l));
        assertTrue(table.stream().anyMatch(l -> l.matches("profit +351\\.00 +240\\.00 +\\+111\\.00")), text);
        assertEquals(Headline.sentence(ReportFixtures.result()), lines.get(lines.size() - 1));
    }

    @Test
    void colourMarksGoodAndBadIncrementsAndBoldHeadline() {
        String text = TerminalTable.render(ReportFixtures.result(), true);
        assertTrue(text.matches("(?s).*\nprofit .*\u001B\\[32m +\\+111\\.00\u001B\\[0m\n.*"), text); // profit up: good
        assertTrue(text.matches("(?s).*\ncontact_cost .*\u001B\\[31m +\\+3\\.00\u001B\\[0m\n.*"), text); // cost up: bad
        assertTrue(text.contains("\u001B[1mThe policy made"), text);
        // colour codes only wrap cells: removing them gives the plain table
        assertEquals(TerminalTable.render(ReportFixtures.result(), false), text.replaceAll("\u001B\\[\\d+m", ""));
    }
}
