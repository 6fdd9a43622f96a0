package io.campaignsim.data.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RFM summary as the literature computes it, on hand-made logs. */
class CustomerSummaryTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path f = dir.resolve("log.csv");
        Files.writeString(f, text);
        return f;
    }

    private static TransactionLog.Format format() {
        return new TransactionLog.Format(true, false, "id", "day", "spend", null);
    }

    @Test
    void sameDayPurchasesAreOneTransactionAndTheFirstIsNotARepeat() throws IOException {
        Path f = csv("""
                id,day,spend
                a,2020-01-01,10
                a,2020-01-01,5
                a,2020-01-08,20
                a,2020-01-08,4
                a,2020-01-15,30
                b,2020-01-03,7
                a,2020-01-20,99
                b,2020-01-10,1
                """);
        CustomerSummary s = CustomerSummary.of(TransactionLog.read(f, format()), LocalDate.of(2020, 1, 15),
                LocalDate.of(2020, 1, 20), Period.WEEK);
        assertEquals(2, s.size());
        assertEquals("a", s.id(0));
        assertEquals(2, s.frequency(0)); // 01-08 and 01-15; 01-01 is the first purchase
        assertEquals(2.0, s.recency(0), 1e-12); // 14 days
        assertEquals(2.0, s.age(0), 1e-12); // 01-01 to 01-15, end day included
        assertEquals((24 + 30) / 2.0, s.meanSpend(0), 1e-12); // same-day amounts add up
        assertEquals(1, s.holdoutPurchases(0));
        assertEquals(99, s.holdoutSpend(0), 1e-12);
        assertEquals(1, s.frequency(1));
        assertEquals(1.0, s.recency(1), 1e-12);
        assertEquals(12 / 7.0, s.age(1), 1e-12);
        assertEquals(1.0, s.meanSpend(1), 1e-12);
        // weekly repeats from 2020-01-01: week 2 has a's 01-08 and b's 01-10, week 3 a's 01-15 and 01-20
        assertEquals(java.util.List.of(0, 2, 2), java.util.Arrays.stream(s.weeklyRepeats()).boxed().toList());
    }

    @Test
    void customersWhoStartAfterTheCalibrationAreLeftOut() throws IOException {
        Path f = csv("id,day,spend\na,2020-01-01,1\na,2020-01-05,1\nc,2020-02-01,3\n");
        CustomerSummary s = CustomerSummary.of(TransactionLog.read(f, format()), LocalDate.of(2020, 1, 10), null,
                Period.DAY);
        assertEquals(1, s.size());
        assertEquals(1, s.lateCustomers());
        assertEquals(4.0, s.recency(0), 1e-12);
        assertEquals(9.0, s.age(0), 1e-12);
    }

    @Test
    void calibrationEndOutsideTheDataIsRefused() throws IOException {
        Path f = csv("id,day,spend\na,2020-01-01,1\na,2020-01-05,1\n");
        TransactionLog log = TransactionLog.read(f, format());
        UserInputException e = assertThrows(UserInputException.class,
                () -> CustomerSummary.of(log, LocalDate.of(2019, 12, 1), null, Period.WEEK));
        assertTrue(e.getMessage().contains("before the first purchase") && e.getMessage().contains("2020-01-01 to 2020-01-05"),
                e.getMessage());
        assertThrows(UserInputException.class, () -> CustomerSummary.of(log, LocalDate.of(2020, 3, 1), null, Period.WEEK));
        assertThrows(UserInputException.class,
                () -> CustomerSummary.of(log, LocalDate.of(2020, 1, 3), LocalDate.of(2020, 2, 1), Period.WEEK));
    }

    @Test
    void noRepeatBuyersIsRefused() throws IOException {
        Path f = csv("id,day,spend\na,2020-01-01,1\na,2020-01-01,1\nb,2020-01-03,2\n");
        UserInputException e = assertThrows(UserInputException.class, () -> CustomerSummary.of(
                TransactionLog.read(f, format()), LocalDate.of(2020, 1, 3), null, Period.WEEK));
        assertTrue(e.getMessage().contains("no customer bought on two different days"), e.getMessage());
    }

    @Test
    void badCellsAreLocated() throws IOException {
        Path f = csv("id,day,spend\na,2020-01-01,1\na,2020-13-01,1\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> TransactionLog.read(f, format()));
        assertTrue(e.getMessage().startsWith(f + ":3:3: --date value '2020-13-01' is not a date"), e.getMessage());
        Path g = csv("id,day,spend\na,2020-01-01,1\na,2020-01-02,-4\n");
        e = assertThrows(ScenarioException.class, () -> TransactionLog.read(g, format()));
        assertTrue(e.getMessage().startsWith(g + ":3:14: --amount value -4 is negative"), e.getMessage());
        Path h = csv("id,day,spend\na,2020-01-01,$1\n");
        e = assertThrows(ScenarioException.class, () -> TransactionLog.read(h, format()));
        assertTrue(e.getMessage().startsWith(h + ":2:14: --amount value '$1' is not a number"), e.getMessage());
        Path k = csv("id,day,spend\na,2020-01-01,1\n");
        e = assertThrows(ScenarioException.class, () -> TransactionLog.read(k,
                new TransactionLog.Format(true, false, "id", "date", null, null)));
        assertTrue(e.getMessage().startsWith(k + ":1:1: --date column 'date' is not in the header"), e.getMessage());
    }

    @Test
    void headerlessWhitespaceFilesUseColumnNumbers() throws IOException {
        Path f = dir.resolve("log.txt");
        Files.writeString(f, " 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n");
        TransactionLog log = TransactionLog.read(f, new TransactionLog.Format(false, true, "1", "3", "5", "yyyyMMdd"));
        assertEquals(2, log.rows());
        assertEquals(LocalDate.of(1997, 1, 18).toEpochDay(), log.day(1));
        assertEquals(29.73, log.amount(1), 1e-12);
        ScenarioException e = assertThrows(ScenarioException.class, () -> TransactionLog.read(f,
                new TransactionLog.Format(false, true, "customer_id", "3", "5", "yyyyMMdd")));
        assertTrue(e.getMessage().contains("the file is read without a header"), e.getMessage());
    }
}
