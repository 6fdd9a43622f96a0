package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.Metric;
import io.campaignsim.core.UserInputException;
import io.campaignsim.engine.Breakdown;
import io.campaignsim.engine.RunTally;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer-range runs (issue #19): a population simulated range by range, each range generating
 * its own customers and running the whole horizon alone, gives the same bits as the whole population
 * simulated day by day. The population spans three generator shards (two full, one partial) and
 * nine engine shards, and the policy explores send hours at random (keyed draws of the policy too)
 * and holds rule contacts to a fixed weekday.
 */
class CustomerRangeTest {

    /** Two full population shards of 65,536 and a partial third. */
    private static final int SIZE = 2 * CustomerRange.SIZE + 3_001;

    @Test
    void simulateInRangesWritesTheSameFilesAsTheWholePopulationRun(@TempDir Path dir) throws Exception {
        Path scenario = exploringQuickstart(dir);
        Path whole = dir.resolve("whole");
        Path ranged = dir.resolve("ranged");
        SimulateJob.Outcome a = new SimulateJob().run(request(scenario, whole, false, null), (d, t) -> { });
        int[] lastDay = {-2};
        SimulateJob.Outcome b = SimulateJob.inRanges(new LocalEngine()).run(request(scenario, ranged, false, null),
                (d, t) -> lastDay[0] = d);
        assertEquals(3, lastDay[0], "progress ends at the last day");
        assertEquals(SIZE, b.result().customers());
        assertTrue(a.result().total().get(Metric.CONTACTS) > 1000, "the policy contacts people (else the test shows little)");
        List<String> files = list(whole);
        assertEquals(files, list(ranged));
        assertTrue(files.contains("breakdown.csv") && files.contains("daily.csv"), files.toString());
        for (String f : files) {
            byte[] x = Files.readAllBytes(whole.resolve(f));
            byte[] y = Files.readAllBytes(ranged.resolve(f));
            if (f.equals("index.html")) { // the footer states the wall time
                x = withoutWallTime(x);
                y = withoutWallTime(y);
            }
            assertArrayEquals(x, y, f);
        }
    }

    @Test
    void rangeTalliesMergeInAnyOrderIntoTheWholeRun() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/retail-winback.yaml")).withSize(SIZE).withHorizonDays(5);
        SimulationEngine.Run whole = SimulationEngine.builder(s, new PopulationGenerator(s).generate(2)).threads(2)
                .policy(JourneyPolicy.factory(s)).build().runDetailed(SimulationEngine.RunOptions.withBreakdown(0));
        List<CustomerRange> ranges = CustomerRange.of(s);
        assertEquals(3, ranges.size());
        RunTally merged = ranges.get(2).simulate(s);
        merged.merge(ranges.get(0).simulate(s)).merge(ranges.get(1).simulate(s));
        SimulationEngine.Run byRanges = merged.toRun(s, 0, whole.result().elapsedMillis(), null);
        assertEquals(whole.result(), byRanges.result());
        assertEquals(whole.futureValue(), byRanges.futureValue());
        assertEquals(whole.twinFutureValue(), byRanges.twinFutureValue());
        Breakdown x = whole.breakdown();
        Breakdown y = byRanges.breakdown();
        assertArrayEquals(x.channelIncrementalProfit(), y.channelIncrementalProfit());
        assertArrayEquals(x.touchpointIncrementalProfit(), y.touchpointIncrementalProfit());
        assertArrayEquals(x.touchpointContacts(), y.touchpointContacts());
        assertArrayEquals(x.journeys().entries(), y.journeys().entries());
        assertArrayEquals(x.journeys().otherExits(), y.journeys().otherExits());
        assertEquals(x.incrementalProfit(), y.incrementalProfit());
        assertTrue(x.journeys().entries().length > 0 && java.util.Arrays.stream(x.journeys().entries()).sum() > 0,
                "the journeys ran (else their counts show nothing)");
    }

    @Test
    void aRangeGeneratesExactlyTheWholePopulationsCustomersThere() {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml")).withSize(SIZE);
        Population whole = new PopulationGenerator(s).generate(2);
        int from = CustomerRange.SIZE;
        Population range = new PopulationGenerator(s).generateRange(from, SIZE, 1);
        assertEquals(SIZE - from, range.size());
        assertEquals(from, range.observed().firstCustomer());
        for (int i = 0; i < range.size(); i++) {
            int g = from + i;
            assertEquals(whole.observed().segment(g), range.observed().segment(i));
            assertEquals(whole.observed().recencyDays(g), range.observed().recencyDays(i));
            assertEquals(whole.observed().monetary(g), range.observed().monetary(i));
            assertEquals(whole.observed().reachMask(g), range.observed().reachMask(i));
            assertEquals(whole.truth().purchaseRate(g), range.truth().purchaseRate(i));
            assertEquals(whole.truth().channelAffinity(g, 1), range.truth().channelAffinity(i, 1));
            assertEquals(whole.truth().categoryAffinity(g, 0), range.truth().categoryAffinity(i, 0));
        }
        assertThrows(IllegalArgumentException.class, () -> new PopulationGenerator(s).generateRange(100, SIZE, 1),
                "a range must start on a population shard");
    }

    @Test
    void aPolicyThatLearnsAcrossCustomersIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path learned = dir.resolve("learned.yaml");
        Files.writeString(learned, Files.readString(Path.of("scenarios/quickstart.yaml"))
                .replace("send_time: { mode: best_observed, hour: 10 }", "send_time: { mode: learned }"));
        Path out = dir.resolve("out");
        UserInputException e = assertThrows(UserInputException.class, () -> SimulateJob.inRanges(new LocalEngine())
                .run(request(learned, out, false, null), (d, t) -> { }));
        assertTrue(e.getMessage().contains("policy.send_time: learned") && e.getMessage().contains("--engine local"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        UserInputException events = assertThrows(UserInputException.class, () -> SimulateJob.inRanges(new LocalEngine())
                .run(request(Path.of("scenarios/quickstart.yaml"), out, true, null), (d, t) -> { }));
        assertTrue(events.getMessage().contains("--events"), events.getMessage());
        UserInputException csv = assertThrows(UserInputException.class, () -> SimulateJob.inRanges(new LocalEngine())
                .run(request(Path.of("scenarios/quickstart.yaml"), out, false, dir.resolve("p.csv")), (d, t) -> { }));
        assertTrue(csv.getMessage().contains("--population"), csv.getMessage());
        assertFalse(Files.exists(out), "nothing is written");
        // and the engine itself refuses to run a learning policy's range on its own
        Scenario s = new ScenarioLoader().load(learned).withSize(SIZE).withHorizonDays(2);
        Population range = new PopulationGenerator(s).generateRange(CustomerRange.SIZE, SIZE, 1);
        assertThrows(IllegalArgumentException.class, () -> SimulationEngine.builder(s, range)
                .policy(JourneyPolicy.factory(s)).build().runRange(SimulationEngine.RunOptions.of(0)));
        assertNotEquals(null, JourneyPolicy.learningKey(s));
    }

    private static Path exploringQuickstart(Path dir) throws Exception {
        Path p = dir.resolve("explore.yaml");
        String yaml = Files.readString(Path.of("scenarios/quickstart.yaml"));
        String changed = yaml.replace("send_time: { mode: best_observed, hour: 10 }",
                "send_time: { mode: best_observed, hour: 10, explore: 0.3, weekday: tuesday }");
        assertNotEquals(yaml, changed);
        Files.writeString(p, changed);
        return p;
    }

    private static SimulateJob.Request request(Path scenario, Path out, boolean events, Path population) {
        return new SimulateJob.Request(scenario, null, 4, (long) SIZE, population, 2, out, events, false);
    }

    private static byte[] withoutWallTime(byte[] html) {
        return new String(html, StandardCharsets.UTF_8).replaceAll("simulated in [^&<]*", "simulated in T")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            // the hidden marker names the folder itself
            return s.map(p -> p.getFileName().toString()).filter(f -> !f.startsWith(".")).sorted().toList();
        }
    }
}
