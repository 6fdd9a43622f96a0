package io.campaignsim.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.core.Metric;
import io.campaignsim.engine.EventLog;
import io.campaignsim.engine.QuietSkipping;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.report.BreakdownCsv;
import io.campaignsim.report.sim.DailyCsv;
import io.campaignsim.report.sim.SummaryJson;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skipping customers with nothing due ({@link SimulationEngine.Builder#skipQuiet}; off by default, since it did not pay idle) changes no result:
 * {@code simulate} of every bundled scenario and of the bench workload, with the event log, writes the same bytes
 * with skipping on and off (index.html differs only in the time it took). The event log lists every contact, open,
 * click, purchase, unsubscribe and churn, so a proposal made or missed on a skipped day would show.
 */
class SkipQuietEquivalenceTest {

    @TempDir
    Path tmp;

    /** The fast form: the engine alone (no charts), every event, the summary, daily rows and the micro review. */
    @Test
    void everyBundledScenarioSimulatesTheSameEventsWithAndWithoutSkipping() throws Exception {
        for (Path file : scenarios()) {
            Scenario s = new ScenarioLoader().load(file).withSize(1_000).withSeed(11);
            s = s.withHorizonDays(Math.min(60, s.horizonDays()));
            Population p = new PopulationGenerator(s).generate(2);
            String name = file.getFileName().toString();
            List<String> on = engineRun(s, p, QuietSkipping.ALWAYS, 2, tmp.resolve(name + "-on.csv.gz"));
            List<String> off = engineRun(s, p, QuietSkipping.NEVER, 1, tmp.resolve(name + "-off.csv.gz"));
            assertEquals(off, on, name);
            assertArrayEquals(Files.readAllBytes(tmp.resolve(name + "-off.csv.gz")),
                    Files.readAllBytes(tmp.resolve(name + "-on.csv.gz")), name + ": events.csv.gz");
        }
    }

    /** The whole {@code simulate} output folder, over seeds, thread counts and the scenarios' own horizons. */
    @Test
    @Tag("slow")
    void everyBundledScenarioWritesTheSameFilesWithAndWithoutSkipping() throws Exception {
        for (Path scenario : scenarios()) {
            for (long seed : new long[] {1, 2}) {
                same(scenario, seed, 2_000L, null, (int) seed);
            }
        }
    }

    /** Strategies (bandits, learners, uplift, oracle...) on the opportunities of the journey policy or the weekly cadence. */
    @Test
    void compareGivesTheSameRunsForEveryStrategyWithAndWithoutSkipping() throws Exception {
        sameCompare(Path.of("scenarios/quickstart.yaml"), 800, 21); // its 13 strategies cover every family
    }

    @Test
    @Tag("slow")
    void compareGivesTheSameRunsOnEveryBundledScenario() throws Exception {
        for (Path file : scenarios()) {
            sameCompare(file, 1_000, 40);
        }
    }

    private static void sameCompare(Path file, int size, int days) throws Exception {
        Scenario s = new ScenarioLoader().load(file).withSize(size).withReplications(1);
        Scenario sc = s.withHorizonDays(Math.min(days, s.horizonDays()));
        List<List<String>> on = compare(sc, true);
        List<List<String>> off = compare(sc, false);
        assertEquals(off, on, file.toString());
    }

    private static List<List<String>> compare(Scenario s, boolean skip) throws Exception {
        String before = System.getProperty(SimulationEngine.SKIP_QUIET_PROPERTY);
        System.setProperty(SimulationEngine.SKIP_QUIET_PROPERTY, Boolean.toString(skip));
        try {
            List<List<String>> out = new ArrayList<>();
            for (StrategyRun r : new CompareJob().simulate(s, s.strategies(), 2, (d, t) -> { })) {
                out.add(List.of(r.strategy(), SummaryJson.render(r.result()), DailyCsv.render(r.result()),
                        Double.toString(r.clv()), java.util.Arrays.deepToString(r.armPullsByDay())));
            }
            return out;
        } finally {
            if (before == null) {
                System.clearProperty(SimulationEngine.SKIP_QUIET_PROPERTY);
            } else {
                System.setProperty(SimulationEngine.SKIP_QUIET_PROPERTY, before);
            }
        }
    }

    private static List<String> engineRun(Scenario s, Population p, QuietSkipping skip, int threads, Path events)
            throws Exception {
        SimulationEngine.Run run;
        try (EventLog log = new EventLog(events, s.channelNames(), s.offerNames(), s.catalog().categories())) {
            run = SimulationEngine.builder(s, p).threads(threads).quietSkipping(skip).policy(JourneyPolicy.factory(s))
                    .build().runDetailed(new SimulationEngine.RunOptions(0, log, d -> { }, true));
        }
        Path dir = Files.createTempDirectory(events.getParent(), "breakdown");
        BreakdownCsv.write(run.breakdown(), dir);
        assertTrue(run.result().total().get(Metric.CONTACTS) > 0, s.name() + " made no contact");
        return List.of(SummaryJson.render(run.result()), DailyCsv.render(run.result()),
                Files.readString(dir.resolve(BreakdownCsv.FILE)),
                Double.toString(run.futureValue()), Double.toString(run.twinFutureValue()));
    }

    private static List<Path> scenarios() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
        }
        all.add(Path.of("src/main/resources/io/campaignsim/bench/bench.yaml"));
        assertTrue(all.size() >= 9, "bundled scenarios not found: " + all);
        return all;
    }

    private void same(Path scenario, long seed, long size, Integer days, int threads) throws Exception {
        String name = scenario.getFileName().toString().replace(".yaml", "") + "-" + seed + "-" + threads;
        Path on = run(scenario, seed, size, days, threads, tmp.resolve(name + "-on"), true);
        Path off = run(scenario, seed, size, days, threads, tmp.resolve(name + "-off"), false);
        List<String> files = files(on);
        assertEquals(files, files(off), name);
        assertTrue(files.contains("events.csv.gz") && files.contains("summary.json"), name + ": " + files);
        for (String f : files) {
            byte[] a = Files.readAllBytes(on.resolve(f));
            byte[] b = Files.readAllBytes(off.resolve(f));
            if (f.equals("index.html")) {
                assertEquals(withoutTiming(a), withoutTiming(b), name + ": " + f);
            } else {
                assertArrayEquals(a, b, name + ": " + f);
            }
        }
    }

    private static Path run(Path scenario, long seed, long size, Integer days, int threads, Path out, boolean skip) throws Exception {
        String before = System.getProperty(SimulationEngine.SKIP_QUIET_PROPERTY);
        System.setProperty(SimulationEngine.SKIP_QUIET_PROPERTY, Boolean.toString(skip));
        try {
            new SimulateJob().run(new SimulateJob.Request(scenario, seed, days, size, null, threads, out, true, true),
                    (d, t) -> { });
        } finally {
            if (before == null) {
                System.clearProperty(SimulationEngine.SKIP_QUIET_PROPERTY);
            } else {
                System.setProperty(SimulationEngine.SKIP_QUIET_PROPERTY, before);
            }
        }
        return out;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".campaignsim-")).sorted().toList();
        }
    }

    private static String withoutTiming(byte[] html) {
        return new String(html, StandardCharsets.UTF_8).replaceAll("simulated in [0-9.,]+ (ms|s|min)", "simulated in T");
    }
}
