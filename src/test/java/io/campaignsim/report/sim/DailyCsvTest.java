package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.core.Metric;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DailyCsvTest {

    private static List<CSVRecord> parse(String text, List<String> headerOut) throws Exception {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            headerOut.addAll(p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void hasOneRowADayWithTheDocumentedHeader() throws Exception {
        List<String> header = new java.util.ArrayList<>();
        List<CSVRecord> rows = parse(DailyCsv.render(ReportFixtures.result()), header);
        assertEquals(ReportFixtures.DAYS, rows.size());
        assertEquals(DailyCsv.header(ReportFixtures.CHANNELS), header);
        assertEquals(List.of("day", "weekday", "contacts", "opens"), header.subList(0, 4));
        assertEquals(2 + Metric.COUNT + 2 + 3 + 3 + 3, header.size());
        assertEquals(List.of("contacts_email", "contacts_sms"), header.subList(2 + Metric.COUNT, 4 + Metric.COUNT));
    }

    @Test
    void valuesCounterfactualIncrementalAndCumulativeProfit() throws Exception {
        List<CSVRecord> rows = parse(DailyCsv.render(ReportFixtures.result()), new java.util.ArrayList<>());
        CSVRecord first = rows.get(0);
        assertEquals("0", first.get("day"));
        assertEquals("monday", first.get("weekday"));
        assertEquals("tuesday", rows.get(1).get("weekday"));
        assertEquals("2", first.get("conversions"));
        assertEquals("10", first.get("contacts_email"));
        assertEquals("1", first.get("no_contact_conversions"));
        assertEquals("1", first.get("incremental_conversions"));
        assertEquals("37", first.get("incremental_profit")); // 77 - 40
        CSVRecord last = rows.get(2);
        assertEquals("351", last.get("cumulative_profit"));
        assertEquals("240", last.get("cumulative_no_contact_profit"));
        assertEquals("111", last.get("cumulative_incremental_profit"));
        assertEquals("97", last.get("active"));
    }

    @Test
    void usesUnixLineEnds() {
        String text = DailyCsv.render(ReportFixtures.result());
        assertEquals(-1, text.indexOf('\r'));
        assertEquals(ReportFixtures.DAYS + 1, text.split("\n").length);
    }
}
