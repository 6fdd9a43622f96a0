package io.campaignsim.data;

import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.MapReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A randomised campaign experiment read from a log: for each segment and arm, how many
 * customers, how many converted and what the converters spent. This is all calibration needs.
 *
 * @param segments segment labels as in the log, in order of first appearance
 * @param arms arm labels, the control first
 * @param customers [segment][arm] customers
 * @param conversions [segment][arm] customers with a conversion
 * @param spend [segment][arm] total spend of converters (0 without a spend column)
 */
public record ExperimentLog(List<String> segments, List<String> arms, long[][] customers, long[][] conversions,
        double[][] spend) {

    /** Column names of a log. */
    public record Columns(String treatment, String control, String outcome, String segment, String spend) {}

    /** Reads the log through {@link LogTable}, which reports bad cells as {@code file:line:col}. */
    public static ExperimentLog read(Path file, Columns c) {
        LogTable log;
        try {
            log = LogTable.read(file);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read: " + e.getMessage() + "; expected a readable CSV file");
        }
        int treatment = log.column(c.treatment(), "--treatment");
        double[] outcome = log.requireBinary(log.column(c.outcome(), "--outcome"), "--outcome");
        int segment = c.segment() == null ? -1 : log.column(c.segment(), "--segment");
        double[] spend = c.spend() == null ? null : log.requireNumeric(log.column(c.spend(), "--spend"), "--spend");
        Map<String, Integer> segIndex = new LinkedHashMap<>();
        Map<String, Integer> armIndex = new LinkedHashMap<>();
        armIndex.put(c.control(), 0);
        for (int r = 0; r < log.rows(); r++) {
            segIndex.putIfAbsent(segment < 0 ? "all" : log.text(segment, r), segIndex.size());
            armIndex.putIfAbsent(log.text(treatment, r), armIndex.size());
        }
        if (armIndex.size() > MAX_ARMS) {
            throw new UserInputException(file + ": column '" + c.treatment() + "' has " + (armIndex.size() - 1)
                    + " values; expected a treatment column with at most " + (MAX_ARMS - 1) + " arms");
        }
        long[][] n = new long[segIndex.size()][armIndex.size()];
        long[][] conv = new long[segIndex.size()][armIndex.size()];
        double[][] sp = new double[segIndex.size()][armIndex.size()];
        for (int r = 0; r < log.rows(); r++) {
            int s = segIndex.get(segment < 0 ? "all" : log.text(segment, r));
            int a = armIndex.get(log.text(treatment, r));
            n[s][a]++;
            if (outcome[r] == 1) {
                conv[s][a]++;
                sp[s][a] += spend == null ? 0 : spend[r];
            }
        }
        if (Arrays.stream(n).mapToLong(x -> x[0]).sum() == 0) {
            List<String> seen = armIndex.keySet().stream().skip(1).toList(); // the control's slot is empty
            throw new UserInputException(file + ": no row has control value '" + c.control() + "' in column '"
                    + c.treatment() + "'" + MapReader.suggestion(c.control(), seen) + "; expected one of "
                    + String.join(", ", seen));
        }
        return new ExperimentLog(List.copyOf(segIndex.keySet()), List.copyOf(armIndex.keySet()), n, conv, sp);
    }

    /** More arms than this is not an experiment log but the wrong column. */
    static final int MAX_ARMS = 16;

    public long total() {
        long t = 0;
        for (long[] row : customers) {
            for (long v : row) {
                t += v;
            }
        }
        return t;
    }

    /** Conversion rate of one segment and arm. */
    public double rate(int segment, int arm) {
        return customers[segment][arm] == 0 ? 0 : (double) conversions[segment][arm] / customers[segment][arm];
    }

    /** Conversion rate of an arm over all segments. */
    public double rate(int arm) {
        long n = 0;
        long c = 0;
        for (int s = 0; s < segments.size(); s++) {
            n += customers[s][arm];
            c += conversions[s][arm];
        }
        return n == 0 ? 0 : (double) c / n;
    }

    public long customers(int arm) {
        long n = 0;
        for (long[] row : customers) {
            n += row[arm];
        }
        return n;
    }

    public long conversions(int arm) {
        long c = 0;
        for (long[] row : conversions) {
            c += row[arm];
        }
        return c;
    }
}
