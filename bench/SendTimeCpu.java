import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU per customer-day of the rules bench workload with {@code send_time: learned} against the
 * same workload as bundled (best_observed hour), in one JVM on one thread, alternating (ABBA) after
 * a warm-up run of each, measured by this thread's CPU time (robust to a loaded machine, where
 * wall time measures the wait for a core). Issue #18's target: learned within 15 % of the bundled.
 * {@code java -cp target/campaignsim.jar bench/SendTimeCpu.java SIZE DAYS PAIRS}; prints the CPU
 * seconds of each run and the median ratio learned / bundled (docs/personalisation.md, "Speed").
 */
public class SendTimeCpu {

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        int pairs = Integer.parseInt(args[2]);
        String yaml = new String(SendTimeCpu.class.getResourceAsStream("/io/campaignsim/bench/bench.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String learnedYaml = yaml.replaceFirst("send_time: \\{[^}]*\\}", "send_time: { mode: learned }");
        if (learnedYaml.equals(yaml)) {
            throw new IllegalStateException("bench.yaml has no send_time to replace");
        }
        Scenario bundled = load(yaml, size, days);
        Scenario learned = load(learnedYaml, size, days);
        Population population = new PopulationGenerator(bundled).generate(1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        run(bundled, population, mx);
        run(learned, population, mx);
        double[] ratio = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            double a;
            double b;
            if (k % 2 == 0) {
                a = run(bundled, population, mx);
                b = run(learned, population, mx);
            } else {
                b = run(learned, population, mx);
                a = run(bundled, population, mx);
            }
            ratio[k] = b / a;
            System.out.printf("pair %d: bundled %.3f s, learned %.3f s CPU, learned / bundled %.3f%n", k + 1, a, b, ratio[k]);
        }
        Arrays.sort(ratio);
        System.out.printf("median CPU ratio learned / bundled over %d pairs: %.3f (range %.3f-%.3f)%n", pairs,
                ratio[pairs / 2], ratio[0], ratio[pairs - 1]);
    }

    private static Scenario load(String yaml, int size, int days) throws Exception {
        Path f = Files.createTempFile("bench", ".yaml");
        Files.writeString(f, yaml);
        Scenario s = new ScenarioLoader().load(f).withSize(size).withHorizonDays(days);
        Files.delete(f);
        return s;
    }

    /** CPU seconds of this thread for one simulation (the engine runs on the calling thread with threads(1)). */
    private static double run(Scenario s, Population p, ThreadMXBean mx) throws InterruptedException {
        SimulationEngine engine = SimulationEngine.builder(s, p).threads(1).policy(JourneyPolicy.factory(s)).build();
        long t0 = mx.getCurrentThreadCpuTime();
        engine.run(SimulationEngine.RunOptions.of(0));
        return (mx.getCurrentThreadCpuTime() - t0) / 1e9;
    }
}
