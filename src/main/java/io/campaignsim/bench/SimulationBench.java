package io.campaignsim.bench;

import io.campaignsim.core.Metric;
import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.SimulationResult;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.StrategyPolicy;
import io.campaignsim.strategy.oracle.TrueResponse;
import io.campaignsim.strategy.spec.StrategyRegistry;
import java.lang.management.ManagementFactory;
import java.util.function.Function;

/**
 * Times whole simulations through the real engine, as {@code simulate} and {@code compare} run
 * them: population generation, then the horizon under a contact policy. A strategy run is built
 * as {@code CompareJob} builds one (a {@link StrategyPolicy} over the registry's strategy).
 *
 * @implNote Holds no state between calls; every run builds its own population and engine.
 */
public final class SimulationBench {

    /** What to drive the engine with. */
    public enum Workload {
        /** The scenario's rules and journeys. */
        POLICY("rules + journeys", "rules", null),
        /** The scenario strategy named "ts". */
        THOMPSON("thompson", "thompson", "ts"),
        /** The scenario strategy named "linucb". */
        LINUCB("linucb", "linucb", "linucb"),
        /** The scenario strategy named "fq" (fitted-Q iteration); with q_learning, the "rl" workload. */
        FITTED_Q("fitted_q", "rl", "fq"),
        /** The scenario strategy named "ql" (online Q-learning). */
        Q_LEARNING("q_learning", "rl", "ql");

        public final String label;
        /** The name {@code bench --workloads} takes (several workloads may share one). */
        public final String option;
        /** The scenario strategy it runs, or null for the journey policy. */
        public final String strategy;

        Workload(String label, String option, String strategy) {
            this.label = label;
            this.option = option;
            this.strategy = strategy;
        }
    }

    /**
     * One timed run: engine wall seconds, the process CPU seconds spent meanwhile (on a shared
     * machine wall time alone hides how much CPU the run actually got), generation seconds, peak
     * heap, and a checksum that keeps the work observable.
     */
    public record Timing(double simulateSeconds, double simulateCpuSeconds, double generateSeconds, long peakHeapBytes,
            double checksum) {}

    private final StrategyRegistry registry = new StrategyRegistry();
    private final io.campaignsim.engine.Stepping stepping;

    /** With the daily engine. */
    public SimulationBench() {
        this(io.campaignsim.engine.Stepping.DAILY);
    }

    public SimulationBench(io.campaignsim.engine.Stepping stepping) {
        this.stepping = stepping;
    }

    /** Generates the population and simulates the scenario's horizon once under {@code workload}. */
    public Timing run(Scenario scenario, Workload workload, int threads) throws InterruptedException {
        HeapProbe heap = new HeapProbe();
        heap.start();
        long t0 = System.nanoTime();
        Population population = new PopulationGenerator(scenario).generate(threads);
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        SimulationEngine engine = SimulationEngine.builder(scenario, population).threads(threads).stepping(stepping)
                .policy(policy(scenario, population, workload)).build();
        SimulationResult result = engine.run(SimulationEngine.RunOptions.of(0));
        long t2 = System.nanoTime();
        double cpu = (processCpuNanos() - cpu1) / 1e9;
        return new Timing((t2 - t1) / 1e9, cpu, (t1 - t0) / 1e9, heap.peakBytes(),
                result.total().get(Metric.PROFIT) + result.total().get(Metric.CONTACTS));
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or -1 where the JVM cannot tell. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private Function<ObservedHistory, ContactPolicy> policy(Scenario sc, Population population, Workload w) {
        if (w == Workload.POLICY) {
            return JourneyPolicy.factory(sc);
        }
        String name = w.strategy;
        StrategySpec spec = sc.strategies().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the bench scenario has no strategy '" + name + "'"));
        return history -> {
            TrueResponse truth = new TrueResponse(sc, population.truth(), history);
            StrategyContext ctx = new StrategyContext(sc, history, truth, 0, 0);
            return new StrategyPolicy(sc, history, registry.create(spec, ctx), 0, 0);
        };
    }
}
