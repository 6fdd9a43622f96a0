package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.compare.sweep.PointResult;
import io.campaignsim.compare.sweep.SweepPlan;
import io.campaignsim.compare.sweep.WorkItem;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.UserInputException;
import io.campaignsim.report.sweep.SweepCheckpoint;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep use case end to end on the quickstart scenario, small. */
class SweepJobTest {

    private static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml");
    private static final List<String> SETS = List.of("policy.frequency_cap.per_week=1,2,3");

    @TempDir
    Path dir;

    private static SweepJob.Request request(Path out, int threads, boolean fresh, List<String> sets) {
        return new SweepJob.Request(QUICKSTART, sets, null, null, List.of("control", "business_as_usual", "ts"), 3, null,
                10, 1500L, threads, out, false, fresh);
    }

    private static SweepJob.Outcome run(SweepJob.Request req) throws Exception {
        return new SweepJob().run(req, (d, t) -> {});
    }

    /**
     * Common random numbers: every point runs replication r on the same seed, so the holdout, which
     * never contacts anyone and so ignores the frequency cap, has identical results at every point; and a
     * point's figures are exactly what compare reports for the scenario with that value written in.
     */
    @Test
    void everyPointRunsOnTheSameSeedsAndEqualsCompareOfThatScenario() throws Exception {
        SweepJob.Outcome o = run(request(dir.resolve("a"), 2, false, SETS));
        SweepPlan plan = o.result().plan();
        for (int p = 0; p < plan.points().size(); p++) {
            List<WorkItem> items = plan.workItems(p);
            assertEquals(plan.replications() * plan.strategies().size(), items.size());
            for (WorkItem w : items) {
                assertEquals(plan.replicationSeeds()[w.replication()], w.seed());
            }
        }
        List<PointResult> results = o.result().results();
        for (int p = 1; p < results.size(); p++) {
            assertArrayEquals(results.get(0).series(0, CompareMetric.PROFIT), results.get(p).series(0, CompareMetric.PROFIT),
                    "the holdout is identical at every point");
        }
        assertFalse(java.util.Arrays.equals(results.get(0).series(1, CompareMetric.CONTACTS),
                results.get(2).series(1, CompareMetric.CONTACTS)), "the cap changes what the policy sends");

        // point 2 is per_week=3: the same numbers as compare on the scenario with per_week: 3 written in
        Path edited = dir.resolve("cap3.yaml");
        Files.writeString(edited, Files.readString(QUICKSTART).replace("frequency_cap: { per_day: 1, per_week: 2 }",
                "frequency_cap: { per_day: 1, per_week: 3 }"));
        Scenario s = new ScenarioOverrides(null, 10, 1500L, 3).apply(new ScenarioLoader().load(edited));
        List<StrategyRun> runs = new CompareJob().simulate(s, CompareJob.select(s, List.of("control", "business_as_usual",
                "ts"), "x"), 2, (d, t) -> {});
        PointResult compare = SweepJob.pointResult(2, runs, plan);
        assertEquals(List.of("3"), plan.points().get(2).values());
        for (int st = 0; st < 3; st++) {
            for (CompareMetric m : CompareMetric.values()) {
                assertArrayEquals(compare.series(st, m), results.get(2).series(st, m), m.key());
            }
        }
    }

