package io.campaignsim.app;

import io.campaignsim.bench.AlgorithmBench;
import io.campaignsim.bench.BenchReport;
import io.campaignsim.bench.Samples;
import io.campaignsim.bench.SimulationBench;
import io.campaignsim.core.UserInputException;
import io.campaignsim.population.PopulationBudget;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@code bench} use case: warm up, then time each workload {@code runs} times and keep the
 * medians; then a scaling table (sizes N/10, N, 10N that fit the heap, on 1 and T threads); then
 * the pure algorithms. No JMH: whole simulations take seconds, so JIT warm-up is one short run
 * and timer resolution does not matter; the median absorbs GC pauses and noisy neighbours.
 */
public final class BenchJob {

    /** Classpath location of the bundled six-channel workload. */
    static final String BUNDLED = "bench.yaml";
    /** Customers of the warm-up run: enough for the JIT to compile the hot loop. */
    static final long WARMUP_SIZE = 100_000;

    /**
     * What to run.
     *
     * @param scenario scenario file, or null for the bundled six-channel workload
     * @param size customers of the headline runs
     * @param days days of the headline runs
     * @param threads engine threads of the headline runs
     * @param runs timed runs per workload, after one warm-up
     * @param scaleDays days of each scaling run
     * @param algorithmsOnly skip the engine, time only the pure algorithms
     * @param rounds decisions per pure-algorithm run
     * @param batch decisions between posterior updates (a "day")
     * @param workloads engine workloads to time by name ({@link #WORKLOADS}); empty: none
     * @param scaling whether to run the scaling table
     * @param algorithms whether to time the pure algorithms
     */
    public record Options(Path scenario, long size, int days, int threads, int runs, int scaleDays,
            boolean algorithmsOnly, long rounds, int batch, List<String> workloads, boolean scaling,
            boolean algorithms, io.campaignsim.engine.Stepping stepping) {

        /** With the daily engine. */
        public Options(Path scenario, long size, int days, int threads, int runs, int scaleDays,
                boolean algorithmsOnly, long rounds, int batch, List<String> workloads, boolean scaling,
                boolean algorithms) {
            this(scenario, size, days, threads, runs, scaleDays, algorithmsOnly, rounds, batch, workloads, scaling,
                    algorithms, io.campaignsim.engine.Stepping.DAILY);
        }

        /** Everything: all workloads, the scaling table and the algorithms. */
        public Options(Path scenario, long size, int days, int threads, int runs, int scaleDays,
                boolean algorithmsOnly, long rounds, int batch) {
            this(scenario, size, days, threads, runs, scaleDays, algorithmsOnly, rounds, batch, WORKLOADS, true, true);
        }
    }

    /** Names of the engine workloads, for {@code --workloads}. */
    public static final List<String> WORKLOADS =
            Stream.of(SimulationBench.Workload.values()).map(w -> w.option).distinct().toList();

    private SimulationBench engine = new SimulationBench();

    /** Runs the benchmark; {@code progress} receives one line per step. */
    public BenchReport run(Options o, Consumer<String> progress) throws InterruptedException {
        engine = new SimulationBench(o.stepping());
        List<BenchReport.AlgorithmRow> algorithms = o.algorithms() || o.algorithmsOnly()
                ? algorithms(o, progress) : List.of();
        if (o.algorithmsOnly()) {
            return new BenchReport(machine(), 0, 0, 1, o.runs(), List.of(), null, 0, List.of(), algorithms,
                    o.stepping().key());
        }
        Scenario base = load(o.scenario());
        for (SimulationBench.Workload w : SimulationBench.Workload.values()) {
            if (w.strategy == null || !o.workloads().contains(w.option)) {
                continue;
            }
            if (base.strategies().stream().noneMatch(s -> s.name().equals(w.strategy))) {
                throw new UserInputException((o.scenario() != null ? o.scenario() : BUNDLED) + ": bench needs a "
                        + "strategy named '" + w.strategy + "' for workload '" + w.option + "' (expected e.g. "
                        + "- { name: ts, type: thompson }, - { name: linucb, type: linucb }, - { name: fq, type: fitted_q }"
                        + " and - { name: ql, type: q_learning }), or leave out --scenario for the bundled workload");
            }
        }
        Scenario headline = base.withSize(o.size()).withHorizonDays(o.days());
        PopulationBudget.check(headline);
        List<SimulationBench.Workload> workloads = Stream.of(SimulationBench.Workload.values())
                .filter(w -> o.workloads().contains(w.option)).toList();
        progress.accept("warm-up");
        for (SimulationBench.Workload w : workloads) {
            engine.run(base.withSize(Math.min(o.size(), WARMUP_SIZE)).withHorizonDays(o.days()), w, o.threads());
        }
        List<BenchReport.Workload> rows = new ArrayList<>();
        List<Double> generation = new ArrayList<>();
        long peak = 0;
        double customerDays = (double) o.size() * o.days();
        for (SimulationBench.Workload w : workloads) {
            double[] rate = new double[o.runs()];
            double[] secs = new double[o.runs()];
            double[] cpu = new double[o.runs()];
            for (int r = 0; r < o.runs(); r++) {
                progress.accept(w.label + " run " + (r + 1) + " of " + o.runs());
                SimulationBench.Timing t = engine.run(headline, w, o.threads());
                secs[r] = t.simulateSeconds();
                cpu[r] = t.simulateCpuSeconds();
                rate[r] = customerDays / t.simulateSeconds();
                generation.add(o.size() / t.generateSeconds());
                peak = Math.max(peak, t.peakHeapBytes());
            }
            rows.add(new BenchReport.Workload(w.label, Samples.of(rate), Samples.of(secs), Samples.of(cpu)));
        }
        List<BenchReport.ScalingRow> scaling = o.scaling() ? scaling(base, o, progress) : List.of();
        return new BenchReport(machine(), o.size(), o.days(), o.threads(), o.runs(), rows,
                generation.isEmpty() ? null : Samples.of(generation.stream().mapToDouble(Double::doubleValue).toArray()),
                peak, scaling, algorithms, o.stepping().key());
    }

