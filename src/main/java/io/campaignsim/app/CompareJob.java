package io.campaignsim.app;

import io.campaignsim.compare.Comparison;
import io.campaignsim.compare.ComparisonAnalysis;
import io.campaignsim.compare.ExperimentTrace;
import io.campaignsim.compare.FactorialEffect;
import io.campaignsim.compare.HoldoutExperiment;
import io.campaignsim.compare.ModelQuality;
import io.campaignsim.compare.ScoreSnapshot;
import io.campaignsim.compare.StrategyRun;
import io.campaignsim.strategy.baseline.RandomArms;
import io.campaignsim.core.IoFaults;
import io.campaignsim.core.Metric;
import io.campaignsim.core.OutputPaths;
import io.campaignsim.core.UserInputException;
import io.campaignsim.engine.CustomerOutcomes;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.Stepping;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationBudget;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.random.RandomStreams.Purpose;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.compare.ComparisonPages;
import io.campaignsim.report.compare.ComparisonReport;
import io.campaignsim.report.compare.FactorialCsv;
import io.campaignsim.report.compare.ScoresCsv;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.ScoringModel;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.StrategyPolicy;
import io.campaignsim.strategy.TestDay;
import io.campaignsim.strategy.TestHistory;
import io.campaignsim.strategy.oracle.TrueOutlook;
import io.campaignsim.strategy.oracle.TrueResponse;
import io.campaignsim.strategy.spec.OracleSpec;
import io.campaignsim.strategy.spec.StrategyFootprint;
import io.campaignsim.strategy.spec.StrategyRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code compare} use case: run every strategy of the scenario in R replications and
 * compare them. In a replication all strategies share one population and one stream of world
 * draws (common random numbers), so their differences are measured precisely and are paired
 * across replications; replications differ in population and draws. Replications run in
 * parallel; results do not depend on the thread count.
 */
public final class CompareJob {

    /**
     * What the user asked for; null keeps the scenario's value.
     *
     * @param stepping how the engine advances time in every run ({@code --stepping}, default daily)
     */
    public record Request(Path scenarioFile, List<String> strategies, Integer replications, Long seed, Integer days,
            Long size, int threads, Path out, boolean allowLong, boolean scores, Stepping stepping) {

        public Request {
            java.util.Objects.requireNonNull(stepping, "stepping");
        }

        /** On the daily engine. */
        public Request(Path scenarioFile, List<String> strategies, Integer replications, Long seed, Integer days,
                Long size, int threads, Path out, boolean allowLong, boolean scores) {
            this(scenarioFile, strategies, replications, seed, days, size, threads, out, allowLong, scores,
                    Stepping.DAILY);
        }

        /** Without per-customer scores, on the daily engine. */
        public Request(Path scenarioFile, List<String> strategies, Integer replications, Long seed, Integer days,
                Long size, int threads, Path out, boolean allowLong) {
            this(scenarioFile, strategies, replications, seed, days, size, threads, out, allowLong, false);
        }
    }

    /** What was done. */
    public record Outcome(Comparison comparison, List<StrategyRun> runs, Path outDir, List<Path> files, long elapsedMillis) {}

    /**
     * All runs, the multivariate tests' effect estimates, the breakdowns, the fixed-arm runs and
     * (when asked for) every model's scores per customer at the end of its warm-up in replication 0.
     *
     * @param fixedArms runs of each distinct arm of the learning strategies played alone (type
     *     {@value #FIXED_ARM_TYPE}, named {@code arm:<label>}) on the same replications: the
     *     comparators of regret against the best fixed arm; empty unless asked for
     * @param scores per-customer scores ({@code compare --scores}); empty unless asked for
     */
    public record Simulated(List<StrategyRun> runs, List<FactorialEffect> factorial,
            List<io.campaignsim.report.BreakdownCsv.Row> breakdowns, List<StrategyRun> fixedArms,
            List<ScoreSnapshot> scores)
            implements java.io.Serializable {

        public Simulated(List<StrategyRun> runs, List<FactorialEffect> factorial) {
            this(runs, factorial, List.of());
        }

        public Simulated(List<StrategyRun> runs, List<FactorialEffect> factorial,
                List<io.campaignsim.report.BreakdownCsv.Row> breakdowns) {
            this(runs, factorial, breakdowns, List.of(), List.of());
        }
    }

    /** Type of the runs that play one arm on every opportunity. */
    public static final String FIXED_ARM_TYPE = "fixed_arm";

