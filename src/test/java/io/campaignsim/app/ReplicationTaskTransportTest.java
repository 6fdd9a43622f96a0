package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.UserInputException;
import io.campaignsim.report.compare.ComparisonJson;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cluster engine ships each {@link ReplicationTask} to a node and its result back with Java
 * serialization. These tests keep that possible as the scenario and result records grow: a field
 * of a type that is not serializable fails here, in the fast suite, not on a cluster.
 */
class ReplicationTaskTransportTest {

    static Stream<Path> bundledScenarios() throws IOException {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("bundledScenarios")
    void everyBundledScenarioTravelsIntact(Path file) throws Exception {
        Scenario s = new ScenarioLoader().load(file);
        ReplicationTask task = new ReplicationTask(s, s.strategies(), 3, 99L);
        ReplicationTask back = roundTrip(task);
        // Records compare by value, but a strategy type's validation rule is a lambda, equal only to
        // itself: compare everything else, component by component.
        assertSameValue(task, back, "task");
    }

    @Test
    void aReplicationRunOnADeserializedTaskGivesTheSameReport(@TempDir Path dir) throws Exception {
        Scenario s = new ScenarioOverrides(null, 15, 1500L, 2).apply(new ScenarioLoader().load(Path.of(
                "scenarios/quickstart.yaml")));
        long[] seeds = CompareJob.replicationSeeds(s);
        List<CompareJob.Simulated> direct = new ArrayList<>();
        List<CompareJob.Simulated> shipped = new ArrayList<>();
        for (int r = 0; r < seeds.length; r++) {
            ReplicationTask task = new ReplicationTask(s, s.strategies(), r, seeds[r]);
            direct.add(CompareJob.runTask(task, 1, () -> { }));
            // what a cluster does: the task goes over the wire, runs there, and its result comes back
            shipped.add(roundTrip(CompareJob.runTask(roundTrip(task), 1, () -> { })));
        }
        assertArrayEquals(json(direct, dir.resolve("a")), json(shipped, dir.resolve("b")));
    }

    /** The stepping travels with the task (a cluster runs next-event too) and is what the result depends on. */
    @Test
    void aNextEventTaskTravelsWithItsStepping(@TempDir Path dir) throws Exception {
        Scenario s = new ScenarioOverrides(null, 10, 1500L, 1).apply(new ScenarioLoader().load(Path.of(
                "scenarios/quickstart.yaml")));
        List<io.campaignsim.scenario.StrategySpec> some = CompareJob.select(s, List.of("control", "ts", "linucb"), "q");
        ReplicationTask task = new ReplicationTask(s, some, 0, s.seed(), 0, false,
                io.campaignsim.engine.Stepping.NEXT_EVENT);
        ReplicationTask back = roundTrip(task);
        assertEquals(io.campaignsim.engine.Stepping.NEXT_EVENT, back.stepping());
        byte[] here = json(List.of(CompareJob.runTask(task, 1, () -> { })), dir.resolve("a"));
        byte[] there = json(List.of(roundTrip(CompareJob.runTask(back, 2, () -> { }))), dir.resolve("b"));
        assertArrayEquals(here, there);
        byte[] daily = json(List.of(CompareJob.runTask(new ReplicationTask(s, some, 0, s.seed()), 1, () -> { })),
                dir.resolve("c"));
        assertTrue(!java.util.Arrays.equals(here, daily), "the stepping reaches the engine");
    }

    @Test
    void theLocalEngineIsTheDefaultAndTakesNoMaster() {
        try (ExecutionEngine e = Engines.open("local", null)) {
            assertEquals("local", e.name());
        }
        UserInputException ex = assertThrows(UserInputException.class, () -> Engines.open("local", "local[2]"));
        assertTrue(ex.getMessage().contains("--master local[2] applies only to a cluster engine"), ex.getMessage());
    }

    @Test
    void sparkWithoutTheSparkBuildSaysHowToGetIt() {
        // The plain build has no Spark engine on its class path (it lives in src/spark, profile spark).
        UserInputException ex = assertThrows(UserInputException.class, () -> Engines.open("spark", "local[2]"));
        assertTrue(ex.getMessage().contains("mvn -Pspark package"), ex.getMessage());
        UserInputException other = assertThrows(UserInputException.class, () -> Engines.open("flink", null));
        assertTrue(other.getMessage().contains("expected one of local"), other.getMessage());
    }

    private static byte[] json(List<CompareJob.Simulated> sims, Path dir) throws IOException {
        List<StrategyRun> runs = sims.stream().flatMap(x -> x.runs().stream()).toList();
        Files.createDirectories(dir);
        Path f = ComparisonJson.write(ComparisonAnalysis.analyze(runs, "profit", 0.95), dir);
        return Files.readAllBytes(f);
    }

    /** Deep value equality of records, collections and arrays; a lambda matches a lambda of the same origin. */
    private static void assertSameValue(Object a, Object b, String path) throws ReflectiveOperationException {
        if (a == null || b == null) {
            assertEquals(a, b, path);
        } else if (a.getClass().isRecord()) {
            assertEquals(a.getClass(), b.getClass(), path);
            for (java.lang.reflect.RecordComponent c : a.getClass().getRecordComponents()) {
                assertSameValue(c.getAccessor().invoke(a), c.getAccessor().invoke(b), path + "." + c.getName());
            }
        } else if (a instanceof java.util.Map<?, ?> m) {
            java.util.Map<?, ?> n = (java.util.Map<?, ?>) b;
            assertEquals(m.keySet(), n.keySet(), path);
            for (Object k : m.keySet()) {
                assertSameValue(m.get(k), n.get(k), path + "[" + k + "]");
            }
        } else if (a instanceof List<?> l) {
            List<?> k = (List<?>) b;
            assertEquals(l.size(), k.size(), path);
            for (int i = 0; i < l.size(); i++) {
                assertSameValue(l.get(i), k.get(i), path + "[" + i + "]");
            }
        } else if (a.getClass().isArray()) {
            assertTrue(java.util.Objects.deepEquals(a, b), path);
        } else if (a.getClass().isSynthetic() && a.getClass().getName().contains("$$Lambda")) {
            assertEquals(lambdaOrigin(a), lambdaOrigin(b), path);
        } else {
            assertEquals(a, b, path);
        }
    }

    private static String lambdaOrigin(Object lambda) {
        return lambda.getClass().getName().substring(0, lambda.getClass().getName().indexOf("$$Lambda"));
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
