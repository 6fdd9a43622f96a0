import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Old jar against new jar on a bare algorithm of {@code bench --algorithms-only} in ONE JVM: each
 * jar's {@code AlgorithmBench} in its own class loader, runs alternating (A B C, C B A, ...) on one
 * thread, each timed by that thread's CPU time. The bare-algorithm counterpart of
 * bench/JarCpuAB.java. On this shared machine, separate JVMs (bench/AlgorithmCpu.java) swing by
 * 20-40 % from process to process, so their ratios over 5-9 pairs range widely; here both jars meet
 * the same disturbances within seconds of each other, and the median of the per-round ratios is the
 * steadiest figure (pass the old jar twice, as two files, to see the remaining noise as a control).
 * v0.1's AlgorithmBench is package-private; it is reached by reflection, the same way for every jar.
 * Usage: {@code java bench/AlgorithmAB.java linucb|thompson ROUNDS DECISIONS OLD.jar NEW.jar [MORE.jar ...]}.
 * Prints per jar the median nanoseconds of CPU a decision and its mean reward (the same jar code
 * gives the same reward: a change that keeps the choices keeps it to the last digit), then the
 * median of per-round ratios against the first jar (above 1: faster) with their quartiles.
 * docs/performance.md, "Session 11".
 */
public class AlgorithmAB {
    public static void main(String[] args) throws Exception {
        if (args.length < 5 || !(args[0].equals("linucb") || args[0].equals("thompson"))) {
            System.err.println("usage: java bench/AlgorithmAB.java linucb|thompson ROUNDS DECISIONS OLD.jar NEW.jar [MORE.jar ...]");
            System.exit(2);
        }
        String method = args[0].equals("linucb") ? "linUcb" : "thompson";
        int rounds = Integer.parseInt(args[1]);
        long decisions = Long.parseLong(args[2]);
        int n = args.length - 3;
        Method[] run = new Method[n];
        for (int k = 0; k < n; k++) {
            if (!Files.isRegularFile(Path.of(args[3 + k]))) {
                System.err.println("bench/AlgorithmAB.java: " + args[3 + k] + " is not a file; pass campaignsim jars");
                System.exit(2);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[3 + k]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            run[k] = Class.forName("io.campaignsim.bench.AlgorithmBench", true, loader)
                    .getDeclaredMethod(method, long.class, int.class, long.class);
            run[k].setAccessible(true);
        }
        for (int w = 0; w < 2; w++) {
            for (Method m : run) {
                m.invoke(null, Math.max(1, decisions / 5), 1000, 99L); // JIT warm-up
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] nanos = new double[n][rounds];
        double[] reward = new double[n];
        for (int r = 0; r < rounds; r++) {
            for (int q = 0; q < n; q++) {
                int k = r % 2 == 0 ? q : n - 1 - q;
                long t0 = mx.getCurrentThreadCpuTime();
                Object result = run[k].invoke(null, decisions, 1000, 1L + r);
                nanos[k][r] = (mx.getCurrentThreadCpuTime() - t0) / (double) decisions;
                reward[k] += meanReward(result) / rounds;
            }
        }
        for (int k = 0; k < n; k++) {
            System.out.printf("%-32s %s: CPU ns a decision, median %.1f (min %.1f, max %.1f); mean reward %.15f%n",
                    args[3 + k], args[0], quantile(nanos[k], 0.5), quantile(nanos[k], 0), quantile(nanos[k], 1), reward[k]);
        }
        for (int k = 1; k < n; k++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = nanos[0][r] / nanos[k][r];
            }
            System.out.printf("%s against %s: %.3fx (median of %d per-round ratios; quartiles %.3f-%.3f)%n", args[3 + k],
                    args[3], quantile(ratio, 0.5), rounds, quantile(ratio, 0.25), quantile(ratio, 0.75));
        }
    }

    /** The order statistic at {@code p} (0 = min, 1 = max; the lower middle for an even count). */
    private static double quantile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[(int) Math.floor(p * (v.length - 1))];
    }

    private static double meanReward(Object run) throws Exception {
        Method m = run.getClass().getDeclaredMethod("meanReward");
        m.setAccessible(true);
        return (double) m.invoke(run);
    }
}