    private List<BenchReport.ScalingRow> scaling(Scenario base, Options o, Consumer<String> progress)
            throws InterruptedException {
        List<BenchReport.ScalingRow> rows = new ArrayList<>();
        int channels = base.channels().size();
        int categories = base.catalog().categories().size();
        for (long n : Stream.of(o.size() / 10, o.size(), o.size() * 10).filter(n -> n >= 1).distinct().toList()) {
            // The guard's own estimate decides which sizes fit; sizes that would not are left out.
            // The earlier runs' populations are garbage by now: collect them so they do not count as used.
            System.gc();
            if (PopulationBudget.estimateBytes(n, channels, categories)
                    > PopulationBudget.HEADROOM * PopulationBudget.availableHeap()) {
                progress.accept("scaling: " + n + " customers do not fit this heap; skipped");
                continue;
            }
            for (int t : o.threads() > 1 ? List.of(1, o.threads()) : List.of(1)) {
                progress.accept("scaling: " + n + " customers x " + o.scaleDays() + " days on " + t + " thread(s)");
                SimulationBench.Timing timing = medianRun(base.withSize(n).withHorizonDays(o.scaleDays()), t, o.runs());
                rows.add(new BenchReport.ScalingRow(n, o.scaleDays(), t, timing.simulateSeconds(), timing.simulateCpuSeconds(),
                        (double) n * o.scaleDays() / timing.simulateSeconds(), timing.peakHeapBytes()));
            }
        }
        return rows;
    }

    /**
     * One timed run, repeated up to {@code runs} times when it is shorter than {@link BenchReport#REPEAT_BELOW_SECONDS}
     * (then a single scheduling hiccup or GC pause would decide the row); the run of median throughput.
     */
    private SimulationBench.Timing medianRun(Scenario s, int threads, int runs) throws InterruptedException {
        List<SimulationBench.Timing> timings = new ArrayList<>();
        timings.add(engine.run(s, SimulationBench.Workload.POLICY, threads));
        while (timings.size() < runs && timings.get(0).simulateSeconds() < BenchReport.REPEAT_BELOW_SECONDS) {
            timings.add(engine.run(s, SimulationBench.Workload.POLICY, threads));
        }
        timings.sort(Comparator.comparingDouble(SimulationBench.Timing::simulateSeconds));
        return timings.get(timings.size() / 2);
    }

    private static List<BenchReport.AlgorithmRow> algorithms(Options o, Consumer<String> progress) {
        long warm = Math.max(1, o.rounds() / 10);
        AlgorithmBench.thompson(warm, o.batch(), 1);
        AlgorithmBench.linUcb(warm, o.batch(), 1);
        List<BenchReport.AlgorithmRow> rows = new ArrayList<>();
        double[] ts = new double[o.runs()];
        double[] lin = new double[o.runs()];
        double tsReward = 0;
        double linReward = 0;
        for (int r = 0; r < o.runs(); r++) {
            progress.accept("algorithms run " + (r + 1) + " of " + o.runs());
            AlgorithmBench.Run a = AlgorithmBench.thompson(o.rounds(), o.batch(), 1 + r);
            AlgorithmBench.Run b = AlgorithmBench.linUcb(o.rounds(), o.batch(), 1 + r);
            ts[r] = a.decisionsPerSecond();
            lin[r] = b.decisionsPerSecond();
            tsReward += a.meanReward() / o.runs();
            linReward += b.meanReward() / o.runs();
        }
        rows.add(new BenchReport.AlgorithmRow("thompson (K=" + AlgorithmBench.ARMS + ")", o.rounds(), o.batch(),
                Samples.of(ts), tsReward));
        rows.add(new BenchReport.AlgorithmRow("linucb (d=" + AlgorithmBench.DIMENSION + ", K=" + AlgorithmBench.ARMS + ")",
                o.rounds(), o.batch(), Samples.of(lin), linReward));
        return rows;
    }

    static Scenario load(Path file) {
        if (file != null) {
            return new ScenarioLoader().load(file);
        }
        // The workload sits beside the measuring code in the bench package.
        try (InputStream in = SimulationBench.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + BUNDLED + " is missing from the jar");
            }
            return new ScenarioLoader().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bench.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BenchReport.Machine machine() {
        String cpu = "unknown";
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (Files.isReadable(info)) {
                cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
            }
        } catch (IOException | UncheckedIOException e) {
            // the CPU model is a nicety; the figures stand without it
        }
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), cpu, java,
                Runtime.getRuntime().maxMemory());
    }
}
