package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SegmentsCsvTest {

    private static List<CSVRecord> rows() throws Exception {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(SegmentsCsv.render(ReportFixtures.result())))) {
            assertEquals(SegmentsCsv.header(), p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void oneRowPerSegmentAndChannelPlusAll() throws Exception {
        List<CSVRecord> rows = rows();
        int segments = ReportFixtures.SEGMENTS.size();
        assertEquals(segments * (ReportFixtures.CHANNELS.size() + 1), rows.size());
        assertEquals(List.of("email", "sms", "all", "email", "sms", "all"), rows.stream().map(r -> r.get("channel")).toList());
        assertEquals(List.of("loyal", "loyal", "loyal", "lapsing", "lapsing", "lapsing"),
                rows.stream().map(r -> r.get("segment")).toList());
    }

    @Test
    void channelRowsLeaveSegmentColumnsEmpty() throws Exception {
        CSVRecord email = rows().get(0);
        assertEquals("7.5", email.get("contacts")); // 36 contacts x 25 % x 10/12
        for (String col : List.of("conversions", "churned", "unsubscribes", "active", "incremental_conversions",
                "incremental_profit")) {
            assertEquals("", email.get(col), col);
        }
    }

    @Test
    void allRowsCarryTheTrueIncrementalEffectOfTheSegment() throws Exception {
        CSVRecord loyal = rows().get(2);
        assertEquals("all", loyal.get("channel"));
        assertEquals("2.25", loyal.get("conversions")); // 9 x 25 %
        assertEquals("0.75", loyal.get("incremental_conversions")); // (9 - 6) x 25 %
        assertEquals("27.75", loyal.get("incremental_profit")); // 111 x 25 %
        assertEquals("24.25", loyal.get("active"));
        assertTrue(rows().get(5).get("incremental_profit").equals("83.25")); // 111 x 75 %
    }
}
