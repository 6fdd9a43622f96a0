package io.campaignsim.data.clv;

import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.MapReader;
import io.campaignsim.scenario.Problem;
import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.yaml.Loc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A transaction log: one row per purchase with a customer, a date and (optionally) an amount.
 *
 * <p>Columns are named by header field, or by 1-based position ({@code 3}) for files without a
 * header ({@link Format#header()} false) or when no header field has that name. Every bad cell is
 * reported as {@code file:line:col} with what was expected.
 */
public final class TransactionLog {

    /** The ISO date, optionally followed by a time that is ignored ("2015-01-31", "2015-01-31 10:05:00"). */
    public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

    /**
     * How to read the file.
     *
     * @param header whether the first non-blank line names the columns
     * @param whitespace fields separated by runs of spaces or tabs instead of commas
     * @param customer the customer column (name or 1-based position)
     * @param date the purchase date column
     * @param amount the spend column, or null when there is none (no spend model then)
     * @param dateFormat a {@link DateTimeFormatter} pattern, or null for {@value #DEFAULT_DATE_FORMAT}
     */
    public record Format(boolean header, boolean whitespace, String customer, String date, String amount,
                         String dateFormat) {

        public Format {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(date, "date");
        }
    }

    private final String file;
    private final List<String> customerIds;
    private final int[] customer;
    private final int[] day;
    private final double[] amount;
    private final int[] line;
    private final boolean hasAmount;

    private TransactionLog(String file, List<String> customerIds, int[] customer, int[] day, double[] amount,
                           int[] line, boolean hasAmount) {
        this.file = file;
        this.customerIds = customerIds;
        this.customer = customer;
        this.day = day;
        this.amount = amount;
        this.line = line;
        this.hasAmount = hasAmount;
    }

    public static TransactionLog read(Path path, Format format) throws IOException {
        String file = path.toString();
        DateParser dates = DateParser.of(format.dateFormat());
        Builder b = new Builder(file, format, dates);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            if (format.whitespace()) {
                readWhitespace(new BufferedReader(reader), b);
            } else {
                readCsv(reader, b);
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file; expected a transaction log, one row per purchase");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserInputException(file + ": not UTF-8 text; expected a CSV or whitespace-separated text file");
        } catch (java.io.UncheckedIOException e) {
            throw new UserInputException(file + ": not readable as CSV (" + e.getCause().getMessage()
                    + "); expected comma-separated fields, or --whitespace for space-separated ones");
        }
        return b.build();
    }

    private static void readCsv(Reader reader, Builder b) throws IOException {
        try (CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setTrim(true).get())) {
            for (CSVRecord r : parser) {
                String[] values = r.values();
                if (values.length == 1 && values[0].isEmpty()) {
                    continue;
                }
                int[] at = new int[values.length];
                int c = 1;
                for (int j = 0; j < values.length; j++) {
                    at[j] = c;
                    c += values[j].length() + 1;
                }
                b.row((int) r.getRecordNumber(), values, at);
            }
        }
    }

    private static void readWhitespace(BufferedReader reader, Builder b) throws IOException {
        String text;
        int lineNo = 0;
        List<String> fields = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        while ((text = reader.readLine()) != null) {
            lineNo++;
            fields.clear();
            cols.clear();
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    fields.add(text.substring(start, i));
                    cols.add(start + 1);
                }
            }
            if (fields.isEmpty()) {
                continue;
            }
            b.row(lineNo, fields.toArray(String[]::new), cols.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Collects rows as they are read; resolves the columns at the header (or the first row). */
    private static final class Builder {

        private final String file;
        private final Format format;
        private final DateParser dates;
        private List<String> names;
        private int customerCol = -1;
        private int dateCol = -1;
        private int amountCol = -1;
        private int needed;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> idList = new ArrayList<>();
        private int[] customer = new int[1024];
        private int[] day = new int[1024];
        private double[] amount = new double[1024];
        private int[] line = new int[1024];
        private int n;

        Builder(String file, Format format, DateParser dates) {
            this.file = file;
            this.format = format;
            this.dates = dates;
        }

        void row(int lineNo, String[] values, int[] at) {
            if (names == null) {
                if (format.header()) {
                    if (values.length > 0 && values[0].startsWith("\uFEFF")) {
                        values[0] = values[0].substring(1);
                    }
                    names = List.of(values);
                    resolve(lineNo, values.length);
                    return;
                }
                names = List.of();
                resolve(lineNo, values.length);
            }
            if (values.length < needed) {
                throw error(lineNo, at.length == 0 ? 1 : at[at.length - 1], "row has " + values.length + " fields",
                        "at least " + needed + " (the columns of --customer, --date"
                        + (amountCol >= 0 ? ", --amount" : "") + ")");
            }
            String id = values[customerCol];
            if (id.isEmpty()) {
                throw error(lineNo, at[customerCol], "--customer value is empty", "a customer id");
            }
            LocalDate d = dates.parse(values[dateCol]);
            if (d == null) {
                throw error(lineNo, at[dateCol], "--date value '" + values[dateCol] + "' is not a date",
                        dates.expected());
            }
            double a = 0;
            if (amountCol >= 0) {
                String v = values[amountCol];
                a = parseAmount(v);
                if (Double.isNaN(a)) {
                    throw error(lineNo, at[amountCol], "--amount value '" + v + "' is not a number",
                            "a spend such as 12.50 (no currency sign or thousands separator)");
                }
                if (a < 0) {
                    throw error(lineNo, at[amountCol], "--amount value " + v + " is negative (a return or refund?)",
                            "a spend of 0 or more; net returns into their purchases or drop them before fitting");
                }
            }
            Integer c = ids.get(id);
            if (c == null) {
                c = idList.size();
                ids.put(id, c);
                idList.add(id);
            }
            if (n == customer.length) {
                int m = 2 * n;
                customer = Arrays.copyOf(customer, m);
                day = Arrays.copyOf(day, m);
                amount = Arrays.copyOf(amount, m);
                line = Arrays.copyOf(line, m);
            }
            customer[n] = c;
            day[n] = (int) d.toEpochDay();
            amount[n] = a;
            line[n] = lineNo;
            n++;
        }

        private void resolve(int lineNo, int fields) {
            customerCol = column(format.customer(), "--customer", lineNo, fields);
            dateCol = column(format.date(), "--date", lineNo, fields);
            amountCol = format.amount() == null ? -1 : column(format.amount(), "--amount", lineNo, fields);
            needed = 1 + Math.max(customerCol, Math.max(dateCol, amountCol));
        }

        private int column(String spec, String option, int lineNo, int fields) {
            int j = names.indexOf(spec);
            if (j < 0) {
                for (int k = 0; k < names.size(); k++) {
                    if (names.get(k).equalsIgnoreCase(spec)) {
                        j = k;
                        break;
                    }
                }
            }
            if (j >= 0) {
                return j;
            }
            if (spec.matches("[0-9]+")) {
                int pos = Integer.parseInt(spec);
                if (pos >= 1 && pos <= fields) {
                    return pos - 1;
                }
                throw error(lineNo, 1, option + " column " + spec + " is past the last field (the " + (format.header()
                        ? "header" : "first row") + " has " + fields + ")", "a column number from 1 to " + fields);
            }
            if (!format.header()) {
                throw error(lineNo, 1, option + " '" + spec + "' is a name, but the file is read without a header "
                        + "(--no-header)", "a column number from 1 to " + fields + ", e.g. " + option + " 1");
            }
            throw error(lineNo, 1, option + " column '" + spec + "' is not in the header"
                    + MapReader.suggestion(spec, names), "one of " + String.join(", ", names)
                    + " or a column number; for a file without a header use --no-header and column numbers");
        }

        private ScenarioException error(int lineNo, int col, String what, String expected) {
            return new ScenarioException(file, List.of(new Problem(new Loc(lineNo, col), what, expected)));
        }

        TransactionLog build() {
            if (n == 0) {
                throw new UserInputException(file + ": no purchases"
                        + (names == null ? " (the file is empty)" : "") + "; expected "
                        + (format.header() ? "a header row and " : "") + "at least one purchase row");
            }
            return new TransactionLog(file, List.copyOf(idList), Arrays.copyOf(customer, n), Arrays.copyOf(day, n),
                    Arrays.copyOf(amount, n), Arrays.copyOf(line, n), amountCol >= 0);
        }
    }

    static double parseAmount(String v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        try {
            double x = Double.parseDouble(v);
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Parses dates in the user's pattern, or ISO dates with an optional time after them. */
    static final class DateParser {

        private final DateTimeFormatter formatter;
        private final String pattern;

        private DateParser(DateTimeFormatter formatter, String pattern) {
            this.formatter = formatter;
            this.pattern = pattern;
        }

        static DateParser of(String pattern) {
            if (pattern == null) {
                return new DateParser(null, DEFAULT_DATE_FORMAT);
            }
            try {
                return new DateParser(DateTimeFormatter.ofPattern(pattern, Locale.ROOT), pattern);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--date-format '" + pattern + "' is not a date pattern (" + e.getMessage()
                        + "); expected letters such as yyyy-MM-dd, yyyyMMdd or dd/MM/yyyy");
            }
        }

        /** The date, or null when {@code v} does not match. */
        LocalDate parse(String v) {
            try {
                if (formatter != null) {
                    return LocalDate.parse(v, formatter);
                }
                if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
                    v = v.substring(0, 10);
                }
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** Also accepts ISO dates when a pattern is set, for options such as --calibration-end. */
        LocalDate parseOption(String v) {
            LocalDate d = parse(v);
            if (d == null && formatter != null) {
                try {
                    return LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
            return d;
        }

        String expected() {
            return "a date in the format " + pattern + (formatter == null
                    ? " (a time after it is ignored); set --date-format for others, e.g. --date-format yyyyMMdd"
                    : "; change --date-format if the file uses another");
        }
    }

    /** Parses an option's date (ISO yyyy-MM-dd, or the log's own --date-format). */
    public static LocalDate parseDateOption(String value, String option, String dateFormat) {
        LocalDate d = DateParser.of(dateFormat).parseOption(value);
        if (d == null) {
            throw new UserInputException(option + " '" + value + "' is not a date; expected yyyy-MM-dd"
                    + (dateFormat != null ? " or " + dateFormat : ""));
        }
        return d;
    }

    public String file() {
        return file;
    }

    public int rows() {
        return day.length;
    }

    public int customers() {
        return customerIds.size();
    }

    public boolean hasAmount() {
        return hasAmount;
    }

    String customerId(int c) {
        return customerIds.get(c);
    }

    int customer(int row) {
        return customer[row];
    }

    int day(int row) {
        return day[row];
    }

    double amount(int row) {
        return amount[row];
    }

    int line(int row) {
        return line[row];
    }
}
