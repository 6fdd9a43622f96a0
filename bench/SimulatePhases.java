import io.campaignsim.app.ScenarioOverrides;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.BreakdownCsv;
import io.campaignsim.report.MicroReviewHtml;
import io.campaignsim.report.ParallelWrites;
import io.campaignsim.report.sim.SimulationReport;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed costs of {@code simulate}, phase by phase, in one cold JVM: the same steps as
 * {@code app/SimulateJob} (scenario, population, engine with its history and end-of-run passes,
 * report files on {@code THREADS} threads, breakdown, commit), each with its wall time and the
 * process's CPU time (all threads, JIT and GC included; on a loaded machine the CPU column is the
 * one to compare). Without the CLI and the chart warm-up, so it splits the work rather than timing a
 * user's run; docs/performance.md, "Fixed costs of simulate at 1 M customers".
 * {@code java -Xmx4g -cp target/campaignsim.jar bench/SimulatePhases.java SCENARIO SIZE DAYS THREADS OUT}
 */
public class SimulatePhases {

    private static long wall;
    private static long cpu;

    public static void main(String[] args) throws Exception {
        wall = System.nanoTime();
        cpu = processCpu();
        System.out.printf("%-36s wall %6d ms   cpu %6d ms%n", "JVM start to main", ManagementFactory.getRuntimeMXBean().getUptime(),
                cpu / 1_000_000);
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[3]);
        Scenario scenario = new ScenarioOverrides(null, Integer.parseInt(args[2]), Long.parseLong(args[1]), null)
                .apply(new ScenarioLoader().load(file));
        String yaml = Files.readString(file);
        lap("read and check the scenario");
        Population population = new PopulationGenerator(scenario).generate(threads);
        lap("generate the population");
        SimulationEngine engine = SimulationEngine.builder(scenario, population).threads(threads)
                .policy(JourneyPolicy.factory(scenario)).build();
        SimulationEngine.Run run = engine.runDetailed(new SimulationEngine.RunOptions(0, null, day -> {}));
        lap("simulate (history, days, end of run)");
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(Path.of(args[4]))) {
            List<ParallelWrites.Write<Path>> writes = new ArrayList<>(SimulationReport.writes(run.result(),
                    run.breakdown().journeys(), scenario, yaml, out.staging()));
            writes.add(() -> BreakdownCsv.write(run.breakdown(), out.staging()));
            ParallelWrites.run(threads, writes);
            MicroReviewHtml.insertInto(out.staging().resolve("index.html"), out.staging().resolve(BreakdownCsv.FILE));
            lap("write the report files");
            out.commit();
            lap("commit the folder");
        }
    }

    private static void lap(String phase) {
        long w = System.nanoTime();
        long c = processCpu();
        System.out.printf("%-36s wall %6d ms   cpu %6d ms%n", phase, (w - wall) / 1_000_000, (c - cpu) / 1_000_000);
        wall = w;
        cpu = c;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
