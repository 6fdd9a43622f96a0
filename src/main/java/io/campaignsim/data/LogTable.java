package io.campaignsim.data;

import io.campaignsim.core.FileInputException;
import io.campaignsim.core.InputFiles;
import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.MapReader;
import io.campaignsim.scenario.Problem;
import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.yaml.Loc;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A logged experiment or bandit log read from CSV: one typed column per header field.
 *
 * <p>A column is <b>numeric</b> when every value parses as a finite number, otherwise
 * <b>categorical</b> (kept as text). Every cell keeps its position, so a bad value is reported as
 * {@code file:line:col}, col being the character position of the field (exact for unquoted files).
 *
 * @implNote Immutable after {@link #read}; the arrays are never handed out.
 */
public final class LogTable {

    private final String file;
    private final List<String> names;
    private final String[][] text;
    private final double[][] numbers; // null for a categorical column
    private final int[] lines;
    private final int[][] columns;

    private LogTable(String file, List<String> names, String[][] text, double[][] numbers, int[] lines,
                     int[][] columns) {
        this.file = file;
        this.names = names;
        this.text = text;
        this.numbers = numbers;
        this.lines = lines;
        this.columns = columns;
    }

    /**
     * Reads the whole file; the first record is the header.
     *
     * @throws UserInputException when the file is missing or has no data rows
     * @throws ScenarioException when a row has a different number of fields than the header
     */
    public static LogTable read(Path path) throws IOException {
        String file = path.toString();
        List<String[]> rows = new ArrayList<>();
        List<int[]> cols = new ArrayList<>();
        List<Integer> lineList = new ArrayList<>();
        List<String> header;
        long maxBytes = maxBytes(availableHeap());
        try (Reader reader = InputFiles.reader(path, maxBytes, "a CSV log with a header row");
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setTrim(true).get())) {
            header = null;
            long nextLine = 1;
            for (CSVRecord r : parser) {
                int line = (int) nextLine; // physical line where the record starts (quoted values may span lines)
                nextLine = parser.getCurrentLineNumber() + 1;
                String[] values = r.values();
                if (header == null) {
                    if (values.length > 0 && values[0].startsWith("\uFEFF")) {
                        values[0] = values[0].substring(1); // byte-order mark of spreadsheet exports
                    }
                    header = List.of(values);
                    checkHeader(file, values);
                    continue;
                }
                if (values.length == 1 && values[0].isEmpty()) {
                    continue; // blank line
                }
                if (values.length != header.size()) {
                    throw new ScenarioException(file, List.of(new Problem(new Loc(line, 1),
                            "row has " + values.length + " fields", header.size() + " fields as in the header")));
                }
                int[] at = new int[values.length];
                int c = 1;
                for (int j = 0; j < values.length; j++) {
                    at[j] = c;
                    c += values[j].length() + 1;
                }
                rows.add(values);
                cols.add(at);
                lineList.add(line);
            }
        } catch (FileInputException e) {
            throw e;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserInputException(file + ": file is not UTF-8 text; expected a UTF-8 encoded CSV file");
        } catch (java.io.UncheckedIOException e) {
            throw unreadable(path, e.getCause());
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        if (header == null || rows.isEmpty()) {
            throw new UserInputException(file + ": " + (header == null ? "the file is empty" : "no data rows")
                    + "; expected a header row and at least one data row");
        }
        int n = rows.size();
        int d = header.size();
        String[][] text = new String[d][n];
        double[][] numbers = new double[d][];
        for (int j = 0; j < d; j++) {
            double[] parsed = new double[n];
            boolean numeric = true;
            for (int i = 0; i < n; i++) {
                String v = rows.get(i)[j];
                text[j][i] = v;
                if (numeric) {
                    parsed[i] = parse(v);
                    numeric = !Double.isNaN(parsed[i]);
                }
            }
            numbers[j] = numeric ? parsed : null;
        }
        return new LogTable(file, header, text, numbers, lineList.stream().mapToInt(Integer::intValue).toArray(),
                cols.toArray(int[][]::new));
    }

    /**
     * Largest magnitude a number may have: squares of up to 10^8 rows must still sum to a finite
     * double (sqrt(Double.MAX_VALUE / 1e8) is about 1.3e150), or every variance, standard error and
     * test statistic built on the column would be infinite or NaN.
     */
    public static final double MAX_MAGNITUDE = 1e150;

    /**
     * Bytes of CSV a log may have for {@code heap} bytes of free heap: each cell becomes a String
     * (about 48 bytes for a short one, against 2 to 8 bytes of file), plus its position and parsed
     * value, so a file takes up to about 32 times its size; three quarters of the heap may be used.
     */
    static long maxBytes(long heap) {
        return Math.max(1L << 20, (long) (heap * 0.75 / 32));
    }

    private static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static UserInputException unreadable(Path path, IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new UserInputException(path + ": file is not UTF-8 text; expected a UTF-8 encoded CSV file");
        }
        if (e.getClass().getEnclosingClass() == InputFiles.class || e instanceof java.nio.file.FileSystemException) {
            return InputFiles.readFault(path, e);
        }
        String m = String.valueOf(e.getMessage()).replace('\n', ' ');
        return new UserInputException(path + ": not readable as CSV (" + m + "); expected comma-separated values with "
                + "double quotes around values that contain commas, quotes or line breaks");
    }

    /** Every column named, and each name once, as the population reader requires. */
    private static void checkHeader(String file, String[] names) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        int c = 1;
        for (int j = 0; j < names.length; j++) {
            Integer earlier = names[j].isEmpty() ? null : first.putIfAbsent(names[j], j); // unnamed index columns
            if (earlier != null) {
                throw new ScenarioException(file, List.of(new Problem(new Loc(1, c), "column '" + names[j]
                        + "' appears twice (columns " + (earlier + 1) + " and " + (j + 1) + ")",
                        "each column name once, so that options name one column")));
            }
            c += names[j].length() + 1;
        }
    }

    /** The number, or NaN when {@code v} is not a finite number of magnitude at most {@link #MAX_MAGNITUDE}. */
    static double parse(String v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        try {
            double x = Double.parseDouble(v);
            return Double.isFinite(x) && Math.abs(x) <= MAX_MAGNITUDE ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The finite double {@code v} names, whatever its size, or NaN. */
    private static double finite(String v) {
        try {
            double x = Double.parseDouble(v);
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public String file() {
        return file;
    }

    public int rows() {
        return lines.length;
    }

    public List<String> names() {
        return names;
    }

    /**
     * The index of column {@code name}.
     *
     * @param role what the column is for, e.g. "--treatment", for the message
     * @throws UserInputException naming the closest header field when there is no such column
     */
    public int column(String name, String role) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new UserInputException(file + ": " + role + " column '" + name + "' is not in the header"
                    + MapReader.suggestion(name, names) + "; expected one of " + String.join(", ", names));
        }
        return j;
    }

    public boolean isNumeric(int column) {
        return numbers[column] != null;
    }

    public String text(int column, int row) {
        return text[column][row];
    }

    /** The numeric value; only for numeric columns. */
    public double number(int column, int row) {
        return numbers[column][row];
    }

    /** A copy of a numeric column. */
    public double[] numbers(int column) {
        return numbers[column].clone();
    }

    /**
     * The numeric column {@code column}, or a {@link ScenarioException} at its first non-number.
     *
     * @param role what the column is for, for the message
     */
    public double[] requireNumeric(int column, String role) {
        if (numbers[column] != null) {
            return numbers[column].clone();
        }
        for (int i = 0; i < rows(); i++) {
            if (Double.isNaN(parse(text[column][i]))) {
                boolean huge = Double.isFinite(finite(text[column][i]));
                throw error(column, i, role + " column '" + names.get(column) + "' has value '" + text[column][i] + "'"
                        + (huge ? ", too large for sums of squares in double precision" : ""),
                        huge ? "a number of magnitude at most 1e150" : "a number");
            }
        }
        throw new IllegalStateException("categorical column with only numbers: " + names.get(column));
    }

    /** As {@link #requireNumeric} and every value 0 or 1. */
    public double[] requireBinary(int column, String role) {
        double[] v = requireNumeric(column, role);
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0 && v[i] != 1) {
                throw error(column, i, role + " column '" + names.get(column) + "' has value '" + text[column][i] + "'",
                        "0 or 1");
            }
        }
        return v;
    }

    /** True when the column is numeric and every value is 0 or 1. */
    public boolean isBinary(int column) {
        if (numbers[column] == null) {
            return false;
        }
        for (double x : numbers[column]) {
            if (x != 0 && x != 1) {
                return false;
            }
        }
        return true;
    }

    /** The distinct texts of a column, sorted (numerically for a numeric column). */
    public List<String> levels(int column) {
        if (numbers[column] != null) {
            java.util.TreeMap<Double, String> byValue = new java.util.TreeMap<>();
            for (int i = 0; i < rows(); i++) {
                byValue.putIfAbsent(numbers[column][i], text[column][i]);
            }
            return List.copyOf(byValue.values());
        }
        return List.copyOf(new TreeSet<>(Arrays.asList(text[column])));
    }

    /** Where the cell ({@code column}, {@code row}) is in the file. */
    public Loc loc(int column, int row) {
        Objects.checkIndex(row, rows());
        return new Loc(lines[row], columns[row][column]);
    }

    /** An error at the cell ({@code column}, {@code row}). */
    public ScenarioException error(int column, int row, String what, String expected) {
        Objects.checkIndex(row, rows());
        return new ScenarioException(file, List.of(new Problem(new Loc(lines[row], columns[row][column]), what,
                expected)));
    }
}
