package io.campaignsim.report;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** The one CSV dialect of campaignsim's files: RFC 4180 quoting, a header row, "\n" line ends. */
public final class CsvFormats {

    private CsvFormats() {}

    public static CSVFormat withHeader(List<String> header) {
        return CSVFormat.DEFAULT.builder()
                .setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new))
                .get();
    }
}
