package io.campaignsim.report.sim;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.SimulationResult;
import io.campaignsim.scenario.ReportSpec;
import io.campaignsim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationReportTest {

    private static final List<String> ALL_FILES = List.of("contacts_by_channel.png", "conversions.png", "daily.csv",
            "index.html", "profit.png", "segments.csv", "segments.png", "send_time.csv", "send_time.png", "summary.json");

    @TempDir
    Path dir;

    private List<Path> write(Path out) throws IOException {
        return SimulationReport.write(ReportFixtures.result(), ReportFixtures.scenario(), ReportFixtures.SCENARIO_YAML, out);
    }

    @Test
    void writesEveryFileNonEmpty() throws IOException {
        Path out = dir.resolve("report");
        List<Path> files = write(out);
        assertEquals(ALL_FILES.stream().map(out.toAbsolutePath()::resolve).toList(), files);
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        for (String png : List.of("conversions.png", "profit.png", "contacts_by_channel.png", "send_time.png",
                "segments.png")) {
            assertNotNull(ImageIO.read(out.resolve(png).toFile()), png);
        }
    }

    @Test
    void numericFilesAreByteIdenticalAcrossWrites() throws IOException {
        write(dir.resolve("a"));
        write(dir.resolve("b"));
        for (String f : List.of("summary.json", "daily.csv", "segments.csv", "send_time.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void parallelWritesGiveTheBytesOfTheSerialWrite() throws IOException {
        Path serial = Files.createDirectories(dir.resolve("serial"));
        Path parallel = Files.createDirectories(dir.resolve("parallel"));
        List<Path> one = io.campaignsim.report.ParallelWrites.run(1, SimulationReport.writes(ReportFixtures.result(),
                io.campaignsim.engine.JourneyCounts.NONE, ReportFixtures.scenario(), ReportFixtures.SCENARIO_YAML, serial));
        List<Path> many = io.campaignsim.report.ParallelWrites.run(4, SimulationReport.writes(ReportFixtures.result(),
                io.campaignsim.engine.JourneyCounts.NONE, ReportFixtures.scenario(), ReportFixtures.SCENARIO_YAML, parallel));
        assertEquals(one.stream().map(Path::getFileName).toList(), many.stream().map(Path::getFileName).toList());
        assertEquals(ALL_FILES, one.stream().map(p -> p.getFileName().toString()).sorted().toList());
        for (Path f : one) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(parallel.resolve(f.getFileName())),
                    f.getFileName().toString());
        }
    }

    @Test
    void extraFilesJoinTheSameAtomicStep() throws IOException {
        Path out = dir.resolve("report");
        List<Path> files = SimulationReport.write(ReportFixtures.result(), ReportFixtures.scenario(),
                ReportFixtures.SCENARIO_YAML, out, staging -> Files.writeString(staging.resolve("events.csv.gz"), "x"));
        assertTrue(files.contains(out.toAbsolutePath().resolve("events.csv.gz")));
        assertEquals(ALL_FILES.size() + 1, files.size());
    }

    @Test
    void failingExtraWriterLeavesThePreviousReport() throws IOException {
        Path out = dir.resolve("report");
        write(out);
        byte[] before = Files.readAllBytes(out.resolve("summary.json"));
        io.campaignsim.core.UserInputException e = assertThrows(io.campaignsim.core.UserInputException.class,
                () -> SimulationReport.write(ReportFixtures.result(), ReportFixtures.scenario(), "changed", out, staging -> {
                    throw new IOException("No space left on device");
                }));
        assertTrue(e.getMessage().startsWith("cannot write " + out.toRealPath() + ": no space left on device; nothing "
                + "was changed there"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("summary.json")));
        assertTrue(Files.readString(out.resolve("index.html")).contains("days_since_purchase"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("report"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void chartsFollowTheScenarioReportList() throws IOException {
        Scenario s = ReportFixtures.scenario();
        Scenario onlyProfit = new Scenario(s.name(), s.description(), s.seed(), s.horizonDays(), s.replications(),
                s.population(), s.channels(), s.offers(), s.catalog(), s.economics(), s.policy(), s.strategies(),
                new ReportSpec(s.report().out(), List.of("profit", "qini")), s.check(), s.holdoutShare());
        Path out = dir.resolve("report");
        List<Path> files = SimulationReport.write(ReportFixtures.result(), onlyProfit, "", out);
        assertEquals(List.of("daily.csv", "index.html", "profit.png", "segments.csv", "send_time.csv", "summary.json"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void inconsistentResultIsRejectedBeforeAnythingIsWritten() {
        SimulationResult r = ReportFixtures.result();
        SimulationResult broken = new SimulationResult(r.scenarioName(), r.seed(), r.replication(), r.customers(), 5,
                r.channels(), r.segments(), r.total(), r.daily(), r.segmentTotals(), r.segmentChannel(),
                r.counterfactualTotal(), r.counterfactualDaily(), r.counterfactualSegments(), 0, r.sendTime());
        Path out = dir.resolve("report");
        assertThrows(IllegalArgumentException.class, () -> SimulationReport.write(broken, ReportFixtures.scenario(), "", out));
        assertTrue(Files.notExists(out));
    }
}
