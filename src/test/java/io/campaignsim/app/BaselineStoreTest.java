package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.check.Baseline;
import io.campaignsim.core.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineStoreTest {

    @TempDir
    Path dir;

    private static Baseline baseline() {
        Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
        Map<String, double[]> ts = new LinkedHashMap<>();
        ts.put("profit", new double[] {22380.001059479186, 0.1 + 0.2, -3.5e-9});
        ts.put("unsubscribes", new double[] {4, 5, 6});
        values.put("ts", ts);
        values.put("control", Map.of("profit", new double[] {1, 2, 3}));
        return new Baseline("0.1.0", "alpha", "aa", "bb", -42, new long[] {-42, 7, Long.MIN_VALUE}, 0, 3, 14, 2000, values);
    }

    @Test
    void roundTripIsExactAndKeepsOrder() throws Exception {
        Path f = BaselineStore.fileFor(dir, "alpha");
        BaselineStore.write(f, baseline());
        Baseline back = BaselineStore.read(f);
        assertEquals(List.of("ts", "control"), back.strategies());
        assertArrayEquals(baseline().values("ts", "profit"), back.values("ts", "profit"), 0.0);
        assertEquals(-42, back.seed());
        assertArrayEquals(new long[] {-42, 7, Long.MIN_VALUE}, back.replicationSeeds());
        assertEquals("bb", back.worldSha256());
        assertEquals(2000, back.size());
        assertEquals(BaselineStore.toJson(baseline()), Files.readString(f), "byte-stable");
    }

    @Test
    void theSteppingRoundTripsAndAnOlderBaselineWithoutItWasDaily() throws Exception {
        Baseline b = baseline();
        Baseline next = new Baseline(b.version(), b.scenario(), b.scenarioSha256(), b.worldSha256(), b.seed(),
                b.replicationSeeds(), b.runSeed(), b.replications(), b.days(), b.size(), b.values(),
                io.campaignsim.engine.Stepping.NEXT_EVENT);
        Path f = BaselineStore.fileFor(dir, "alpha");
        BaselineStore.write(f, next);
        assertTrue(Files.readString(f).contains("\"stepping\" : \"next-event\""));
        assertEquals(io.campaignsim.engine.Stepping.NEXT_EVENT, BaselineStore.read(f).stepping());
        // a baseline written before the stepping was recorded: only the daily engine existed
        Files.writeString(f, BaselineStore.toJson(b).replace("  \"stepping\" : \"daily\",\n", ""));
        assertTrue(!Files.readString(f).contains("stepping"));
        assertEquals(io.campaignsim.engine.Stepping.DAILY, BaselineStore.read(f).stepping());
        Files.writeString(f, BaselineStore.toJson(b).replace("\"stepping\" : \"daily\"", "\"stepping\" : \"hourly\""));
        UserInputException e = assertThrows(UserInputException.class, () -> BaselineStore.read(f));
        assertTrue(e.getMessage().contains("not a campaignsim baseline: 'stepping' expected daily or next-event, but "
                + "was 'hourly'"), e.getMessage());
    }

    @Test
    void oneLinePerMetricForReadableDiffs() {
        String json = BaselineStore.toJson(baseline());
        assertTrue(json.contains("\"unsubscribes\" : [ 4.0, 5.0, 6.0 ]\n"), json);
        assertTrue(json.indexOf("\"format\"") < json.indexOf("\"campaignsim_version\"")
                && json.indexOf("\"size\"") < json.indexOf("\"strategies\""), json);
        assertTrue(!json.contains("\r"), "'\\n' line ends on every platform");
    }

    @Test
    void malformedBaselineIsAUserErrorNamingTheFile() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"format\": 1, \"scenario\": \"x\"}");
        UserInputException e = assertThrows(UserInputException.class, () -> BaselineStore.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()) && e.getMessage().contains("--update-baseline"), e.getMessage());
        Files.writeString(f, "not json");
        assertThrows(UserInputException.class, () -> BaselineStore.read(f));
    }
}
