package io.campaignsim.app;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.compare.check.Baseline;
import io.campaignsim.compare.check.MetricCheck;
import io.campaignsim.compare.check.RegressionTest;
import io.campaignsim.compare.check.ScenarioCheck;
import io.campaignsim.compare.check.ScenarioFingerprint;
import io.campaignsim.compare.check.Verdict;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.UserInputException;
import io.campaignsim.core.Version;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.scenario.CheckSpec;
import io.campaignsim.scenario.CheckSpec.MetricRule;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code check} use case: run each scenario's strategies as {@code compare} does and test every
 * (strategy, metric) against the stored baseline with {@link RegressionTest}, or, with
 * {@code updateBaseline}, store a new baseline.
 *
 * <p><b>Seeds.</b> A run's root seed is {@link #rootSeed}(scenario seed, run seed). Baselines are
 * made with run seed {@value #BASELINE_RUN_SEED} and checks run with {@value #CHECK_RUN_SEED}
 * unless {@code --run-seed} says otherwise: the check draws independent populations and world
 * draws, so an unchanged policy differs from its baseline by replication noise only (and does not
 * reproduce it bit for bit, which would make the test trivial), while CI stays reproducible.
 */
public final class CheckJob {

    public static final long BASELINE_RUN_SEED = 0;
    public static final long CHECK_RUN_SEED = 1;

    /**
     * What the user asked for.
     *
     * @param runSeed null for the default of the mode
     * @param replications null for each scenario's own
     */
    public record Request(List<Path> scenarios, Path baselineDir, boolean updateBaseline, Long runSeed,
            Integer replications, int threads) {

        public Request {
            scenarios = List.copyOf(scenarios);
        }
    }

    /** What was found; {@code written} lists new baseline files. */
    public record Outcome(List<ScenarioCheck> checks, List<Path> written, long elapsedMillis) {

        public Outcome {
            checks = List.copyOf(checks);
            written = List.copyOf(written);
        }

        public boolean regressed() {
            return checks.stream().anyMatch(ScenarioCheck::regressed);
        }
    }

    private record Loaded(Path file, Scenario scenario, String fileSha, String worldSha, List<StrategySpec> strategies) {}

    /** The root seed of a run: independent streams for each run seed, none shared with compare's. */
    public static long rootSeed(long scenarioSeed, long runSeed) {
        return RandomStreams.seed(scenarioSeed, RandomStreams.Purpose.CHECK_RUN, runSeed);
    }

    /**
     * @param log receives one line as each scenario starts (progress for the terminal)
     */
    public Outcome run(Request req, Consumer<String> log) throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<Loaded> loaded = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path file : req.scenarios()) {
            Loaded l = load(file, req.replications());
            Path other = byName.putIfAbsent(l.scenario().name(), file);
            if (other != null) {
                throw new UserInputException(file + " and " + other + " are both named '" + l.scenario().name()
                        + "' and would share one baseline file; expected distinct scenario names");
            }
            loaded.add(l);
        }
        // Read every baseline before running anything: a missing one fails fast, with the fix.
        Map<Path, Baseline> baselines = new HashMap<>();
        if (!req.updateBaseline()) {
            for (Loaded l : loaded) {
                Path f = BaselineStore.fileFor(req.baselineDir(), l.scenario().name());
                if (!Files.isRegularFile(f)) {
                    throw new UserInputException(f + ": no baseline for scenario '" + l.scenario().name()
                            + "'; create it with: campaignsim check " + l.file() + " --baseline " + req.baselineDir()
                            + " --update-baseline");
                }
                baselines.put(l.file(), BaselineStore.read(f));
            }
        }
        List<ScenarioCheck> checks = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        for (Loaded l : loaded) {
            Path f = BaselineStore.fileFor(req.baselineDir(), l.scenario().name());
            if (req.updateBaseline()) {
                checks.add(update(l, f, req, log));
                written.add(f);
            } else {
                checks.add(check(l, f, baselines.get(l.file()), req, log));
            }
        }
        return new Outcome(checks, written, (System.nanoTime() - started) / 1_000_000);
    }

    private ScenarioCheck update(Loaded l, Path file, Request req, Consumer<String> log)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        long runSeed = req.runSeed() != null ? req.runSeed() : BASELINE_RUN_SEED;
        Scenario s = l.scenario().withSeed(rootSeed(l.scenario().seed(), runSeed));
        log.accept(describe(s, l, "baseline"));
        Map<String, Map<String, double[]>> values = values(simulate(s, l, req.threads()), l.strategies());
        BaselineStore.write(file, new Baseline(Version.current(), s.name(), l.fileSha(), l.worldSha(), s.seed(),
                runSeed, s.replications(), s.horizonDays(), s.population().size(), values));
        return new ScenarioCheck(s.name(), l.file(), file, ScenarioCheck.Status.UPDATED, List.of(), List.of(), s.seed(),
                s.replications(), (System.nanoTime() - started) / 1_000_000);
    }

    private ScenarioCheck check(Loaded l, Path file, Baseline baseline, Request req, Consumer<String> log)
            throws InterruptedException {
        long started = System.nanoTime();
        CheckSpec spec = l.scenario().check();
        long runSeed = req.runSeed() != null ? req.runSeed() : CHECK_RUN_SEED;
        Scenario s = l.scenario().withSeed(rootSeed(l.scenario().seed(), runSeed));
        List<String> notes = new ArrayList<>();
        if (!baseline.worldSha256().equals(l.worldSha())) {
            notes.add(l.file() + ": scenario changed since the baseline (population, channels, offers, catalog, "
                    + "economics or horizon); re-run with --update-baseline");
            List<MetricCheck> rows = new ArrayList<>();
            for (StrategySpec st : l.strategies()) {
                for (MetricRule r : spec.metrics()) {
                    rows.add(MetricCheck.skipped(st.name(), r.valueKey(), r.direction(), r.margin(), Verdict.SCENARIO_CHANGED));
                }
            }
            return new ScenarioCheck(s.name(), l.file(), file, ScenarioCheck.Status.CHANGED, rows, notes, s.seed(),
                    s.replications(), (System.nanoTime() - started) / 1_000_000);
        }
        if (baseline.seed() == s.seed()) {
            notes.add("this run uses the baseline's seed, so an unchanged policy reproduces it exactly and the test "
                    + "is trivial; use another --run-seed");
        }
        List<String> declared = l.scenario().strategies().stream().map(StrategySpec::name).toList();
        for (String gone : baseline.strategies()) {
            if (!declared.contains(gone)) {
                notes.add("the baseline has strategy '" + gone + "', which the scenario no longer declares; "
                        + "re-run with --update-baseline to drop it");
            }
        }
        if (!baseline.version().equals(Version.current())) {
            notes.add("baseline made by campaignsim " + baseline.version() + ", this is " + Version.current());
        }
        if (baseline.replications() < 2) {
            throw new UserInputException(file + ": the baseline has " + baseline.replications()
                    + " replication; expected at least 2 (re-create it with --update-baseline)");
        }
        log.accept(describe(s, l, "check"));
        Map<String, Map<String, double[]>> current = values(simulate(s, l, req.threads()), l.strategies());
        int tests = 0;
        for (StrategySpec st : l.strategies()) {
            for (MetricRule r : spec.metrics()) {
                tests += baseline.values(st.name(), r.valueKey()) != null ? 1 : 0;
            }
        }
        double alpha = RegressionTest.alphaPerTest(spec.confidence(), spec.bonferroni(), tests);
        List<MetricCheck> rows = new ArrayList<>();
        for (StrategySpec st : l.strategies()) {
            for (MetricRule r : spec.metrics()) {
                double[] base = baseline.values(st.name(), r.valueKey());
                rows.add(base == null
                        ? MetricCheck.skipped(st.name(), r.valueKey(), r.direction(), r.margin(), Verdict.NO_BASELINE)
                        : RegressionTest.evaluate(st.name(), r, base, current.get(st.name()).get(r.valueKey()), alpha));
            }
        }
        return new ScenarioCheck(s.name(), l.file(), file, ScenarioCheck.Status.CHECKED, rows, notes, s.seed(),
                s.replications(), (System.nanoTime() - started) / 1_000_000);
    }

    private static String describe(Scenario s, Loaded l, String what) {
        return what + " " + s.name() + ": " + l.strategies().size() + " strategies, " + s.replications()
                + " replications, " + s.horizonDays() + " days, " + s.population().size() + " customers, seed " + s.seed();
    }

    private List<StrategyRun> simulate(Scenario s, Loaded l, int threads) throws InterruptedException {
        return new CompareJob().simulate(s, l.strategies(), threads, (done, total) -> { });
    }

    /** strategy → metric → per-replication values (runs come in replication order). */
    private static Map<String, Map<String, double[]>> values(List<StrategyRun> runs, List<StrategySpec> strategies) {
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        for (StrategySpec st : strategies) {
            List<StrategyRun> mine = runs.stream().filter(r -> r.strategy().equals(st.name())).toList();
            Map<String, double[]> metrics = new LinkedHashMap<>();
            for (CompareMetric m : CompareMetric.values()) {
                metrics.put(m.key(), mine.stream().mapToDouble(r -> r.value(m)).toArray());
            }
            for (CompareMetric m : CompareMetric.values()) {
                if (m.hasTwin()) {
                    metrics.put(CheckSpec.INCREMENTAL_PREFIX + m.key(), mine.stream().mapToDouble(r -> r.incremental(m)).toArray());
                }
            }
            out.put(st.name(), metrics);
        }
        return out;
    }

    private Loaded load(Path file, Integer replications) throws IOException {
        Scenario s = new ScenarioLoader().load(file);
        if (replications != null) {
            s = s.withReplications(replications);
        }
        if (s.replications() < 2) {
            throw new UserInputException(file + ": check needs at least 2 replications to measure noise, but "
                    + "replications is " + s.replications() + "; set replications: in the scenario or pass --replications");
        }
        byte[] bytes = Files.readAllBytes(file);
        return new Loaded(file, s, ScenarioFingerprint.fileSha256(bytes),
                ScenarioFingerprint.worldSha256(new String(bytes, StandardCharsets.UTF_8)), select(s, file));
    }

    private List<StrategySpec> select(Scenario s, Path file) {
        if (s.strategies().isEmpty()) {
            throw new UserInputException(file + ": the scenario has no strategies to check; add a 'strategies:' list, "
                    + "e.g. - { name: bau, type: policy } (see docs/scenario.md)");
        }
        List<String> wanted = s.check().strategies();
        List<StrategySpec> chosen = new ArrayList<>();
        for (StrategySpec spec : s.strategies()) {
            if (wanted.isEmpty() || wanted.contains(spec.name())) {
                chosen.add(spec);
            }
        }
        return List.copyOf(chosen);
    }
}
