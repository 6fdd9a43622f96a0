import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

/**
 * Decisions per CPU second of the bare algorithms of {@code bench --algorithms-only}, for
 * bench/compare.sh on a loaded machine, where wall time mostly measures the wait for a core.
 * Runs against any campaignsim jar that has io.campaignsim.bench.AlgorithmBench (v0.1 on; v0.1's
 * class is package-private, so it is reached by reflection, the same way for every jar):
 * {@code java -cp campaignsim.jar bench/AlgorithmCpu.java ROUNDS BATCH RUNS}. Prints one line per
 * algorithm: name, median decisions per CPU second of this thread, mean expected reward.
 */
public class AlgorithmCpu {
    public static void main(String[] args) throws Exception {
        long rounds = Long.parseLong(args[0]);
        int batch = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Class<?> bench = Class.forName("io.campaignsim.bench.AlgorithmBench");
        String[] names = {"thompson_cpu", "linucb_cpu"};
        String[] methods = {"thompson", "linUcb"};
        for (int w = 0; w < methods.length; w++) {
            Method run = bench.getDeclaredMethod(methods[w], long.class, int.class, long.class);
            run.setAccessible(true);
            meanReward(run.invoke(null, Math.max(1, rounds / 10), batch, 1L)); // JIT warm-up
            double[] rate = new double[runs];
            double reward = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = mx.getCurrentThreadCpuTime();
                Object result = run.invoke(null, rounds, batch, 1L + r);
                rate[r] = rounds / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
                reward += meanReward(result) / runs;
            }
            java.util.Arrays.sort(rate);
            System.out.println(names[w] + " " + rate[runs / 2] + " " + reward);
        }
    }

    private static double meanReward(Object run) throws Exception {
        Method m = run.getClass().getDeclaredMethod("meanReward");
        m.setAccessible(true);
        return (double) m.invoke(run);
    }
}
