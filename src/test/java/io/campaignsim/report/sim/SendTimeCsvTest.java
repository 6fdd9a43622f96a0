package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertEquals;

import io.campaignsim.engine.SendTimeTally;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SendTimeCsvTest {

    private static List<CSVRecord> rows(String csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void oneRowPerWeekdayAndHourWithTheCounts() throws Exception {
        String csv = SendTimeCsv.render(ReportFixtures.sendTime());
        assertEquals("weekday,hour,contacts,opens,open_rate", csv.lines().findFirst().orElseThrow());
        List<CSVRecord> rows = rows(csv);
        assertEquals(SendTimeTally.SLOTS, rows.size());
        CSVRecord tuesdayNine = rows.get(SendTimeTally.slot(9, 1));
        assertEquals(List.of("tuesday", "9", "8", "5", "0.625"), tuesdayNine.toList());
        assertEquals(List.of("wednesday", "18", "4", "1", "0.25"), rows.get(SendTimeTally.slot(18, 2)).toList());
        assertEquals(List.of("sunday", "23", "0", "0", ""), rows.get(SendTimeTally.SLOTS - 1).toList(),
                "no contacts: the open rate is undefined, not 0");
        double contacts = rows.stream().mapToDouble(r -> Double.parseDouble(r.get("contacts"))).sum();
        assertEquals(ReportFixtures.result().total().get(io.campaignsim.core.Metric.CONTACTS), contacts);
    }
}
