package io.campaignsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.app.CheckJob;
import io.campaignsim.app.CompareJob;
import io.campaignsim.app.CustomerRange;
import io.campaignsim.app.SimulateJob;
import io.campaignsim.app.Engines;
import io.campaignsim.app.ExecutionEngine;
import io.campaignsim.app.ReplicationTask;
import io.campaignsim.app.SweepJob;
import io.campaignsim.core.ClusterFault;
import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in {@code local[2]} mode against the local engine: the same comparison and the
 * same check, byte for byte, and one clear line for every way a cluster run can be misaddressed.
 */
class SparkEngineTest {

    private static ExecutionEngine spark;

    @BeforeAll
    static void startSpark() {
        spark = Engines.open("spark", "local[2]");
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @Test
    void compareOnSparkIsByteIdenticalToTheLocalEngine(@TempDir Path dir) throws Exception {
        Path localOut = dir.resolve("local");
        Path sparkOut = dir.resolve("spark");
        AtomicInteger lastProgress = new AtomicInteger();
        AtomicInteger localTotal = new AtomicInteger();
        new CompareJob().run(request(localOut), (done, total) -> localTotal.set(total));
        new CompareJob(spark).run(request(sparkOut), (done, total) -> lastProgress.set(done));
        List<String> files = list(localOut);
        assertEquals(files, list(sparkOut));
        assertTrue(files.contains("comparison.json") && files.contains("series.csv"), files.toString());
        for (String f : files) {
            if (!f.equals("run.json") && !f.equals("index.html")) { // these two state the run's wall time
                assertArrayEquals(Files.readAllBytes(localOut.resolve(f)), Files.readAllBytes(sparkOut.resolve(f)), f);
            }
        }
        // 13 strategies a replication, and the runs of the learners' arms played alone (fixed-arm regret)
        assertTrue(localTotal.get() > 3 * 13, "the local total counts the fixed-arm runs: " + localTotal.get());
        assertEquals(localTotal.get(), lastProgress.get(), "progress counts every run of every replication, as locally");
    }

    @Test
    void sweepOnSparkIsByteIdenticalToTheLocalEngine(@TempDir Path dir) throws Exception {
        Path localOut = dir.resolve("local");
        Path sparkOut = dir.resolve("spark");
        new SweepJob().run(sweep(localOut), (done, total) -> { });
        new SweepJob(new CompareJob(spark)).run(sweep(sparkOut), (done, total) -> { });
        List<String> files = list(localOut);
        assertEquals(files, list(sparkOut));
        assertTrue(files.contains("sweep.csv") && files.contains("sweep.json"), files.toString());
        for (String f : files) {
            if (!f.equals("index.html") && !f.equals("run.json")) { // the page states the wall time
                assertArrayEquals(Files.readAllBytes(localOut.resolve(f)), Files.readAllBytes(sparkOut.resolve(f)), f);
            }
        }
    }

    @Test
    void aSweepIsOneSparkJobAndAStoppedOneResumesToTheSameBytes(@TempDir Path dir) throws Exception {
        Path localOut = dir.resolve("local");
        Path sparkOut = dir.resolve("spark");
        new SweepJob().run(sweep3(localOut), (done, total) -> { });
        org.apache.spark.SparkContext sc = org.apache.spark.SparkContext.getOrCreate(
                new org.apache.spark.SparkConf().setMaster("local[2]").setAppName("campaignsim"));
        AtomicInteger jobs = new AtomicInteger();
        org.apache.spark.scheduler.SparkListener count = new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
                jobs.incrementAndGet();
            }
        };
        sc.addSparkListener(count);
        try {
            // stopped once the first point is stored: that point is kept, the rest of the job is cancelled
            assertThrows(InterruptedException.class, () -> new SweepJob(new CompareJob(spark)).run(sweep3(sparkOut),
                    (d, t) -> { }, (done, total) -> {
                        if (done == 1) {
                            throw new InterruptedException("stopped after 1 point");
                        }
                    }));
            assertTrue(!Files.exists(sparkOut), "nothing is written before the sweep ends");
            waitForListenerBus(sc);
            assertEquals(1, jobs.get(), "all points x replications went out as one job");
            jobs.set(0);
            SweepJob.Outcome resumed = new SweepJob(new CompareJob(spark)).run(sweep3(sparkOut), (d, t) -> { });
            waitForListenerBus(sc);
            assertEquals(1, resumed.resumedPoints());
            assertEquals(1, jobs.get(), "the two points left went out as one job");
        } finally {
            sc.removeSparkListener(count);
        }
        List<String> files = list(localOut);
        assertEquals(files, list(sparkOut));
        for (String f : files) {
            if (!f.equals("index.html") && !f.equals("run.json")) { // the page states the wall time
                assertArrayEquals(Files.readAllBytes(localOut.resolve(f)), Files.readAllBytes(sparkOut.resolve(f)), f);
            }
        }
    }

    /** Listener events arrive asynchronously; Spark's own tests wait for the bus to drain the same way. */
    private static void waitForListenerBus(org.apache.spark.SparkContext sc) throws Exception {
        sc.listenerBus().waitUntilEmpty();
    }

    private static SweepJob.Request sweep3(Path out) {
        return new SweepJob.Request(Path.of("scenarios/quickstart.yaml"), List.of("policy.frequency_cap.per_week=1,2,3"),
                "grid", null, List.of("control", "business_as_usual"), 3, null, 8, 1000L, 2, out, false, false);
    }

    private static SweepJob.Request sweep(Path out) {
        return new SweepJob.Request(Path.of("scenarios/quickstart.yaml"), List.of("policy.frequency_cap.per_week=1,3"),
                "grid", null, List.of("control", "business_as_usual"), 2, null, 10, 1200L, 2, out, false, false);
    }

    @Test
    void checkOnSparkPairsWithABaselineMadeLocally(@TempDir Path dir) throws Exception {
        Path scenario = smallCheckScenario(dir);
        Path baselines = dir.resolve("baselines");
        new CheckJob().run(new CheckJob.Request(List.of(scenario), baselines, true, null, null, 2), line -> { });
        CheckJob.Outcome local = new CheckJob().run(new CheckJob.Request(List.of(scenario), baselines, false, null,
                null, 2), line -> { });
        CheckJob.Outcome onSpark = new CheckJob(new CompareJob(spark)).run(new CheckJob.Request(List.of(scenario),
                baselines, false, null, null, 2), line -> { });
        assertEquals(local.checks().get(0).rows(), onSpark.checks().get(0).rows());
        assertTrue(!onSpark.regressed(), "an unchanged policy on the same seeds cannot regress");
    }

    @Test
    void aMasterThatIsNotAnAddressIsBadInput() {
        UserInputException e = assertThrows(UserInputException.class, () -> Engines.open("spark", "lokal[2]"));
        assertTrue(e.getMessage().contains("is not a Spark master address; expected local[N]"), e.getMessage());
    }

    @Test
    void anUnreachableMasterIsBadInputWithTheFix() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free once closed: nothing listens there
        }
        UserInputException e = assertThrows(UserInputException.class,
                () -> Engines.open("spark", "spark://127.0.0.1:" + port));
        assertTrue(e.getMessage().contains("cannot reach the Spark master at 127.0.0.1:" + port), e.getMessage());
        assertTrue(e.getMessage().contains("--master local[2]"), e.getMessage());
    }

    @Test
    void aTaskThatFailsOnBadInputKeepsItsMessageAndAClusterFaultIsNamed() {
        RuntimeException userInput = SparkEngine.translate(new org.apache.spark.SparkException("Job aborted",
                new UserInputException("strategy 'x' would keep too many rows; expected a smaller --size")));
        assertInstanceOf(UserInputException.class, userInput);
        RuntimeException cluster = SparkEngine.translate(new org.apache.spark.SparkException(
                "Job aborted due to stage failure: Task 0 in stage 0.0 failed 4 times\nmore"));
        assertInstanceOf(ClusterFault.class, cluster);
        assertTrue(cluster.getMessage().startsWith("the Spark job failed: Job aborted due to stage failure"),
                cluster.getMessage());
        assertTrue(!cluster.getMessage().contains("\n"), "one line");
    }

    @Test
    void simulateOnSparkRunsOneTaskPerCustomerRangeAndIsByteIdenticalToTheLocalEngine(@TempDir Path dir)
            throws Exception {
        Path localOut = dir.resolve("local");
        Path sparkOut = dir.resolve("spark");
        // three population shards (two full, one partial): three Spark tasks, each generating its own customers
        long size = 2L * CustomerRange.SIZE + 2_500;
        SimulateJob.Request local = new SimulateJob.Request(Path.of("scenarios/retail-winback.yaml"), null, 4, size, null,
                2, localOut, false, false);
        SimulateJob.Request onSpark = new SimulateJob.Request(Path.of("scenarios/retail-winback.yaml"), null, 4, size, null,
                2, sparkOut, false, false);
        new SimulateJob().run(local, (d, t) -> { });
        AtomicInteger lastDay = new AtomicInteger(-2);
        SimulateJob.Outcome o = SimulateJob.on(spark).run(onSpark, (d, t) -> lastDay.set(d));
        assertEquals(3, lastDay.get(), "progress reaches the last day when every range is done");
        assertEquals(size, o.result().customers());
        List<String> files = list(localOut);
        assertEquals(files, list(sparkOut));
        assertTrue(files.contains("summary.json") && files.contains("breakdown.csv"), files.toString());
        for (String f : files) {
            if (!f.equals("index.html")) { // the footer states the wall time
                assertArrayEquals(Files.readAllBytes(localOut.resolve(f)), Files.readAllBytes(sparkOut.resolve(f)), f);
            }
        }
    }

    @Test
    void simulateOnSparkRefusesAPolicyThatLearnsAcrossCustomersBeforeSparkRuns(@TempDir Path dir) throws Exception {
        Path learned = dir.resolve("learned.yaml");
        Files.writeString(learned, Files.readString(Path.of("scenarios/quickstart.yaml"))
                .replace("channel_choice: { mode: preferred_observed, channel: email }", "channel_choice: { mode: learned }"));
        Path out = dir.resolve("out");
        UserInputException e = assertThrows(UserInputException.class, () -> SimulateJob.on(spark).run(
                new SimulateJob.Request(learned, null, 3, 1000L, null, 2, out, false, false), (d, t) -> { }));
        assertTrue(e.getMessage().startsWith("simulate --engine spark runs each customer range on its own, but "
                + "policy.channel_choice: learned"), e.getMessage());
        assertTrue(!Files.exists(out), "nothing is written");
    }

    @Test
    void versionsMatchOnMajorAndMinor() {
        assertEquals("4.2", SparkEngine.majorMinor("4.2.0"));
        assertEquals("3.5", SparkEngine.majorMinor("3.5.1-SNAPSHOT"));
    }

    @Test
    void noTasksNeedNoCluster() throws InterruptedException {
        assertEquals(List.of(), spark.run(new ArrayList<ReplicationTask>(), CompareJob::runTask, 2, (d, t) -> { }));
    }

    private static CompareJob.Request request(Path out) {
        return new CompareJob.Request(Path.of("scenarios/quickstart.yaml"), null, 3, null, 12, 1500L, 2, out, false);
    }

    private static Path smallCheckScenario(Path dir) throws IOException {
        String yaml = Files.readString(Path.of("scenarios/ci-check.yaml"))
                .replaceFirst("(?m)^replications: .*$", "replications: 3")
                .replaceFirst("(?m)^horizon_days: .*$", "horizon_days: 10")
                .replaceFirst("(?m)^  size: .*$", "  size: 800");
        Path f = dir.resolve("small-check.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