    /** File of the per-customer scores ({@code --scores}). */
    public static final String SCORES_FILE = ScoresCsv.FILE;

    /** File with the multivariate tests' main effects and interactions (only when there is one). */
    public static final String FACTORIAL_FILE = FactorialCsv.FILE;

    /** Called after each (replication, strategy) run with the number done and the total. */
    @FunctionalInterface
    public interface ProgressListener {
        void done(int completed, int total);
    }

    /** Confidence level of every interval of a comparison. */
    static final double LEVEL = 0.95;

    /** Appended to report.out so that compare does not replace simulate's folder. */
    public static final String OUT_SUFFIX = "-compare";

    /** The no-op decorator, kept as one instance so that {@link #work} can recognise it. */
    private static final UnaryOperator<Strategy> IDENTITY = UnaryOperator.identity();

    private final StrategyRegistry registry = new StrategyRegistry();
    private final UnaryOperator<Strategy> decorate;
    private final ExecutionEngine engine;
    private final Stepping stepping;

    public CompareJob() {
        this(IDENTITY);
    }

    /** A job whose replications run on {@code engine} (e.g. a Spark cluster); results do not depend on it. */
    public CompareJob(ExecutionEngine engine) {
        this(IDENTITY, engine);
    }

    /**
     * A job whose every strategy is wrapped by {@code decorate} after it is built: the seam through
     * which a test injects a known policy change (e.g. one that withholds a tenth of the contacts)
     * to measure what {@code check} can detect.
     */
    public CompareJob(UnaryOperator<Strategy> decorate) {
        this(decorate, new LocalEngine());
    }

    private CompareJob(UnaryOperator<Strategy> decorate, ExecutionEngine engine) {
        this(decorate, engine, Stepping.DAILY);
    }

    private CompareJob(UnaryOperator<Strategy> decorate, ExecutionEngine engine, Stepping stepping) {
        this.decorate = decorate;
        this.engine = engine;
        this.stepping = java.util.Objects.requireNonNull(stepping, "stepping");
    }

    /** The engine this job's replications run on. */
    public ExecutionEngine engine() {
        return engine;
    }

    /** How this job's runs advance time (default daily); every replication task carries it. */
    public Stepping stepping() {
        return stepping;
    }

    /** This job (same engine and decorator) with every run on {@code s}. */
    public CompareJob withStepping(Stepping s) {
        return s == stepping ? this : new CompareJob(decorate, engine, s);
    }

    /**
     * What a worker does with one replication. Without a decorator it is the static
     * {@link #runTask}, which any node can run from the task alone; a decorated job's work captures
     * its decorator and so stays on the local engine.
     */
    private ReplicationWork work() {
        if (decorate == IDENTITY) {
            return CompareJob::runTask;
        }
        return (task, threads, onRunDone) -> replication(task.scenario().withSeed(task.seed()), task.strategies(),
                task.replication(), threads, onRunDone, task.fixedArms(), task.scores(), task.stepping());
    }

    /** Runs one replication task from nothing but the task: the work every engine's workers do. */
    public static Simulated runTask(ReplicationTask task, int threads, Runnable onRunDone) throws InterruptedException {
        return new CompareJob().replication(task.scenario().withSeed(task.seed()), task.strategies(),
                task.replication(), threads, onRunDone, task.fixedArms(), task.scores(), task.stepping());
    }

