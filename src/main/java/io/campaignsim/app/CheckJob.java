package io.campaignsim.app;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.compare.check.Baseline;
import io.campaignsim.compare.check.MetricCheck;
import io.campaignsim.compare.check.RegressionTest;
import io.campaignsim.compare.check.ScenarioCheck;
import io.campaignsim.compare.check.ScenarioFingerprint;
import io.campaignsim.compare.check.Verdict;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.OutputPaths;
import io.campaignsim.core.UserInputException;
import io.campaignsim.core.Version;
import io.campaignsim.engine.Stepping;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.report.AtomicFiles;
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
 * <p><b>Seeds.</b> A baseline run's root seed is {@link #rootSeed}(scenario seed, run seed), with
 * run seed {@value #BASELINE_RUN_SEED} unless {@code --run-seed} says otherwise, and the baseline
 * stores the seed of every replication. A check reruns exactly those seeds (common random numbers),
 * so each replication of the check is paired with the baseline's: same population, same world
 * draws. An unchanged policy reproduces its baseline exactly; a changed one differs by what the
 * change caused plus the little noise the pairing leaves, which the test accounts for.
 */
public final class CheckJob {

    public static final long BASELINE_RUN_SEED = 0;

    /**
     * What the user asked for.
     *
     * @param runSeed null for the default of the mode
     * @param replications null for each scenario's own
     * @param stepping how the engine advances time; null for the mode's default: a new baseline runs daily, a
     *     check runs its baseline's stepping (another one would be refused: its draws do not pair with the baseline's)
     */
    public record Request(List<Path> scenarios, Path baselineDir, boolean updateBaseline, Long runSeed,
            Integer replications, int threads, Stepping stepping) {

        public Request {
            scenarios = List.copyOf(scenarios);
        }

        /** With the mode's default stepping. */
        public Request(List<Path> scenarios, Path baselineDir, boolean updateBaseline, Long runSeed,
                Integer replications, int threads) {
            this(scenarios, baselineDir, updateBaseline, runSeed, replications, threads, null);
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

    private final CompareJob compare;

    public CheckJob() {
        this(new CompareJob());
    }

    /** A check that simulates with {@code compare} (a test passes one that injects a policy change). */
    public CheckJob(CompareJob compare) {
        this.compare = compare;
    }

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
        if (req.updateBaseline()) {
            OutputPaths.checkFolder(req.baselineDir(), "--baseline");
        }
        // Read every baseline before running anything: a missing one fails fast, with the fix.
        Map<Path, Baseline> baselines = new HashMap<>();
        if (req.updateBaseline()) {
            for (Loaded l : loaded) {
                AtomicFiles.check(BaselineStore.fileFor(req.baselineDir(), l.scenario().name()), "--baseline");
            }
        } else {
            for (Loaded l : loaded) {
                Path f = BaselineStore.fileFor(req.baselineDir(), l.scenario().name());
                if (!Files.isRegularFile(f)) {
                    throw new UserInputException(f + ": no baseline for scenario '" + l.scenario().name()
                            + "'; create it with: campaignsim check " + l.file() + " --baseline " + req.baselineDir()
                            + " --update-baseline");
                }
                Baseline b = BaselineStore.read(f, l.file());
                preflight(l, f, b, req);
                baselines.put(l.file(), b);
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

    /** What makes a baseline unusable for a paired check, found before anything runs. */
    private static void preflight(Loaded l, Path file, Baseline b, Request req) {
        String regenerate = "; regenerate it with: campaignsim check " + l.file() + " --baseline " + req.baselineDir()
                + " --update-baseline";
        if (!b.worldSha256().equals(l.worldSha())) {
            throw new UserInputException(file + ": the baseline was made from another version of " + l.file()
                    + " (population, channels, offers, catalog, economics or horizon changed)" + regenerate);
        }
        if (!b.scenario().equals(l.scenario().name())) {
            throw new UserInputException(file + ": the baseline is for scenario '" + b.scenario() + "', not '"
                    + l.scenario().name() + "'" + regenerate);
        }
        if (b.replications() < 2) {
            throw new UserInputException(file + ": the baseline has " + b.replications()
                    + " replication; expected at least 2" + regenerate);
        }
        if (req.runSeed() != null) {
            throw new UserInputException("--run-seed applies only with --update-baseline: a check reruns the "
                    + "baseline's own replication seeds (" + file + ") so that each replication is compared with its pair");
        }
        if (req.stepping() != null && req.stepping() != b.stepping()) {
            throw new UserInputException(file + ": the baseline was made with --stepping " + b.stepping().key()
                    + ", not " + req.stepping().key() + ", whose draws would not pair with its replications; expected "
                    + "no --stepping (a check reruns the baseline's), or regenerate it with: campaignsim check " + l.file()
                    + " --baseline " + req.baselineDir() + " --stepping " + req.stepping().key() + " --update-baseline");
        }
        if (req.replications() != null && req.replications() != b.replications()) {
            throw new UserInputException("--replications " + req.replications() + " differs from the "
                    + b.replications() + " replications of " + file + "; a check reruns the baseline's replications, "
                    + "so leave --replications out, or regenerate the baseline with it and --update-baseline");
        }
    }

    private ScenarioCheck update(Loaded l, Path file, Request req, Consumer<String> log)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        long runSeed = req.runSeed() != null ? req.runSeed() : BASELINE_RUN_SEED;
        Scenario s = l.scenario().withSeed(rootSeed(l.scenario().seed(), runSeed));
        Stepping stepping = req.stepping() != null ? req.stepping() : Stepping.DAILY;
        log.accept(describe(s, l, "baseline", stepping));
        long[] seeds = CompareJob.replicationSeeds(s);
        Map<String, Map<String, double[]>> values = values(simulate(s, seeds, l, req.threads(), stepping),
                l.strategies());
        BaselineStore.write(file, new Baseline(Version.current(), s.name(), l.fileSha(), l.worldSha(), s.seed(), seeds,
                runSeed, s.replications(), s.horizonDays(), s.population().size(), values, stepping));
        return new ScenarioCheck(s.name(), l.file(), file, ScenarioCheck.Status.UPDATED, List.of(), List.of(), s.seed(),
                s.replications(), (System.nanoTime() - started) / 1_000_000, stepping);
    }

    private ScenarioCheck check(Loaded l, Path file, Baseline baseline, Request req, Consumer<String> log)
            throws InterruptedException {
        long started = System.nanoTime();
        CheckSpec spec = l.scenario().check();
        Scenario s = l.scenario().withSeed(baseline.seed()).withReplications(baseline.replications());
        List<String> notes = new ArrayList<>();
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
        log.accept(describe(s, l, "check", baseline.stepping()));
        Map<String, Map<String, double[]>> current = values(simulate(s, baseline.replicationSeeds(), l, req.threads(),
                baseline.stepping()), l.strategies());
        List<MetricCheck> rows = test(baseline, current, spec, l.strategies().stream().map(StrategySpec::name).toList());
        return new ScenarioCheck(s.name(), l.file(), file, ScenarioCheck.Status.CHECKED, rows, notes, s.seed(),
                s.replications(), (System.nanoTime() - started) / 1_000_000, baseline.stepping());
    }

    /**
     * Tests each strategy's checked metrics of {@code current} (strategy → metric → values on the
     * baseline's replication seeds, in order) against the baseline, corrected over all of them.
     */
    public static List<MetricCheck> test(Baseline baseline, Map<String, Map<String, double[]>> current, CheckSpec spec,
            List<String> strategies) {
        List<RegressionTest.Input> inputs = new ArrayList<>();
        for (String st : strategies) {
            for (MetricRule r : spec.metrics()) {
                double[] base = baseline.values(st, r.valueKey());
                if (base != null) {
                    inputs.add(new RegressionTest.Input(st, r, base, current.get(st).get(r.valueKey())));
                }
            }
        }
        List<MetricCheck> tested = RegressionTest.evaluate(inputs, spec.confidence(), spec.correction());
        List<MetricCheck> rows = new ArrayList<>();
        int next = 0;
        for (String st : strategies) {
            for (MetricRule r : spec.metrics()) {
                rows.add(baseline.values(st, r.valueKey()) == null
                        ? MetricCheck.skipped(st, r.valueKey(), r.direction(), r.margin(), Verdict.NO_BASELINE)
                        : tested.get(next++));
            }
        }
        return rows;
    }

    private static String describe(Scenario s, Loaded l, String what, Stepping stepping) {
        return what + " " + s.name() + ": " + l.strategies().size() + " strategies, " + s.replications()
                + " replications, " + s.horizonDays() + " days, " + s.population().size() + " customers, seed " + s.seed()
                + (stepping == Stepping.DAILY ? "" : ", " + stepping.key() + " stepping");
    }

    private List<StrategyRun> simulate(Scenario s, long[] seeds, Loaded l, int threads, Stepping stepping)
            throws InterruptedException {
        return compare.withStepping(stepping).simulateAll(s, seeds, l.strategies(), threads, (done, total) -> { }).runs();
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
        byte[] bytes = io.campaignsim.core.InputFiles.readAll(file, ScenarioLoader.MAX_FILE_BYTES, "a scenario file");
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
