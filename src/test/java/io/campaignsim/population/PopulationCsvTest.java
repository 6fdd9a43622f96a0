package io.campaignsim.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Lifecycle;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationCsvTest {

    private static final String HEADER = "customer_id,segment,age_band,region,tenure_days,recency_days,frequency,"
            + "monetary,reachable_email,reachable_push,reachable_sms,last_category,lifecycle";
    private static final String ROW = "0,loyal,25-34,north,400,12,5,88.5,1,0,1,shoes,active";
    private static final String ALL_COLUMNS = "customer_id, segment, age_band, region, tenure_days, recency_days, "
            + "frequency, monetary, reachable_email, reachable_push, reachable_sms, last_category, lifecycle";

    private final Scenario scenario = TestScenarios.quickstart().withSize(5_000);

    @TempDir
    Path dir;

    @Test
    void roundTripWithTruthGivesIdenticalArrays() throws IOException {
        Population p = new PopulationGenerator(scenario).generate(2);
        Path file = dir.resolve("p.csv");
        PopulationCsv.writeFile(p, scenario, file, true);
        Population back = PopulationCsv.read(file, scenario, 2);

        ObservedPopulation a = p.observed();
        ObservedPopulation b = back.observed();
        assertArrayEquals(a.segment, b.segment);
        assertArrayEquals(a.ageBand, b.ageBand);
        assertArrayEquals(a.region, b.region);
        assertArrayEquals(a.tenureDays, b.tenureDays);
        assertArrayEquals(a.recencyDays, b.recencyDays);
        assertArrayEquals(a.frequency, b.frequency);
        assertArrayEquals(a.monetary, b.monetary);
        assertArrayEquals(a.reachMask, b.reachMask);
        assertArrayEquals(a.lastCategory, b.lastCategory);
        assertArrayEquals(a.lifecycle, b.lifecycle);
        GroundTruth x = p.truth();
        GroundTruth y = back.truth();
        assertArrayEquals(x.purchaseRate, y.purchaseRate);
        assertArrayEquals(x.churnHazard, y.churnHazard);
        assertArrayEquals(x.basketMean, y.basketMean);
        assertArrayEquals(x.discountSensitivity, y.discountSensitivity);
        assertArrayEquals(x.upliftGroup, y.upliftGroup);
        assertArrayEquals(x.effectScale, y.effectScale);
        assertArrayEquals(x.channelAffinity, y.channelAffinity);
        assertArrayEquals(x.preferredHour, y.preferredHour);
        assertArrayEquals(x.preferredWeekday, y.preferredWeekday);
        assertArrayEquals(x.categoryAffinity, y.categoryAffinity);
        // Written again, the file is byte-identical.
        assertEquals(Files.readString(file), TestScenarios.csv(back, scenario, true));
        assertFalse(Files.exists(dir.resolve("p.csv.tmp")), "no temporary file left behind");
    }

    @Test
    void importWithoutTruthDrawsTheTruthFromTheSegmentModel() throws IOException {
        Population p = new PopulationGenerator(scenario).generate(1);
        Path file = dir.resolve("observed.csv");
        PopulationCsv.writeFile(p, scenario, file, false);
        Population first = PopulationCsv.read(file, scenario, 1);
        Population second = PopulationCsv.read(file, scenario, 3);
        assertArrayEquals(p.observed().segment, first.observed().segment);
        assertArrayEquals(first.truth().purchaseRate, second.truth().purchaseRate, "seeded per shard");
        assertArrayEquals(first.truth().categoryAffinity, second.truth().categoryAffinity);
        double loyal = 0;
        int n = 0;
        for (int i = 0; i < first.size(); i++) {
            assertTrue(first.truth().effectScale(i) > 0);
            if (first.observed().segment(i) == 0) {
                loyal += first.truth().purchaseRate(i);
                n++;
            }
        }
        // Loyal customers' mean rate is their segment rate times their own uplift mix's mean base multiplier.
        io.campaignsim.scenario.SegmentSpec seg = scenario.population().segments().get(0);
        double multiplier = 0;
        for (int g = 0; g < 4; g++) {
            double share = seg.upliftShares().isEmpty() ? scenario.population().upliftGroups().get(g).share()
                    : seg.upliftShares().get(g);
            multiplier += share * scenario.population().upliftGroups().get(g).baseMultiplier();
        }
        assertEquals(seg.purchaseRate() * multiplier, loyal / n, 0.2 * seg.purchaseRate() * multiplier);
    }

    @Test
    void importWithoutLifecycleDerivesIt() throws IOException {
        Path file = write("no-lifecycle.csv", HEADER.replace(",lifecycle", "") + "\n" + ROW.replace(",active", "") + "\n");
        Population p = PopulationCsv.read(file, scenario, 1);
        assertEquals(1, p.size());
        assertEquals(Lifecycle.ACTIVE, p.observed().lifecycle(0));
        assertEquals(88.5, p.observed().monetary(0));
        assertTrue(p.observed().reachable(0, 0));
        assertFalse(p.observed().reachable(0, 1));
    }

    @Test
    void byteOrderMarkAndBlankLinesAreAccepted() throws IOException {
        Path file = write("bom.csv", "\uFEFF" + HEADER + "\r\n" + ROW + "\r\n\r\n" + ROW.replace("0,loyal", "1,regular") + "\r\n\r\n");
        Population p = PopulationCsv.read(file, scenario, 1);
        assertEquals(2, p.size());
        assertEquals(1, p.observed().segment(1));
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Path file = write("missing.csv", HEADER.replace(",monetary", "") + "\n" + ROW.replace(",88.5", "") + "\n");
        assertMessage(file, file + ":1:1: missing column 'monetary'; expected a header with " + ALL_COLUMNS);
    }

    @Test
    void extraColumnIsNamedWithASuggestion() throws IOException {
        Path file = write("extra.csv", HEADER + ",montary\n" + ROW + ",3\n");
        assertMessage(file, file + ":1:14: unknown column 'montary' (did you mean 'monetary'?); expected only the columns "
                + ALL_COLUMNS + " and optionally the true_* columns written by 'generate --with-truth'");
    }

    @Test
    void nonNumericValueIsPlaced() throws IOException {
        Path file = write("nan.csv", HEADER + "\n" + ROW + "\n" + ROW.replace("88.5", "abc") + "\n");
        assertMessage(file, file + ":3:8: column 'monetary' is 'abc', not a number; expected a number between 0 and 1000000000");
    }

    @Test
    void unknownSegmentIsPlacedWithASuggestion() throws IOException {
        Path file = write("segment.csv", HEADER + "\n" + ROW.replace("loyal", "loyl") + "\n");
        assertMessage(file, file + ":2:2: column 'segment' is 'loyl', not a known segment (did you mean 'loyal'?); "
                + "expected one of loyal, regular, lapsing");
    }

    @Test
    void outOfRangeAndWrongFieldCountAreReportedTogether() throws IOException {
        Path file = write("many.csv", HEADER + "\n" + ROW.replace(",400,", ",-4,") + "\n" + "1,loyal\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> PopulationCsv.read(file, scenario, 1));
        assertEquals(List.of(
                file + ":2:5: column 'tenure_days' is -4, out of range; expected a whole number between 0 and 32767",
                file + ":3:1: line has 2 values but the header has 13; expected one value per header column "
                        + "(quote values that contain commas)"), e.lines());
    }

    @Test
    void stopsAfterTwentyProblems() throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 50; i++) {
            b.append(ROW.replace("loyal", "nobody")).append('\n');
        }
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> PopulationCsv.read(write("many.csv", b.toString()), scenario, 1));
        assertEquals(PopulationCsvReader.MAX_PROBLEMS, e.problems().size());
    }

    @Test
    void partialTruthColumnsAreRefused() throws IOException {
        Path file = write("partial.csv", HEADER + ",true_purchase_rate\n" + ROW + ",0.01\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> PopulationCsv.read(file, scenario, 1));
        assertEquals(file + ":1:1: missing column 'true_churn_hazard'; expected all true_* columns or none of them",
                e.lines().get(0));
    }

    @Test
    void emptyFileDirectoryAndMissingFileAreOneLineErrors() throws IOException {
        Path empty = write("empty.csv", "");
        assertMessage(empty, empty + ": file is empty; expected a header line: " + HEADER);
        Path headerOnly = write("header.csv", HEADER + "\n");
        assertMessage(headerOnly, headerOnly + ": has a header but no customer rows; expected one row per customer below the header");
        assertMessage(dir, dir + ": is a directory; expected a population .csv file");
        Path missing = dir.resolve("nope.csv");
        assertMessage(missing, missing + ": no such file; expected an existing population .csv file");
    }

    @Test
    void writingOverADirectoryIsRefused() {
        Population p = new PopulationGenerator(scenario.withSize(10)).generate(1);
        ScenarioException e = assertThrows(ScenarioException.class, () -> PopulationCsv.writeFile(p, scenario, dir, false));
        assertEquals(dir + ": is a directory; expected a file name such as " + dir.resolve("population.csv"),
                e.lines().get(0));
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private void assertMessage(Path file, String expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> PopulationCsv.read(file, scenario, 1));
        assertEquals(List.of(expected), e.lines());
    }
}