    public Outcome run(Request req, ProgressListener progress) throws IOException, InterruptedException {
        if (req.stepping() != stepping) {
            return withStepping(req.stepping()).run(req, progress);
        }
        long started = System.nanoTime();
        Scenario scenario = new ScenarioOverrides(req.seed(), req.days(), req.size(), req.replications())
                .apply(new ScenarioLoader().load(req.scenarioFile()));
        List<StrategySpec> strategies = select(scenario, req.strategies(), req.scenarioFile().toString());
        Path outDir = req.out() != null ? req.out() : Path.of(scenario.report().out() + OUT_SUFFIX);
        AtomicOutputDirectory.check(outDir);
        OutputPaths.checkFolder(outDir, req.out() != null ? "--out" : "report.out");
        // each distinct arm of the learning strategies is also played alone, for regret against the best fixed arm:
        // those are runs too (24 for a send-time strategy), so the time guard and the progress count them
        int armRuns = FixedArms.count(scenario, strategies);
        int runsPerReplication = strategies.size() + armRuns;
        WorkBudget.check((double) scenario.population().size() * scenario.horizonDays(),
                scenario.replications() * runsPerReplication, scenario.replications() * (armRuns + strategies.stream()
                        .mapToDouble(st -> StrategyFootprint.relativeCost(st, scenario)).sum()), req.threads(), req.allowLong());
        checkMemory(scenario, strategies, req.threads());
        progress.done(0, scenario.replications() * runsPerReplication); // an early Ctrl-C says "0 of N runs"
        Simulated simulated = simulateAll(scenario, replicationSeeds(scenario), strategies, req.threads(), progress,
                true, req.scores());
        List<StrategyRun> runs = simulated.runs();
        Comparison comparison = ComparisonAnalysis.analyze(runs, simulated.fixedArms(), scenario.economics().objective(),
                LEVEL);
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(outDir)) {
            List<Path> files;
            try {
                files = new ArrayList<>(ComparisonReport.write(comparison, journeyTotals(simulated.breakdowns()),
                        stepping.key(), out.staging()));
                if (!simulated.factorial().isEmpty()) {
                    files.add(FactorialCsv.write(simulated.factorial(), out.staging()));
                }
                if (req.scores()) {
                    files.add(ScoresCsv.write(simulated.scores(), out.staging()));
                }
                files.add(io.campaignsim.report.BreakdownCsv.write(simulated.breakdowns(), out.staging()));
                files.addAll(ComparisonPages.writeForCompare(out.staging(), scenario, req.scenarioFile(),
                        stepping.key(), (System.nanoTime() - started) / 1e9));
            } catch (IOException e) {
                throw out.writeFailed(e);
            }
            out.commit();
            return new Outcome(comparison, runs, outDir, files.stream().map(f -> outDir.resolve(f.getFileName())).toList(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            if (IoFaults.isInterruption(e)) {
                throw e;
            }
            throw IoFaults.fault(e, "write the report", outDir);
        }
    }

    /**
     * Runs every strategy in every replication of {@code scenario} and returns the runs in
     * (replication, strategy) order; writes nothing.
     */
    public List<StrategyRun> simulate(Scenario scenario, List<StrategySpec> strategies, int threads,
            ProgressListener progress) throws InterruptedException {
        return simulateAll(scenario, strategies, threads, progress).runs();
    }

    /**
     * The seed of each replication of {@code scenario}: replication 0 runs on the scenario's own
     * seed (so it reproduces {@code simulate}), the others on seeds derived from it.
     */
    public static long[] replicationSeeds(Scenario scenario) {
        long[] seeds = new long[scenario.replications()];
        for (int rep = 0; rep < seeds.length; rep++) {
            seeds[rep] = rep == 0 ? scenario.seed() : RandomStreams.seed(scenario.seed(), Purpose.REPLICATION, rep);
        }
        return seeds;
    }

    /** As {@link #simulate}, with the multivariate tests' effect estimates. */
    public Simulated simulateAll(Scenario scenario, List<StrategySpec> strategies, int threads,
            ProgressListener progress) throws InterruptedException {
        return simulateAll(scenario, replicationSeeds(scenario), strategies, threads, progress);
    }

    /**
     * As {@link #simulateAll(Scenario, List, int, ProgressListener)} on the given replication seeds
     * (one replication each), e.g. a stored baseline's, so that two runs are paired replication by
     * replication.
     */
    public Simulated simulateAll(Scenario scenario, long[] replicationSeeds, List<StrategySpec> strategies, int threads,
            ProgressListener progress) throws InterruptedException {
        return simulateAll(scenario, replicationSeeds, strategies, threads, progress, false, false);
    }

    /**
     * As above; with {@code fixedArms}, each replication also plays every distinct arm of its
     * strategies with two or more arms alone on every opportunity (the oracle's excepted), for
     * regret against the best fixed arm. Those runs use strategy indexes after the scenario's, so
     * they change no draw of the scenario's strategies. With {@code keepScores} every model's
     * per-customer scores of replication 0 are kept.
     */
    public Simulated simulateAll(Scenario scenario, long[] replicationSeeds, List<StrategySpec> strategies, int threads,
            ProgressListener progress, boolean fixedArms, boolean keepScores) throws InterruptedException {
        checkMemory(scenario, strategies, threads);
        int armRuns0 = fixedArms ? FixedArms.count(scenario, strategies) : 0;
        List<ReplicationTask> tasks = new ArrayList<>(replicationSeeds.length);
        for (int r = 0; r < replicationSeeds.length; r++) {
            tasks.add(new ReplicationTask(scenario, strategies, r, replicationSeeds[r], armRuns0, keepScores && r == 0,
                    stepping));
        }
        List<ScoreSnapshot> scores = new ArrayList<>();
        List<FactorialEffect> factorial = new ArrayList<>();
        List<StrategyRun> runs = new ArrayList<>();
        List<io.campaignsim.report.BreakdownCsv.Row> breakdowns = new ArrayList<>();
        List<StrategyRun> armRuns = new ArrayList<>();
        for (Simulated one : engine.run(tasks, work(), threads, progress)) {
            runs.addAll(one.runs());
            factorial.addAll(one.factorial());
            breakdowns.addAll(one.breakdowns());
            armRuns.addAll(one.fixedArms());
            scores.addAll(one.scores());
        }
        return new Simulated(List.copyOf(runs), List.copyOf(factorial), List.copyOf(breakdowns), List.copyOf(armRuns),
                List.copyOf(scores));
    }

    /** Takes the runs of one scenario of a batch, in (replication, strategy) order. */
    @FunctionalInterface
    public interface BatchSink {
        void accept(int scenario, List<StrategyRun> runs) throws IOException, InterruptedException;
    }

    /**
     * Runs the replications of every scenario as one batch of tasks on this job's engine (on a
     * cluster: one job, so that all of them can run at once) and hands each scenario's runs to
     * {@code sink}, on this thread, as soon as all its replications are back; scenarios finish in any
     * order. Each scenario's runs are those {@link #simulateAll(Scenario, long[], List, int,
     * ProgressListener)} returns.
     */
    public void simulateBatch(List<Scenario> scenarios, long[] replicationSeeds, List<StrategySpec> strategies,
            int threads, ProgressListener progress, BatchSink sink) throws IOException, InterruptedException {
        int reps = replicationSeeds.length;
        List<ReplicationTask> tasks = new ArrayList<>(scenarios.size() * reps);
        for (Scenario scenario : scenarios) {
            checkMemory(scenario, strategies, threads);
            for (int r = 0; r < reps; r++) {
                tasks.add(new ReplicationTask(scenario, strategies, r, replicationSeeds[r], 0, false, stepping));
            }
        }
        Simulated[][] back = new Simulated[scenarios.size()][reps];
        int[] count = new int[scenarios.size()];
        engine.runEach(tasks, work(), threads, progress, (task, result) -> {
            int s = task / reps;
            back[s][task % reps] = result;
            if (++count[s] == reps) {
                List<StrategyRun> runs = new ArrayList<>();
                for (Simulated one : back[s]) {
                    runs.addAll(one.runs());
                }
                back[s] = null; // handed over: the driver keeps only scenarios still running
                sink.accept(s, List.copyOf(runs));
            }
        });
    }

    /**
     * The memory guard for a comparison: each replication running at once holds its population
     * and, while the strategy with the largest model fits it, that model's training rows (the
     * strategies of one replication run one after another).
     */
    static void checkMemory(Scenario scenario, List<StrategySpec> strategies, int threads) {
        int parallel = Math.max(1, Math.min(threads, scenario.replications()));
        long size = scenario.population().size();
        StrategySpec largest = null;
        long perCustomer = 0;
        for (StrategySpec st : strategies) {
            long b = StrategyFootprint.bytesPerCustomer(st, scenario);
            if (b > perCustomer) {
                perCustomer = b;
                largest = st;
            }
            if (StrategyFootprint.largestArray(st, scenario) > Integer.MAX_VALUE - 8) {
                throw new UserInputException("strategy '" + st.name() + "' (" + st.type() + ") would keep "
                        + size + " customers x " + StrategyFootprint.warmupRowsPerCustomer(st, scenario)
                        + " warm-up days of " + StrategyFootprint.rowFeatures(scenario) + " features, more values than "
                        + "one Java array holds; expected a smaller --size or fewer warmup_days");
            }
        }
        // The journey policy's own learners (send_time or channel_choice: learned) run under every strategy.
        perCustomer += PopulationBudget.policyLearningBytes(scenario);
        long review = PopulationBudget.microReviewBytesPerCustomer(scenario);
        // every run also keeps each customer's outcomes in both worlds and the holdout split, for the holdout test
        long outcomes = CustomerOutcomes.BYTES_PER_CUSTOMER + 1;
        PopulationBudget.check(size * parallel, scenario.channels().size(), scenario.catalog().categories().size(),
                PopulationBudget.availableHeap(), (perCustomer + review + outcomes) * size * parallel, (largest == null ? ""
                        : "the training rows of strategy '" + largest.name() + "' (" + largest.type() + ", "
                                + StrategyFootprint.warmupRowsPerCustomer(largest, scenario) + " warm-up days) and ")
                        + "the micro review's per-customer state and every customer's outcomes for the holdout test"
                        + (parallel > 1 ? " in " + parallel + " replications at once" : ""));
    }

    static List<StrategySpec> select(Scenario s, List<String> names, String file) {
        if (s.strategies().isEmpty()) {
            throw new UserInputException(file + ": the scenario has no strategies; add a 'strategies:' list, e.g. "
                    + "- { name: control, type: holdout } (see docs/scenario.md)");
        }
        List<StrategySpec> chosen = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            chosen.addAll(s.strategies());
        } else {
            List<String> known = s.strategies().stream().map(StrategySpec::name).toList();
            for (String n : names) {
                if (names.indexOf(n) != names.lastIndexOf(n)) {
                    throw new UserInputException("--strategies names '" + n + "' twice; expected each strategy once, e.g. "
                            + "--strategies " + String.join(",", new java.util.LinkedHashSet<>(names)));
                }
                int i = known.indexOf(n);
                if (i < 0) {
                    throw new UserInputException("--strategies names '" + n + "'"
                            + io.campaignsim.scenario.MapReader.suggestion(n, known) + ", which " + file
                            + " does not declare; expected some of " + String.join(", ", known));
                }
                chosen.add(s.strategies().get(i));
            }
        }
        if (chosen.stream().allMatch(spec -> OracleSpec.TYPE.name().equals(spec.type()))) {
            throw new UserInputException("--strategies names only the oracle (" + String.join(", ",
                    chosen.stream().map(StrategySpec::name).toList()) + "), which is the yardstick, not a strategy to "
                    + "compare; expected at least one other strategy of " + file + ", e.g. --strategies "
                    + s.strategies().stream().filter(x -> !OracleSpec.TYPE.name().equals(x.type()))
                            .findFirst().map(StrategySpec::name).orElse("control") + "," + chosen.get(0).name());
        }
        return List.copyOf(chosen);
    }

