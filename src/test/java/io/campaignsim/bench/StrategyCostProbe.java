package io.campaignsim.bench;

import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.StrategyPolicy;
import io.campaignsim.strategy.oracle.TrueResponse;
import io.campaignsim.strategy.spec.StrategyRegistry;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures what each strategy of a scenario costs per customer-day, as the time and memory
 * guards assume (docs/performance.md, "Per-strategy costs"): process CPU seconds of one
 * single-threaded run of the horizon (CPU time, not wall time, so that a shared machine does not
 * skew it), relative to the holdout run, and the heap that stays live after the run's models are
 * fitted (a full GC before and at the end of the warm-up is not forced; the peak of the heap pools
 * is the upper bound HeapProbe reports). Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.campaignsim.bench.StrategyCostProbe
 * scenarios/quickstart.yaml 50000 30}.
 */
public final class StrategyCostProbe {

    private StrategyCostProbe() {}

    public static void main(String[] args) throws Exception {
        Scenario sc = new ScenarioLoader().load(Path.of(args[0]));
        int size = Integer.parseInt(args[1]);
        int days = Integer.parseInt(args[2]);
        sc = sc.withSize(size).withHorizonDays(days);
        StrategyRegistry registry = new StrategyRegistry();
        Population population = new PopulationGenerator(sc).generate(1);
        double base = Double.NaN;
        for (int pass = 0; pass < 2; pass++) { // pass 0 warms the JIT up
            for (StrategySpec spec : sc.strategies()) {
                Scenario s = sc;
                HeapProbe heap = new HeapProbe();
                heap.start();
                long cpu0 = SimulationBench.processCpuNanos();
                long t0 = System.nanoTime();
                SimulationEngine engine = SimulationEngine.builder(s, population).threads(1).policy(history -> {
                    TrueResponse truth = new TrueResponse(s, population.truth(), history);
                    return new StrategyPolicy(s, history, registry.create(spec, new StrategyContext(s, history, truth, 0, 0)), 0, 0);
                }).build();
                engine.run(SimulationEngine.RunOptions.of(0));
                double cpu = (SimulationBench.processCpuNanos() - cpu0) / 1e9;
                double wall = (System.nanoTime() - t0) / 1e9;
                if (spec.type().equals("holdout")) {
                    base = cpu;
                }
                if (pass == 1) {
                    System.out.printf(Locale.ROOT, "%-18s %-18s cpu %7.2f s  wall %7.2f s  %8.0f cd/cpu-s  x%5.1f holdout  "
                            + "peak heap %6.0f MiB%n", spec.name(), spec.type(), cpu, wall,
                            (double) size * days / cpu, cpu / base, heap.peakBytes() / 1048576.0);
                }
            }
        }
    }
}
