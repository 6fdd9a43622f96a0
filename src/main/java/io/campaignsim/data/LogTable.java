package io.campaignsim.data;

import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.MapReader;
import io.campaignsim.scenario.Problem;
import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.yaml.Loc;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setTrim(true).get())) {
            header = null;
            for (CSVRecord r : parser) {
                String[] values = r.values();
                if (header == null) {
                    if (values.length > 0 && values[0].startsWith("\uFEFF")) {
                        values[0] = values[0].substring(1); // byte-order mark of spreadsheet exports
                    }
                    header = List.of(values);
                    continue;
                }
                if (values.length == 1 && values[0].isEmpty()) {
                    continue; // blank line
                }
                int line = (int) r.getRecordNumber();
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
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file; expected a CSV log with a header row");
        } catch (java.io.UncheckedIOException e) {
            throw new UserInputException(file + ": not readable as CSV (" + e.getCause().getMessage() + ")");
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

    /** The number, or NaN when {@code v} is not a finite number. */
    static double parse(String v) {
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
                throw error(column, i, role + " column '" + names.get(column) + "' has value '" + text[column][i] + "'",
                        "a number");
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

    /** An error at the cell ({@code column}, {@code row}). */
    public ScenarioException error(int column, int row, String what, String expected) {
        Objects.checkIndex(row, rows());
        return new ScenarioException(file, List.of(new Problem(new Loc(lines[row], columns[row][column]), what,
                expected)));
    }
}