    private Simulated replication(Scenario scenario, List<StrategySpec> strategies, int rep, int threads,
            Runnable onRunDone, boolean fixedArms, boolean keepScores, Stepping stepping) throws InterruptedException {
        List<FactorialEffect> factorial = new ArrayList<>();
        List<ScoreSnapshot> scores = new ArrayList<>();
        List<io.campaignsim.report.BreakdownCsv.Row> breakdowns = new ArrayList<>();
        Scenario sc = scenario;
        Population population = new PopulationGenerator(sc).generate(threads);
        // one split a replication: every strategy's test holds out the same customers (common random numbers)
        boolean[] heldOut = HoldoutExperiment.assign(sc.seed(), rep, population.size(), sc.holdoutShare());
        List<StrategyRun> out = new ArrayList<>();
        java.util.Map<String, Arm> distinctArms = new java.util.LinkedHashMap<>();
        for (int s = 0; s < strategies.size(); s++) {
            StrategySpec spec = strategies.get(s);
            int index = s;
            StrategyPolicy[] holder = new StrategyPolicy[1];
            TrueResponse[] truth = new TrueResponse[1];
            ScoreSnapshot[] snapshot = new ScoreSnapshot[1];
            ModelQuality[] predictionQuality = new ModelQuality[1];
            // Only the oracle gets the hidden state (its TrueResponse); other strategies never see truth[0].
            // The watch scores a fitted model against the hidden state at the end of the warm-up, from outside.
            SimulationEngine engine = SimulationEngine.builder(sc, population).threads(threads).oraclePolicy((history, hidden) -> {
                truth[0] = new TrueResponse(sc, population.truth(), history, hidden);
                StrategyContext ctx = new StrategyContext(sc, history, truth[0], index, rep);
                Strategy built = decorate.apply(registry.create(spec, ctx));
                Strategy watched = new WarmupEndWatch(built, day -> {
                    if (!built.predictors().isEmpty()) {
                        var p = built.predictors().get(0);
                        snapshot[0] = PredictionScorer.snapshot(sc, p, history,
                                new TrueOutlook(sc, population.truth(), history, hidden), day, spec.name(), rep);
                        predictionQuality[0] = PredictionScorer.quality(snapshot[0], p.prediction().probability(),
                                PredictionScorer.labelSeed(sc));
                    } else if (keepScores) {
                        snapshot[0] = new ModelScorer(sc, truth[0]).snapshot(built.scoringModel().orElseThrow(),
                                built.arms(), history, day, spec.name(), rep);
                    }
                });
                holder[0] = new StrategyPolicy(sc, history, watched, rep, index);
                return holder[0];
            }).customerOutcomes(true).stepping(stepping).build();
            SimulationEngine.Run run = engine.runDetailed(SimulationEngine.RunOptions.withBreakdown(rep));
            StrategyPolicy policy = holder[0];
            Strategy strategy = policy.strategy();
            List<String> arms = strategy.arms().stream().map(Arm::label).toList();
            ModelQuality quality = predictionQuality[0] != null ? predictionQuality[0]
                    : strategy.scoringModel().filter(ScoringModel::fitted)
                            .map(m -> new ModelScorer(sc, truth[0]).score(m, strategy.arms(), policy.history(), sc.horizonDays()))
                            .orElse(null);
            if (keepScores && snapshot[0] != null) {
                scores.add(snapshot[0]);
            }
            out.add(new StrategyRun(spec.name(), spec.type(), rep, run.result(),
                    run.result().total().get(Metric.PROFIT) + run.futureValue(), arms,
                    policy.pullsByDay(), quality, strategy.testHistory().map(t -> trace(t, arms)).orElse(null),
                    HoldoutExperiment.test(run.outcomes(), run.result(), heldOut, sc.holdoutShare(), LEVEL)));
            strategy.factorialEffects().forEach(e -> factorial.add(new FactorialEffect(spec.name(), rep, e)));
            breakdowns.add(new io.campaignsim.report.BreakdownCsv.Row(spec.name(), rep, run.breakdown()));
            FixedArms.collect(spec, strategy.arms(), distinctArms);
            onRunDone.run();
        }
        List<StrategyRun> armRuns = new ArrayList<>();
        if (fixedArms) {
            int index = strategies.size();
            for (Arm arm : distinctArms.values()) {
                armRuns.add(fixedArm(sc, population, arm, rep, index++, threads, stepping));
                onRunDone.run();
            }
        }
        return new Simulated(out, factorial, breakdowns, armRuns, scores);
    }