    /** Stopped after k points and resumed, the sweep writes the same bytes as an uninterrupted one, on any thread count. */
    @Test
    void aResumedSweepIsByteIdenticalToAnUninterruptedOne() throws Exception {
        Path whole = dir.resolve("whole");
        run(request(whole, 1, false, SETS));
        Path resumed = dir.resolve("resumed");
        assertThrows(InterruptedException.class, () -> new SweepJob().run(request(resumed, 2, false, SETS), (d, t) -> {},
                (done, total) -> {
                    if (done == 2) {
                        throw new InterruptedException("stopped after 2 points");
                    }
                }));
        assertFalse(Files.exists(resumed), "nothing is written before the sweep ends");
        Path checkpoint = SweepCheckpoint.folderOf(resumed);
        try (Stream<Path> s = Files.list(checkpoint)) {
            assertEquals(2, s.filter(p -> p.getFileName().toString().startsWith("point-")).count());
        }
        SweepJob.Outcome second = run(request(resumed, 2, false, SETS));
        assertEquals(2, second.resumedPoints());
        assertFalse(Files.exists(checkpoint), "the checkpoint is removed once the result is in place");
        List<String> names = files(whole);
        assertEquals(names, files(resumed));
        assertTrue(names.containsAll(List.of("sweep.csv", "sweep.json", "sweep-replications.csv", "index.html",
                "response_line.png")), names.toString());
        for (String f : names) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(resumed.resolve(f)), f);
        }
    }

    @Test
    void theCheckpointOfAnotherSweepIsNeitherReusedNorSilentlyDiscarded() throws Exception {
        Path out = dir.resolve("c");
        assertThrows(InterruptedException.class, () -> new SweepJob().run(request(out, 2, false, SETS), (d, t) -> {},
                (done, total) -> {
                    throw new InterruptedException("stopped after 1 point");
                }));
        Path checkpoint = SweepCheckpoint.folderOf(out);
        Files.writeString(checkpoint.resolve("notes.txt"), "mine");
        List<String> other = List.of("policy.frequency_cap.per_week=1,4");
        UserInputException e = assertThrows(UserInputException.class, () -> run(request(out, 2, false, other)));
        assertTrue(e.getMessage().contains("has 1 finished point of a different sweep") && e.getMessage().contains("--fresh"),
                e.getMessage());
        run(request(out, 2, true, other));
        assertTrue(Files.exists(out.resolve("sweep.csv")));
        // the user's file stays, and so does the folder that holds it; campaignsim's files are gone
        assertEquals(List.of("notes.txt"), files(checkpoint));
    }

    /** Points run on one stepping are never reused by a sweep on another (their draws differ). */
    @Test
    void theSteppingIsPartOfWhatIdentifiesASweep() throws Exception {
        Path out = dir.resolve("st");
        assertThrows(InterruptedException.class, () -> new SweepJob().run(request(out, 2, false, SETS), (d, t) -> {},
                (done, total) -> {
                    throw new InterruptedException("stopped after 1 point");
                }));
        SweepJob.Request daily = request(out, 2, false, SETS);
        SweepJob.Request next = new SweepJob.Request(daily.scenarioFile(), daily.sets(), daily.design(), daily.points(),
                daily.strategies(), daily.replications(), daily.seed(), daily.days(), daily.size(), daily.threads(),
                daily.out(), daily.allowLong(), false, io.campaignsim.engine.Stepping.NEXT_EVENT);
        UserInputException e = assertThrows(UserInputException.class, () -> run(next));
        assertTrue(e.getMessage().contains("has 1 finished point of a different sweep") && e.getMessage().contains("stepping"),
                e.getMessage());
        // the daily sweep still resumes: a daily fingerprint is what it was before the stepping existed
        SweepJob.Outcome resumed = run(daily);
        assertEquals(1, resumed.resumedPoints());
        assertEquals(io.campaignsim.engine.Stepping.DAILY, resumed.result().plan().stepping());
        Scenario base = new ScenarioLoader().load(QUICKSTART);
        SweepPlan plan = new SweepPlan(List.of(), io.campaignsim.compare.sweep.SweepDesign.GRID, 1, List.of(),
                List.of("control"), new long[] {1, 2});
        SweepPlan nextPlan = new SweepPlan(plan.parameters(), plan.design(), 1, plan.points(), plan.strategies(),
                plan.replicationSeeds(), io.campaignsim.engine.Stepping.NEXT_EVENT);
        assertFalse(SweepJob.fingerprint(QUICKSTART, base, plan).equals(SweepJob.fingerprint(QUICKSTART, base, nextPlan)));
    }

    @Test
    void aFolderCampaignsimDidNotWriteIsNeverUsedAsTheCheckpoint() throws Exception {
        Path out = dir.resolve("d");
        Path checkpoint = SweepCheckpoint.folderOf(out);
        Files.createDirectories(checkpoint);
        Files.writeString(checkpoint.resolve("point-000000.tsv"), "not ours");
        UserInputException e = assertThrows(UserInputException.class, () -> run(request(out, 1, false, SETS)));
        assertTrue(e.getMessage().contains("was not written by campaignsim"), e.getMessage());
        assertEquals("not ours", Files.readString(checkpoint.resolve("point-000000.tsv")));
        assertFalse(Files.exists(out));
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
