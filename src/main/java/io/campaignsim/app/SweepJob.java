package io.campaignsim.app;

import io.campaignsim.compare.StrategyRun;
import io.campaignsim.compare.sweep.PointResult;
import io.campaignsim.compare.sweep.SweepAnalysis;
import io.campaignsim.compare.sweep.SweepDesign;
import io.campaignsim.compare.sweep.SweepPlan;
import io.campaignsim.compare.sweep.SweepPoint;
import io.campaignsim.compare.sweep.SweepResult;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.IoFaults;
import io.campaignsim.core.OutputPaths;
import io.campaignsim.core.UserInputException;
import io.campaignsim.core.Version;
import io.campaignsim.engine.Stepping;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.sweep.SweepCheckpoint;
import io.campaignsim.report.sweep.SweepReport;
import io.campaignsim.scenario.Problem;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioDocument;
import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.ScenarioTree;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.SweepParameter;
import io.campaignsim.scenario.SweepSpec;
import io.campaignsim.scenario.yaml.YamlNode;
import io.campaignsim.strategy.spec.OracleSpec;
import io.campaignsim.strategy.spec.StrategyFootprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The {@code sweep} use case: run the chosen strategies over the points of a design on scenario
 * parameters, with replications on the same seeds at every point (common random numbers), and report
 * each point's figures, the best configuration and those not significantly worse.
 *
 * <p>Work is done point by point; every finished point is stored in the output's checkpoint
 * ({@link SweepCheckpoint}), so a stopped sweep resumes where it stopped when the same command is run
 * again, with a result byte-identical to an uninterrupted run. Within a point the local engine runs the
 * replications in parallel ({@link CompareJob#simulateAll}); the unit of work a distributed engine would
 * ship is the {@link io.campaignsim.compare.sweep.WorkItem} (point, strategy, replication).
 */
public final class SweepJob {

    /** What the user asked for; null keeps the scenario's (or the sweep block's) value. */
    public record Request(Path scenarioFile, List<String> sets, String design, Integer points, List<String> strategies,
            Integer replications, Long seed, Integer days, Long size, int threads, Path out, boolean allowLong,
            boolean fresh, Stepping stepping) {

        public Request {
            java.util.Objects.requireNonNull(stepping, "stepping");
        }

        /** On the daily engine. */
        public Request(Path scenarioFile, List<String> sets, String design, Integer points, List<String> strategies,
                Integer replications, Long seed, Integer days, Long size, int threads, Path out, boolean allowLong,
                boolean fresh) {
            this(scenarioFile, sets, design, points, strategies, replications, seed, days, size, threads, out, allowLong,
                    fresh, Stepping.DAILY);
        }
    }

    /** What was done. */
    public record Outcome(SweepResult result, Path outDir, List<Path> files, int resumedPoints, long elapsedMillis) {}

    /** Called after each (point, replication, strategy) run with the runs done and the total. */
    @FunctionalInterface
    public interface ProgressListener {
        void done(long completed, long total);
    }

    /** Called after each point is stored; a test seam that can stop the sweep there. */
    @FunctionalInterface
    public interface PointListener {
        void stored(int pointsDone, int pointsTotal) throws InterruptedException;
    }

    /** Appended to report.out so that sweep does not replace simulate's or compare's folder. */
    public static final String OUT_SUFFIX = "-sweep";

    private final ScenarioLoader loader = new ScenarioLoader();
    private final CompareJob compare;

    public SweepJob() {
        this(new CompareJob());
    }

    /**
     * A sweep whose points run their replications through {@code compare}'s engine (e.g. Spark):
     * each point's replications are one batch of tasks; results do not depend on the engine.
     */
    public SweepJob(CompareJob compare) {
        this.compare = compare;
    }

    public Outcome run(Request req, ProgressListener progress) throws IOException, InterruptedException {
        return run(req, progress, (done, total) -> {});
    }

    public Outcome run(Request req, ProgressListener progress, PointListener points)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        ScenarioDocument doc = loader.loadDocument(req.scenarioFile());
        String file = req.scenarioFile().toString();
        ScenarioOverrides overrides = new ScenarioOverrides(req.seed(), req.days(), req.size(), req.replications());
        Scenario base = overrides.apply(doc.scenario());
        List<SweepParameter> parameters = parameters(req, doc, file);
        checkOverridesKeepParameters(req, parameters);
        SweepDesign design = design(req, doc);
        int requested = requestedPoints(req, doc, design, parameters);
        checkValues(parameters, doc, file);
        List<SweepPoint> designPoints = design.points(parameters, requested, base.seed());
        List<StrategySpec> strategies = CompareJob.select(base, req.strategies(), file);
        SweepPlan plan = new SweepPlan(parameters, design, requested, designPoints,
                strategies.stream().map(StrategySpec::name).toList(), CompareJob.replicationSeeds(base), req.stepping());
        CompareJob compare = this.compare.withStepping(req.stepping());
        List<Scenario> scenarios = pointScenarios(doc, overrides, plan, file);

        Path outDir = req.out() != null ? req.out() : Path.of(base.report().out() + OUT_SUFFIX);
        AtomicOutputDirectory.check(outDir);
        OutputPaths.checkFolder(outDir, req.out() != null ? "--out" : "report.out");
        int pointCount = plan.points().size();
        WorkBudget.check((double) base.population().size() * base.horizonDays(),
                (int) Math.min(Integer.MAX_VALUE, (long) pointCount * base.replications() * strategies.size()),
                (double) pointCount * base.replications() * strategies.stream()
                        .mapToDouble(st -> StrategyFootprint.relativeCost(st, base)).sum(), req.threads(), req.allowLong());
        for (Scenario sc : scenarios) {
            CompareJob.checkMemory(sc, strategies, req.threads());
        }

        long perPoint = (long) base.replications() * strategies.size();
        long total = perPoint * pointCount;
        List<PointResult> results = new ArrayList<>();
        int resumed = 0;
        try (SweepCheckpoint checkpoint = SweepCheckpoint.open(outDir, fingerprint(req.scenarioFile(), base, plan), req.fresh())) {
            progress.done(0, total);
            if (compare.engine() instanceof LocalEngine) {
                for (SweepPoint point : plan.points()) {
                    Optional<PointResult> stored = checkpoint.load(point, strategies.size(), base.replications());
                    PointResult result;
                    if (stored.isPresent()) {
                        result = stored.get();
                        resumed++;
                    } else {
                        long offset = perPoint * point.index();
                        List<StrategyRun> runs = compare.simulateAll(scenarios.get(point.index()), plan.replicationSeeds(),
                                strategies, req.threads(), (done, all) -> progress.done(offset + done, total)).runs();
                        result = pointResult(point.index(), runs, plan);
                        checkpoint.save(point, result);
                    }
                    results.add(result);
                    progress.done(perPoint * (point.index() + 1), total);
                    points.stored(point.index() + 1, pointCount);
                }
            } else {
                resumed = runAsOneBatch(compare, req, plan, scenarios, strategies, checkpoint, results, progress, points);
            }
            List<Integer> oracles = IntStream.range(0, strategies.size())
                    .filter(i -> OracleSpec.TYPE.name().equals(strategies.get(i).type())).boxed().toList();
            CompareMetric objective = io.campaignsim.compare.Objective.parse(base.economics().objective()).metric();
            SweepAnalysis.Result analysis = SweepAnalysis.analyze(results, objective, Set.copyOf(oracles), 0.05);
            SweepResult result = new SweepResult(base.name(), plan, results, analysis, oracles);
            List<Path> files = write(outDir, result);
            checkpoint.discard();
            return new Outcome(result, outDir, files, resumed, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            if (IoFaults.isInterruption(e)) {
                throw e;
            }
            throw IoFaults.fault(e, "write the sweep", outDir);
        }
    }

    /**
     * A cluster engine gets every (point, replication) not yet checkpointed as one batch, so that all
     * of them can run at once; each point is checkpointed as soon as its last replication is back
     * (points finish in any order), so a stopped sweep resumes exactly as the point-by-point loop's.
     *
     * @return the points resumed from the checkpoint
     */
    private static int runAsOneBatch(CompareJob compare, Request req, SweepPlan plan, List<Scenario> scenarios, List<StrategySpec> strategies,
            SweepCheckpoint checkpoint, List<PointResult> results, ProgressListener progress, PointListener points)
            throws IOException, InterruptedException {
        int pointCount = plan.points().size();
        long perPoint = (long) plan.replications() * strategies.size();
        long total = perPoint * pointCount;
        PointResult[] byPoint = new PointResult[pointCount];
        List<SweepPoint> pending = new ArrayList<>();
        for (SweepPoint point : plan.points()) {
            Optional<PointResult> stored = checkpoint.load(point, strategies.size(), plan.replications());
            if (stored.isPresent()) {
                byPoint[point.index()] = stored.get();
            } else {
                pending.add(point);
            }
        }
        int resumed = pointCount - pending.size();
        long before = perPoint * resumed;
        progress.done(before, total);
        int[] stored = {resumed};
        compare.simulateBatch(pending.stream().map(p -> scenarios.get(p.index())).toList(), plan.replicationSeeds(),
                strategies, req.threads(), (done, all) -> progress.done(before + done, total), (k, runs) -> {
                    SweepPoint point = pending.get(k);
                    PointResult result = pointResult(point.index(), runs, plan);
                    checkpoint.save(point, result);
                    byPoint[point.index()] = result;
                    points.stored(++stored[0], pointCount);
                });
        results.addAll(List.of(byPoint));
        progress.done(total, total);
        return resumed;
    }

    private static List<Path> write(Path outDir, SweepResult result) throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(outDir)) {
            List<Path> files;
            try {
                files = SweepReport.write(result, out.staging());
            } catch (IOException e) {
                throw out.writeFailed(e);
            }
            out.commit();
            return files.stream().map(f -> outDir.resolve(f.getFileName())).toList();
        }
    }

    /** The values of every strategy in every replication of one point. */
    static PointResult pointResult(int point, List<StrategyRun> runs, SweepPlan plan) {
        CompareMetric[] metrics = CompareMetric.values();
        double[][][] v = new double[plan.strategies().size()][plan.replications()][metrics.length];
        for (StrategyRun run : runs) {
            int s = plan.strategies().indexOf(run.strategy());
            for (CompareMetric m : metrics) {
                v[s][run.replication()][m.ordinal()] = run.value(m);
            }
        }
        return new PointResult(point, v);
    }

    private List<SweepParameter> parameters(Request req, ScenarioDocument doc, String file) {
        List<SweepParameter> out = new ArrayList<>();
        if (req.sets() != null && !req.sets().isEmpty()) {
            for (String arg : req.sets()) {
                SweepParameter p;
                try {
                    p = SweepParameter.parseSet(arg);
                } catch (IllegalArgumentException e) {
                    throw new UserInputException(e.getMessage());
                }
                if (out.stream().anyMatch(q -> q.path().equals(p.path()))) {
                    throw new UserInputException(p.source() + ": " + p.path() + " is swept twice; expected each path in "
                            + "one --set with all its values, e.g. --set " + p.path() + "=1,2,3");
                }
                String wrongPath = loader.problemWith(doc.root(), p.path(), p.checkedValues().get(0));
                if (wrongPath != null && wrongPath.startsWith("path '")) {
                    throw new UserInputException(p.source() + ": " + wrongPath.replace("(at ", "(at " + file + ":"));
                }
                out.add(p);
            }
            return out;
        }
        if (doc.sweep() != null) {
            return doc.sweep().parameters();
        }
        throw new UserInputException(file + ": nothing to sweep; expected --set PATH=VALUES (e.g. --set "
                + "policy.frequency_cap.per_week=1,2,3,4) or a 'sweep:' block in the scenario (see docs/sweep.md)");
    }

    /** Each --set value on its own: its type and range, as the loader checks the key (the block's were checked on load). */
    private void checkValues(List<SweepParameter> parameters, ScenarioDocument doc, String file) {
        for (SweepParameter p : parameters) {
            if (!p.source().startsWith("--set ")) {
                continue;
            }
            for (String value : p.checkedValues()) {
                String wrong = loader.problemWith(doc.root(), p.path(), value);
                if (wrong != null) {
                    throw new UserInputException(p.source() + ": value " + value + ": "
                            + wrong.replace("(at ", "(at " + file + ":"));
                }
            }
        }
    }

    /** --days or --size would override a swept horizon_days or population.size at every point. */
    private static void checkOverridesKeepParameters(Request req, List<SweepParameter> parameters) {
        for (SweepParameter p : parameters) {
            List<String> parts = ScenarioTree.segments(p.path());
            if (req.days() != null && parts.equals(List.of("horizon_days"))) {
                throw new UserInputException("--days fixes horizon_days, which " + p.source() + " sweeps; expected one "
                        + "of them");
            }
            if (req.size() != null && parts.equals(List.of("population", "size"))) {
                throw new UserInputException("--size fixes population.size, which " + p.source() + " sweeps; expected "
                        + "one of them");
            }
        }
    }

    private static SweepDesign design(Request req, ScenarioDocument doc) {
        String name = req.design() != null ? req.design() : doc.sweep() != null ? doc.sweep().design() : "grid";
        try {
            return SweepDesign.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--design " + e.getMessage().replaceFirst("^design ", ""));
        }
    }

    private static int requestedPoints(Request req, ScenarioDocument doc, SweepDesign design, List<SweepParameter> ps) {
        if (design == SweepDesign.GRID) {
            if (req.points() != null) {
                throw new UserInputException("--points " + req.points() + " is for --design random or lhs; the grid runs "
                        + "every combination; expected no --points, or --design random or lhs");
            }
            for (SweepParameter p : ps) {
                if (p.continuous()) {
                    throw new UserInputException(p.source() + ": " + p.path() + " is an interval without a step, which a "
                            + "grid cannot enumerate; expected from:to:step, a list of values, or --design random or lhs");
                }
            }
            long size = SweepDesign.gridSize(ps);
            if (size > SweepSpec.MAX_POINTS) {
                throw new UserInputException("the grid has " + (size == Long.MAX_VALUE ? "too many" : String.valueOf(size))
                        + " points (" + ps.stream().map(p -> p.path() + ": " + p.levels().size()).collect(
                                Collectors.joining(" x ")) + "), more than " + SweepSpec.MAX_POINTS + "; expected fewer "
                        + "values, or --design lhs --points N");
            }
            return (int) size;
        }
        Integer n = req.points() != null ? req.points()
                : doc.sweep() != null && doc.sweep().points() > 0 ? doc.sweep().points() : null;
        if (n == null) {
            throw new UserInputException("--design " + design.key() + " needs --points N (the number of points to draw); "
                    + "expected e.g. --design " + design.key() + " --points 20");
        }
        if (n < 1 || n > SweepSpec.MAX_POINTS) {
            throw new UserInputException("--points is " + n + "; expected 1 to " + SweepSpec.MAX_POINTS);
        }
        return n;
    }

    /** Every point's scenario, bound and validated before any simulation (a bad combination fails in a second). */
    private List<Scenario> pointScenarios(ScenarioDocument doc, ScenarioOverrides overrides, SweepPlan plan, String file) {
        List<Scenario> out = new ArrayList<>();
        for (SweepPoint point : plan.points()) {
            YamlNode tree = doc.root();
            for (int j = 0; j < plan.parameters().size(); j++) {
                tree = ScenarioTree.with(tree, plan.parameters().get(j).path(), point.values().get(j));
            }
            try {
                out.add(overrides.apply(loader.bindTree(tree, file)));
            } catch (ScenarioException e) {
                Problem p = e.problems().get(0);
                throw new UserInputException("sweep point " + describe(plan, point) + " ("
                        + plan.parameters().stream().map(SweepParameter::source).distinct().collect(Collectors.joining(", "))
                        + "): " + p.format(file));
            }
        }
        return out;
    }

    static String describe(SweepPlan plan, SweepPoint point) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < plan.parameters().size(); j++) {
            parts.add(plan.parameters().get(j).path() + "=" + point.values().get(j));
        }
        return String.join(", ", parts);
    }

    /** What identifies a sweep's results: the same fingerprint means a stored point can be reused as is. */
    static String fingerprint(Path scenarioFile, Scenario base, SweepPlan plan) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Files.readAllBytes(scenarioFile));
            StringBuilder b = new StringBuilder("\n").append(Version.current()).append('\n')
                    .append(base.seed()).append(' ').append(base.horizonDays()).append(' ')
                    .append(base.population().size()).append(' ').append(base.replications()).append('\n')
                    .append(plan.design().key()).append(' ').append(plan.requestedPoints()).append('\n');
            for (SweepParameter p : plan.parameters()) {
                b.append(p.path()).append('=').append(p.continuous() ? p.from() + ":" + p.to() : String.join(",", p.levels()))
                        .append('\n');
            }
            for (SweepPoint p : plan.points()) {
                b.append(String.join("\t", p.values())).append('\n');
            }
            b.append(String.join(",", plan.strategies())).append('\n');
            for (long s : plan.replicationSeeds()) {
                b.append(s).append(' ');
            }
            if (plan.stepping() != Stepping.DAILY) {
                // a daily sweep's fingerprint is unchanged, so its stopped sweeps still resume
                b.append("\nstepping ").append(plan.stepping().key());
            }
            md.update(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
