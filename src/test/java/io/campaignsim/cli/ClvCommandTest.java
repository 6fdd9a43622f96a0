package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clv} through the real CLI (issue #17): outputs, bad input, a fit that does not converge. */
class ClvCommandTest {

    @TempDir
    Path dir;

    private Path log;

    /** 400 customers buying as a BG/NBD process (daily rate 0.02-0.2, drop-out 0.15 after each purchase). */
    @BeforeEach
    void writeLog() throws Exception {
        Random rnd = new Random(17);
        StringBuilder csv = new StringBuilder("customer,order_date,revenue\n");
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int c = 0; c < 400; c++) {
            double rate = 0.02 + 0.18 * rnd.nextDouble();
            int day = rnd.nextInt(60);
            boolean alive = true;
            while (alive && day < 240) {
                csv.append("c").append(c).append(',').append(start.plusDays(day)).append(',')
                        .append(String.format(java.util.Locale.ROOT, "%.2f", 5 + 40 * rnd.nextDouble())).append('\n');
                alive = rnd.nextDouble() > 0.15;
                day += 1 + (int) (-Math.log(rnd.nextDouble()) / rate);
            }
        }
        log = dir.resolve("orders.csv");
        Files.writeString(log, csv);
    }

    private CliRun.Result clv(Path file, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("clv", file.toString(), "--customer", "customer",
                "--date", "order_date", "--amount", "revenue", "--calibration-end", "2024-05-31", "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void writesModelsCustomersAndTheHoldoutReport() throws Exception {
        Path out = dir.resolve("report");
        CliRun.Result r = clv(log, out, "--holdout-end", "2024-08-27");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("BG/NBD") && r.out().contains("Pareto/NBD") && r.out().contains("Gamma-Gamma"), r.out());
        for (String f : List.of("models.json", "customers.csv", "holdout.csv", "tracking.csv", "tracking.png",
                "holdout-by-frequency.png", "index.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode models = new ObjectMapper().readTree(out.resolve("models.json").toFile());
        assertEquals(3, models.get("models").size());
        for (JsonNode m : models.get("models")) {
            assertTrue(m.get("converged").asBoolean(), m.toString());
            m.get("parameters").forEach(p -> assertTrue(p.get("standard_error").asDouble() > 0, m.toString()));
            assertTrue(m.get("log_likelihood").asDouble() < 0);
        }
        List<String> customers = Files.readAllLines(out.resolve("customers.csv"));
        assertEquals(401, customers.size());
        assertTrue(customers.get(0).contains("p_alive_bgnbd") && customers.get(0).contains("clv_paretonbd"));
        // tracking.csv: the cumulative actual count never falls
        List<String> tracking = Files.readAllLines(out.resolve("tracking.csv"));
        double previous = -1;
        for (String line : tracking.subList(1, tracking.size())) {
            double actual = Double.parseDouble(line.split(",")[3]);
            assertTrue(actual >= previous, line);
            previous = actual;
        }
    }

    private void refused(CliRun.Result r, Path out, String... fragments) {
        assertEquals(2, r.exit(), r.err() + r.out());
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), line);
        for (String f : fragments) {
            assertTrue(line.contains(f), line + " should contain " + f);
        }
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void missingColumnNamesTheHeader() {
        Path out = dir.resolve("r1");
        refused(CliRun.run("clv", log.toString(), "--customer", "customer", "--date", "date", "--amount", "revenue",
                "--calibration-end", "2024-05-31", "--out", out.toString()), out,
                log + ":1:1: --date column 'date' is not in the header", "order_date");
    }

    @Test
    void badDatesAmountsAndNegativeSpendAreLocated() throws Exception {
        Path out = dir.resolve("r2");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "customer,order_date,revenue\na,2024-01-01,10\na,01/02/2024,5\n");
        refused(clv(bad, out), out, bad + ":3:3: --date value '01/02/2024' is not a date", "--date-format");
        Files.writeString(bad, "customer,order_date,revenue\na,2024-01-01,10\na,2024-01-02,ten\n");
        refused(clv(bad, out), out, bad + ":3:14: --amount value 'ten' is not a number");
        Files.writeString(bad, "customer,order_date,revenue\na,2024-01-01,10\na,2024-01-02,-3.5\n");
        refused(clv(bad, out), out, bad + ":3:14: --amount value -3.5 is negative");
    }

    @Test
    void calibrationEndOutsideTheDataAndNoRepeatBuyersAreRefused() throws Exception {
        Path out = dir.resolve("r3");
        CliRun.Result r = CliRun.run("clv", log.toString(), "--customer", "customer", "--date", "order_date",
                "--calibration-end", "2030-01-01", "--out", out.toString());
        refused(r, out, "--calibration-end 2030-01-01 is after the last purchase");
        Path once = dir.resolve("once.csv");
        Files.writeString(once, "customer,order_date,revenue\na,2024-01-01,10\na,2024-01-01,5\nb,2024-01-03,1\n"
                + "c,2024-06-02,4\n");
        refused(clv(once, out), out, "no customer bought on two different days");
    }

    @Test
    void aFitThatDoesNotConvergeSaysSoAndPrintsNoParameters() throws Exception {
        Path out = dir.resolve("r4");
        CliRun.Result r = clv(log, out, "--max-evaluations", "12");
        assertEquals(1, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("BG/NBD: NOT CONVERGED") && r.out().contains("last log-likelihood"), r.out());
        assertFalse(r.out().contains("estimate"), "no parameter table: " + r.out());
        assertTrue(r.err().contains("BG/NBD did not converge"), r.err());
        JsonNode models = new ObjectMapper().readTree(out.resolve("models.json").toFile());
        JsonNode bg = models.get("models").get(0);
        assertFalse(bg.get("converged").asBoolean());
        assertTrue(bg.get("parameters").isNull());
        assertTrue(bg.get("last_log_likelihood").isNumber());
    }
}
