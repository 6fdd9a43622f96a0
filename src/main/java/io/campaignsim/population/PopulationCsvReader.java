package io.campaignsim.population;

import io.campaignsim.core.AgeBand;
import io.campaignsim.core.FileInputException;
import io.campaignsim.core.InputFiles;
import io.campaignsim.core.Lifecycle;
import io.campaignsim.scenario.MapReader;
import io.campaignsim.scenario.PopulationSpec;
import io.campaignsim.scenario.Problems;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.UpliftGroupsSpec;
import io.campaignsim.scenario.yaml.Loc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one population CSV file in two passes: the first checks the header and counts rows (so
 * the memory guard runs before the arrays are allocated), the second parses every value.
 * Problems are reported as {@code file:line:col} where col is the 1-based CSV column index
 * and the message names the column; reading stops after {@value #MAX_PROBLEMS} problems.
 * Line numbers are physical lines, also after quoted values that span lines.
 */
final class PopulationCsvReader {

    static final int MAX_PROBLEMS = Problems.MAX_SHOWN;
    private static final int MAX_SHORT = Short.MAX_VALUE;
    private static final double MAX_MONEY = 1e9;
    private static final char BOM = '\uFEFF';
    private static final String KIND = "a population .csv file";
    /** No byte cap beyond sanity: the row count is capped, and the memory guard runs before the arrays exist. */
    private static final long MAX_BYTES = 1L << 40;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    private final Path file;
    private final String name;
    private final CustomerModel model;
    private final List<String> observedColumns;
    private final List<String> truthColumns;
    private final Problems problems = new Problems();
    private final Map<String, Integer> position = new HashMap<>();
    private int headerSize;

    PopulationCsvReader(Path file, Scenario scenario) {
        this.file = file;
        this.name = file.toString();
        this.model = new CustomerModel(scenario);
        this.observedColumns = CsvColumns.observed(model.channelNames);
        this.truthColumns = CsvColumns.truth(model.channelNames, model.categoryNames);
    }

    Population read(int threads) {
        checkFile();
        int rows = scan();
        PopulationBudget.check(rows, model.channels(), model.categories(), PopulationBudget.availableHeap());
        ObservedPopulation observed = model.newObserved(rows);
        GroundTruth truth = model.newTruth(rows);
        boolean hasTruth = position.containsKey(CsvColumns.PURCHASE_RATE);
        parse(observed, truth, hasTruth);
        problems.throwIfAny(name);
        if (!hasTruth) {
            PopulationGenerator.drawTruthFor(model, observed, truth, threads);
        }
        return new Population(observed, truth);
    }

    private void checkFile() {
        try {
            InputFiles.requireRegularFile(file, KIND);
        } catch (FileInputException e) {
            throw ScenarioException.of(name, e.what(), e.expected());
        }
    }

    /** First pass: header and row count. */
    private int scan() {
        int rows = 0;
        try (BufferedReader r = open(); CSVParser parser = FORMAT.parse(r)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw ScenarioException.of(name, "file is empty",
                        "a header line: " + String.join(",", observedColumns));
            }
            header(it.next());
            problems.throwIfAny(name);
            while (it.hasNext()) {
                if (!blank(it.next())) {
                    rows++;
                }
                if (rows > PopulationSpec.MAX_SIZE) {
                    throw ScenarioException.of(name, "has more than " + PopulationSpec.MAX_SIZE + " customer rows",
                            "at most " + PopulationSpec.MAX_SIZE + " customers");
                }
            }
        } catch (IOException e) {
            throw readFailure(e);
        } catch (UncheckedIOException e) {
            throw readFailure(e.getCause());
        }
        if (rows == 0) {
            throw ScenarioException.of(name, "has a header but no customer rows", "one row per customer below the header");
        }
        return rows;
    }

    private void header(CSVRecord record) {
        headerSize = record.size();
        List<String> known = new ArrayList<>(observedColumns);
        known.addAll(truthColumns);
        for (int col = 0; col < record.size() && !problems.isFull(); col++) {
            String h = record.get(col);
            Loc loc = new Loc(1, col + 1);
            if (position.containsKey(h)) {
                problems.add(loc, "column '" + h + "' appears twice", "each column once");
            } else if (!known.contains(h)) {
                problems.add(loc, "unknown column '" + h + "'" + MapReader.suggestion(h, known),
                        "only the columns " + String.join(", ", observedColumns) + " and optionally the "
                                + CsvColumns.TRUTH_PREFIX + "* columns written by 'generate --with-truth'");
            }
            position.putIfAbsent(h, col);
        }
        for (String c : observedColumns) {
            if (!position.containsKey(c) && !CsvColumns.optional(c)) {
                problems.add(new Loc(1, 1), "missing column '" + c + "'",
                        "a header with " + String.join(", ", observedColumns));
            }
        }
        boolean anyTruth = truthColumns.stream().anyMatch(position::containsKey);
        if (anyTruth) {
            for (String c : truthColumns) {
                if (!position.containsKey(c)) {
                    problems.add(new Loc(1, 1), "missing column '" + c + "'",
                            "all " + CsvColumns.TRUTH_PREFIX + "* columns or none of them");
                }
            }
        }
    }

    /** Second pass: every value. */
    private void parse(ObservedPopulation o, GroundTruth t, boolean hasTruth) {
        try (BufferedReader r = open(); CSVParser parser = FORMAT.parse(r)) {
            Iterator<CSVRecord> it = parser.iterator();
            it.next();
            int i = 0;
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (it.hasNext() && !problems.isFull()) {
                CSVRecord rec = it.next();
                int line = (int) nextLine; // physical line where the record starts (quoted values may span lines)
                nextLine = parser.getCurrentLineNumber() + 1;
                if (blank(rec)) {
                    continue;
                }
                if (rec.size() != headerSize) {
                    problems.add(new Loc(line, 1), "line has " + rec.size() + " values but the header has " + headerSize,
                            "one value per header column (quote values that contain commas)");
                } else {
                    Row row = new Row(rec, line);
                    parseObserved(row, o, i);
                    if (hasTruth) {
                        parseTruth(row, t, i);
                    }
                }
                i++;
            }
        } catch (IOException e) {
            throw readFailure(e);
        } catch (UncheckedIOException e) {
            throw readFailure(e.getCause());
        }
    }

    private void parseObserved(Row row, ObservedPopulation o, int i) {
        row.text(CsvColumns.ID);
        o.segment[i] = (byte) row.level(CsvColumns.SEGMENT, model.segmentNames, "segment");
        o.ageBand[i] = (byte) row.level(CsvColumns.AGE_BAND, AgeBand.LABELS, "age band");
        o.region[i] = (byte) row.level(CsvColumns.REGION, model.regionNames, "region");
        int tenure = row.integer(CsvColumns.TENURE, 0, MAX_SHORT);
        int recency = row.integer(CsvColumns.RECENCY, 0, MAX_SHORT);
        o.tenureDays[i] = (short) tenure;
        o.recencyDays[i] = (short) recency;
        o.frequency[i] = (short) row.integer(CsvColumns.FREQUENCY, 0, MAX_SHORT);
        o.monetary[i] = row.number(CsvColumns.MONETARY, 0, MAX_MONEY);
        int mask = 0;
        for (int c = 0; c < model.channels(); c++) {
            if (row.integer(CsvColumns.REACHABLE + model.channelNames.get(c), 0, 1) == 1) {
                mask |= 1 << c;
            }
        }
        o.reachMask[i] = mask;
        o.lastCategory[i] = (byte) row.level(CsvColumns.LAST_CATEGORY, model.categoryNames, "category");
        o.lifecycle[i] = (byte) (position.containsKey(CsvColumns.LIFECYCLE)
                ? row.level(CsvColumns.LIFECYCLE, Lifecycle.NAMES, "lifecycle state")
                : Lifecycle.classify(tenure, recency).ordinal());
    }

    private void parseTruth(Row row, GroundTruth t, int i) {
        t.purchaseRate[i] = row.number(CsvColumns.PURCHASE_RATE, 0, 1);
        t.churnHazard[i] = row.number(CsvColumns.CHURN_HAZARD, 0, 1);
        t.basketMean[i] = row.number(CsvColumns.BASKET_MEAN, 0, MAX_MONEY);
        t.discountSensitivity[i] = row.number(CsvColumns.DISCOUNT_SENSITIVITY, 0, MAX_MONEY);
        t.upliftGroup[i] = (byte) row.level(CsvColumns.UPLIFT_GROUP, UpliftGroupsSpec.NAMES, "uplift group");
        t.effectScale[i] = row.number(CsvColumns.EFFECT_SCALE, 0, MAX_MONEY);
        int channels = model.channels();
        for (int c = 0; c < channels; c++) {
            t.channelAffinity[i * channels + c] =
                    row.number(CsvColumns.CHANNEL_AFFINITY + model.channelNames.get(c), 0, MAX_MONEY);
        }
        t.preferredHour[i] = (byte) row.integer(CsvColumns.PREFERRED_HOUR, 0, 23);
        t.preferredWeekday[i] = (byte) row.integer(CsvColumns.PREFERRED_WEEKDAY, 0, 6);
        int categories = model.categories();
        for (int k = 0; k < categories; k++) {
            t.categoryAffinity[i * categories + k] =
                    row.number(CsvColumns.CATEGORY_AFFINITY + model.categoryNames.get(k), 0, MAX_MONEY);
        }
    }

    /** A UTF-8 reader that skips a leading byte-order mark (as Excel writes). */
    private BufferedReader open() throws IOException {
        BufferedReader r;
        try {
            r = InputFiles.reader(file, MAX_BYTES, KIND);
        } catch (FileInputException e) {
            throw ScenarioException.of(name, e.what(), e.expected());
        }
        r.mark(1);
        if (r.read() != BOM) {
            r.reset();
        }
        return r;
    }

    private ScenarioException readFailure(IOException e) {
        if (e instanceof MalformedInputException) {
            return ScenarioException.of(name, "file is not UTF-8 text", "a UTF-8 encoded CSV file");
        }
        if (e.getClass().getEnclosingClass() == InputFiles.class || e instanceof java.nio.file.FileSystemException) {
            FileInputException f = InputFiles.readFault(file, e);
            return ScenarioException.of(name, f.what(), f.expected());
        }
        return ScenarioException.of(name, "is not valid CSV: " + e.getMessage(),
                "comma-separated values, with double quotes around values that contain commas or quotes");
    }

    private static boolean blank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    /** One record being parsed: converts values, reporting each bad one at its line and column. */
    private final class Row {
        private final CSVRecord record;
        private final int line;

        Row(CSVRecord record, int line) {
            this.record = record;
            this.line = line;
        }

        String text(String column) {
            return record.get(position.get(column));
        }

        int level(String column, List<String> allowed, String what) {
            String v = text(column);
            int index = allowed.indexOf(v);
            if (index < 0) {
                problem(column, "'" + v + "', not a known " + what + MapReader.suggestion(v, allowed),
                        "one of " + String.join(", ", allowed));
                return 0;
            }
            return index;
        }

        int integer(String column, int min, int max) {
            String v = text(column);
            String expected = "a whole number between " + min + " and " + max;
            int x;
            try {
                x = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                problem(column, "'" + v + "', not a whole number", expected);
                return 0;
            }
            if (x < min || x > max) {
                problem(column, v + ", out of range", expected);
                return 0;
            }
            return x;
        }

        float number(String column, double min, double max) {
            String v = text(column);
            String expected = "a number between " + fmt(min) + " and " + fmt(max);
            float x;
            try {
                x = Float.parseFloat(v);
            } catch (NumberFormatException e) {
                problem(column, "'" + v + "', not a number", expected);
                return 0f;
            }
            if (!(x >= min && x <= max)) {
                problem(column, v + ", out of range", expected);
                return 0f;
            }
            return x;
        }

        private void problem(String column, String is, String expected) {
            if (!problems.isFull()) {
                problems.add(new Loc(line, position.get(column) + 1), "column '" + column + "' is " + is, expected);
            }
        }

        private String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
