import io.campaignsim.bench.SimulationBench;
import io.campaignsim.engine.Stepping;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Path;

/**
 * Customer-days per CPU second of the daily and the next-event engine in one JVM, alternating
 * (daily, next-event, next-event, daily, ...), one engine thread, so that a loaded machine hits
 * both alike: {@code java -cp target/campaignsim.jar bench/SteppingCpu.java SCENARIO SIZE DAYS
 * ROUNDS [WORKLOAD]} (WORKLOAD: rules (default), thompson, linucb; SCENARIO: a file or "bench" for
 * the bundled workload). Prints per stepping the median rate over the rounds (process CPU time of
 * the simulation, population generation excluded) and the ratio next-event / daily.
 */
public class SteppingCpu {
    public static void main(String[] args) throws Exception {
        Scenario base = args[0].equals("bench")
                ? new ScenarioLoader().parse(new String(SimulationBench.class.getResourceAsStream(
                        "/io/campaignsim/bench/bench.yaml").readAllBytes()), "bench.yaml")
                : new ScenarioLoader().load(Path.of(args[0]));
        long size = Long.parseLong(args[1]);
        int days = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        SimulationBench.Workload w = args.length > 4 ? switch (args[4]) {
            case "thompson" -> SimulationBench.Workload.THOMPSON;
            case "linucb" -> SimulationBench.Workload.LINUCB;
            default -> SimulationBench.Workload.POLICY;
        } : SimulationBench.Workload.POLICY;
        Scenario s = base.withSize(size).withHorizonDays(days);
        Stepping[] steppings = Stepping.values();
        double[][] rate = new double[steppings.length][rounds];
        for (Stepping st : steppings) {
            new SimulationBench(st).run(base.withSize(Math.min(size, 50_000)).withHorizonDays(days), w, 1); // warm-up
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < steppings.length; k++) {
                int which = r % 2 == 0 ? k : steppings.length - 1 - k;
                SimulationBench.Timing t = new SimulationBench(steppings[which]).run(s, w, 1);
                rate[which][r] = size * (double) days / t.simulateCpuSeconds();
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
}
