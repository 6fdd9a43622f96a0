import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.engine.Stepping;
import io.campaignsim.policy.JourneyPolicy;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Customer-days per CPU second of the daily and the next-event engine on the scenario's journey
 * policy, in one JVM over one population, alternating (daily, next-event, next-event, daily, ...)
 * on one engine thread, timed by that thread's CPU time (JIT and GC threads excluded), so that a
 * loaded machine hits both alike:
 * {@code java -cp target/campaignsim.jar bench/SteppingCpu.java SCENARIO SIZE DAYS ROUNDS}
 * (SCENARIO: a file, or "bench" for the bundled workload). Prints per stepping the median rate and
 * the per-round rates, and the ratio next-event / daily.
 */
public class SteppingCpu {
    public static void main(String[] args) throws Exception {
        Scenario base = args[0].equals("bench")
                ? new ScenarioLoader().parse(new String(SimulationEngine.class.getResourceAsStream(
                        "/io/campaignsim/bench/bench.yaml").readAllBytes()), "bench.yaml")
                : new ScenarioLoader().load(Path.of(args[0]));
        long size = Long.parseLong(args[1]);
        int days = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Scenario s = base.withSize(size).withHorizonDays(days);
        Population population = new PopulationGenerator(s).generate(1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Stepping[] steppings = Stepping.values();
        double[][] rate = new double[steppings.length][rounds];
        for (Stepping st : steppings) {
            run(s, population, st, 0); // JIT warm-up on the same population
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < steppings.length; k++) {
                int which = r % 2 == 0 ? k : steppings.length - 1 - k;
                long t0 = mx.getCurrentThreadCpuTime();
                run(s, population, steppings[which], 1 + r);
                rate[which][r] = size * (double) days / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
            }
        }
        double[] median = new double[steppings.length];
        for (int k = 0; k < steppings.length; k++) {
            double[] v = rate[k].clone();
            java.util.Arrays.sort(v);
            median[k] = v[rounds / 2];
            System.out.printf("%-12s %,14.0f customer-days per CPU s (median of %d; rounds %s)%n", steppings[k].key(),
                    median[k], rounds, java.util.Arrays.toString(java.util.Arrays.stream(rate[k])
                            .mapToLong(Math::round).toArray()));
        }
        System.out.printf("next-event / daily: %.2fx%n", median[1] / median[0]);
    }

    private static void run(Scenario s, Population p, Stepping stepping, int replication) throws InterruptedException {
        SimulationEngine.builder(s, p).threads(1).stepping(stepping).policy(JourneyPolicy.factory(s)).build()
                .run(SimulationEngine.RunOptions.of(replication));
    }
}
