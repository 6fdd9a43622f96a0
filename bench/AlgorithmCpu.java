import io.campaignsim.bench.AlgorithmBench;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Decisions per CPU second of the bare algorithms of {@code bench --algorithms-only}, for
 * bench/compare.sh on a loaded machine, where wall time mostly measures the wait for a core.
 * Runs against any campaignsim jar that has io.campaignsim.bench.AlgorithmBench (v0.1 on):
 * {@code java -cp campaignsim.jar bench/AlgorithmCpu.java ROUNDS BATCH RUNS}. Prints one line per
 * algorithm: name, median decisions per CPU second of this thread, mean expected reward.
 */
public class AlgorithmCpu {
    interface Workload {
        AlgorithmBench.Run run(long rounds, int batch, long seed);
    }

    public static void main(String[] args) {
        long rounds = Long.parseLong(args[0]);
        int batch = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] names = {"thompson_cpu", "linucb_cpu"};
        Workload[] workloads = {AlgorithmBench::thompson, AlgorithmBench::linUcb};
        for (int w = 0; w < workloads.length; w++) {
            workloads[w].run(Math.max(1, rounds / 10), batch, 1); // JIT warm-up
            double[] rate = new double[runs];
            double reward = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = mx.getCurrentThreadCpuTime();
                AlgorithmBench.Run run = workloads[w].run(rounds, batch, 1 + r);
                rate[r] = rounds / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
                reward += run.meanReward() / runs;
            }
            java.util.Arrays.sort(rate);
            System.out.println(names[w] + " " + rate[runs / 2] + " " + reward);
        }
    }
}
