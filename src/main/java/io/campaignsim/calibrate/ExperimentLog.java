package io.campaignsim.calibrate;

import io.campaignsim.cli.UserInputException;
import io.campaignsim.scenario.MapReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    public static ExperimentLog read(Path file, Columns c) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file; expected a CSV log such as the Hillstrom e-mail experiment");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> header = p.getHeaderNames();
            for (String col : new String[] {c.treatment(), c.outcome(), c.segment(), c.spend()}) {
                if (col != null && !header.contains(col)) {
                    throw new UserInputException(file + ": no column '" + col + "'" + MapReader.suggestion(col, header)
                            + "; expected one of " + String.join(", ", header));
                }
            }
            Map<String, Integer> segIndex = new LinkedHashMap<>();
            Map<String, Integer> armIndex = new LinkedHashMap<>();
            armIndex.put(c.control(), 0);
            List<long[]> n = new ArrayList<>();
            List<long[]> conv = new ArrayList<>();
            List<double[]> sp = new ArrayList<>();
            int maxArms = 16;
            for (CSVRecord rec : p) {
                String seg = c.segment() == null ? "all" : rec.get(c.segment());
                String arm = rec.get(c.treatment());
                int s = segIndex.computeIfAbsent(seg, k -> segIndex.size());
                if (s == n.size()) {
                    n.add(new long[maxArms]);
                    conv.add(new long[maxArms]);
                    sp.add(new double[maxArms]);
                }
                Integer a = armIndex.get(arm);
                if (a == null) {
                    if (armIndex.size() == maxArms) {
                        throw new UserInputException(file + ":" + rec.getRecordNumber() + ": column '" + c.treatment()
                                + "' has more than " + maxArms + " arms; expected a treatment column with a few arms");
                    }
                    a = armIndex.size();
                    armIndex.put(arm, a);
                }
                double y = number(file, rec, c.outcome());
                if (y != 0 && y != 1) {
                    throw new UserInputException(file + ":" + (rec.getRecordNumber() + 1) + ": column '" + c.outcome()
                            + "' is " + rec.get(c.outcome()) + "; expected 0 or 1 (a conversion flag)");
                }
                n.get(s)[a]++;
                if (y == 1) {
                    conv.get(s)[a]++;
                    if (c.spend() != null) {
                        sp.get(s)[a] += number(file, rec, c.spend());
                    }
                }
            }
            if (n.isEmpty()) {
                throw new UserInputException(file + ": no rows; expected a header and one row per customer");
            }
            int arms = armIndex.size();
            if (n.stream().mapToLong(x -> x[0]).sum() == 0) {
                List<String> seen = armIndex.keySet().stream().skip(1).toList(); // the control's slot is empty
                throw new UserInputException(file + ": no row has control value '" + c.control() + "' in column '"
                        + c.treatment() + "'" + MapReader.suggestion(c.control(), seen) + "; expected one of "
                        + String.join(", ", seen));
            }
            return new ExperimentLog(List.copyOf(segIndex.keySet()), List.copyOf(armIndex.keySet()),
                    n.stream().map(x -> java.util.Arrays.copyOf(x, arms)).toArray(long[][]::new),
                    conv.stream().map(x -> java.util.Arrays.copyOf(x, arms)).toArray(long[][]::new),
                    sp.stream().map(x -> java.util.Arrays.copyOf(x, arms)).toArray(double[][]::new));
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read: " + e.getMessage() + "; expected a readable CSV file");
        }
    }

    private static double number(Path file, CSVRecord rec, String col) {
        try {
            return Double.parseDouble(rec.get(col));
        } catch (NumberFormatException e) {
            throw new UserInputException(file + ":" + (rec.getRecordNumber() + 1) + ": column '" + col + "' is '"
                    + rec.get(col) + "'; expected a number");
        }
    }

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