    /** One arm on every opportunity the journey policy offers (contact rate 1), on this replication's draws. */
    private static StrategyRun fixedArm(Scenario sc, Population population, Arm arm, int rep, int index, int threads,
            Stepping stepping) throws InterruptedException {
        StrategyPolicy[] holder = new StrategyPolicy[1];
        SimulationEngine engine = SimulationEngine.builder(sc, population).threads(threads).oraclePolicy((history, hidden) -> {
            holder[0] = new StrategyPolicy(sc, history, new RandomArms(List.of(arm), 1.0), rep, index);
            return holder[0];
        }).stepping(stepping).build();
        SimulationEngine.Run run = engine.runDetailed(SimulationEngine.RunOptions.of(rep));
        return new StrategyRun("arm:" + arm.label(), FIXED_ARM_TYPE, rep, run.result(),
                run.result().total().get(Metric.PROFIT) + run.futureValue(), List.of(arm.label()),
                holder[0].pullsByDay(), null, null, null);
    }

    /** The day-by-day history of an A/B or multivariate test, as compare reports it. */
    private static ExperimentTrace trace(TestHistory test, List<String> arms) {
        List<TestDay> history = test.history();
        return new ExperimentTrace(arms, history.stream().mapToInt(TestDay::day).toArray(),
                history.stream().map(TestDay::pValues).toArray(double[][]::new),
                history.stream().map(TestDay::trials).toArray(long[][]::new),
                history.stream().map(TestDay::successes).toArray(long[][]::new),
                test.comparisonAlpha(), test.decidedOnDay(), test.mde());
    }


    /** Each strategy's journey and rule counts, the mean over its replications, for comparison.json. */
    static java.util.Map<String, io.campaignsim.report.JourneysJson.Totals> journeyTotals(
            List<io.campaignsim.report.BreakdownCsv.Row> breakdowns) {
        java.util.Map<String, List<io.campaignsim.engine.JourneyCounts>> runs = new java.util.LinkedHashMap<>();
        for (io.campaignsim.report.BreakdownCsv.Row r : breakdowns) {
            runs.computeIfAbsent(r.strategy(), k -> new ArrayList<>()).add(r.breakdown().journeys());
        }
        java.util.Map<String, io.campaignsim.report.JourneysJson.Totals> out = new java.util.LinkedHashMap<>();
        runs.forEach((name, list) -> out.put(name, io.campaignsim.report.JourneysJson.Totals.mean(list)));
        return out;
    }
}
