package io.campaignsim.cli;

import static io.campaignsim.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the real CLI on the bundled quickstart scenario (issue #3). */
class SimulateCommandTest {

    private static final String QUICKSTART = "scenarios/quickstart.yaml";

    @TempDir
    Path dir;



    @Test
    void quickstartWritesEveryOutputAndEachParses() throws Exception {
        Path out = dir.resolve("qs");
        CliRun.Result r = run("simulate", QUICKSTART, "--size", "5000", "--days", "14", "--events", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("incremental"), r.out());

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(5000, summary.path("customers").asInt());
        assertEquals(14, summary.path("days").asInt());
        List<CSVRecord> daily = csv(out.resolve("daily.csv"));
        assertEquals(14, daily.size());
        List<CSVRecord> segments = csv(out.resolve("segments.csv"));
        assertEquals(3 * (3 + 1), segments.size(), "3 segments x (3 channels + all)");
        for (String png : List.of("conversions.png", "profit.png", "contacts_by_channel.png")) {
            assertTrue(ImageIO.read(out.resolve(png).toFile()).getWidth() > 0, png);
        }
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<img") && html.contains("quickstart"));
        try (Reader events = new InputStreamReader(new GZIPInputStream(Files.newInputStream(out.resolve("events.csv.gz"))),
                StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(events)
                    .getRecords();
            long contacts = rows.stream().filter(e -> e.get("event").equals("contact")).count();
            assertEquals(summary.path("totals").path("contacts").asDouble(), contacts, 0.0);
        }
    }

    @Test
    void sameSeedGivesIdenticalFilesWhateverTheThreadCount() throws Exception {
        Path a = dir.resolve("a");
        assertEquals(0, run("simulate", QUICKSTART, "--size", "40000", "--days", "10", "-t", "1", "--out", a.toString(), "-q").exit());
        for (String threads : List.of("2", "4")) {
            Path b = dir.resolve("t" + threads);
            assertEquals(0, run("simulate", QUICKSTART, "--size", "40000", "--days", "10", "-t", threads, "--out",
                    b.toString(), "-q").exit());
            for (String f : List.of("summary.json", "daily.csv", "segments.csv")) {
                assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " with " + threads);
            }
        }
    }

    @Test
    void anImportedPopulationIsSimulatedAsIs() throws Exception {
        Path csv = dir.resolve("customers.csv");
        assertEquals(0, run("generate", "--scenario", QUICKSTART, "--size", "3000", "--out", csv.toString()).exit());
        Path out = dir.resolve("imported");
        CliRun.Result r = run("simulate", QUICKSTART, "--population", csv.toString(), "--days", "5", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3000, summary.path("customers").asInt());
        CliRun.Result broken = run("simulate", QUICKSTART, "--population", dir.resolve("missing.csv").toString(), "--out",
                out.toString(), "-q");
        assertEquals(2, broken.exit());
        assertEquals(1, broken.err().lines().count(), broken.err());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwoWithNothingWritten() throws Exception {
        Path out = dir.resolve("never");
        CliRun.Result missing = run("simulate", "no-such.yaml", "--out", out.toString());
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertFalse(missing.err().contains("Exception"));
        CliRun.Result badDays = run("simulate", QUICKSTART, "--days", "0", "--out", out.toString());
        assertEquals(2, badDays.exit());
        assertTrue(badDays.err().contains("--days"), badDays.err());
        CliRun.Result badThreads = run("simulate", QUICKSTART, "--threads", "0", "--out", out.toString());
        assertEquals(2, badThreads.exit());
        assertFalse(Files.exists(out));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun.Result outIsFile = run("simulate", QUICKSTART, "--size", "100", "--days", "2", "--out", file.toString(), "-q");
        assertEquals(2, outIsFile.exit(), outIsFile.err());
        assertEquals("x", Files.readString(file));
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
