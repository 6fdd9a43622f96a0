import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Old jar against new jar on the bench's rules workload in ONE JVM: each jar in its own class
 * loader, runs alternating (A B C, C B A, ...) on one engine thread, each timed by that thread's
 * CPU time. On a machine shared with other work the median of per-run CPU times swings by
 * 10-30 % (other threads slow this one down on the shared core resources), but the minimum over
 * 10 or more runs, the least disturbed run of each jar, repeats within about 1-4 %; pass the old
 * jar twice to see that noise as a control. Usage:
 * {@code java bench/JarCpuAB.java ROUNDS SIZE DAYS daily|next-event OLD.jar NEW.jar [OLD-copy.jar ...]}
 * (a jar passed twice must be two files: copy it). A jar written {@code JAR@learned} runs the same
 * workload with {@code send_time: { mode: learned }} (issue #18's measure: learned against bundled,
 * each in its own class loader, so neither setting's JIT profile is shaped by the other's); {@code JAR@thompson}
 * and {@code JAR@linucb} run the bench's Thompson or LinUCB workload instead of its rules (built by the
 * jar's own {@code SimulationBench}, v0.1's included). Prints per jar the minimum and median CPU
 * seconds per run and the ratios against the first jar (above 1: faster). docs/performance.md,
 * "Session 6, h20eng".
 */
public class JarCpuAB {
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java bench/JarCpuAB.java ROUNDS SIZE DAYS daily|next-event OLD.jar[@learned|@thompson|@linucb] NEW.jar[@...] [MORE.jar ...]");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        long size = Long.parseLong(args[1]);
        int days = Integer.parseInt(args[2]);
        String stepping = args[3].equals("next-event") ? "NEXT_EVENT" : "DAILY";
        int n = args.length - 4;
        Workload[] jars = new Workload[n];
        for (int k = 0; k < n; k++) {
            String spec = args[4 + k];
            String suffix = "";
            for (String known : new String[] {"learned", "thompson", "linucb"}) {
                if (spec.endsWith("@" + known)) {
                    suffix = known;
                }
            }
            String jar = spec.substring(0, spec.length() - (suffix.isEmpty() ? 0 : suffix.length() + 1));
            jars[k] = new Workload(Path.of(jar), size, days, stepping, suffix);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int w = 0; w < 2; w++) {
            for (Workload j : jars) {
                j.run(0); // JIT warm-up
            }
        }
        double[][] cpu = new double[n][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int q = 0; q < n; q++) {
                int k = r % 2 == 0 ? q : n - 1 - q;
                long t0 = mx.getCurrentThreadCpuTime();
                jars[k].run(1 + r);
                cpu[k][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
            }
        }
        double[] min = new double[n];
        double[] median = new double[n];
        for (int k = 0; k < n; k++) {
            double[] v = cpu[k].clone();
            Arrays.sort(v);
            min[k] = v[0];
            median[k] = v[rounds / 2];
            System.out.printf("%-32s CPU s a run: min %.3f, median %.3f; runs %s%n", args[4 + k], min[k], median[k],
                    Arrays.toString(Arrays.stream(cpu[k]).map(x -> Math.round(x * 1000) / 1000.0).toArray()));
        }
        for (int k = 1; k < n; k++) {
            System.out.printf("%s against %s: %.3fx by min, %.3fx by median%n", args[4 + k], args[4], min[0] / min[k],
                    median[0] / median[k]);
        }
    }

    /** The bundled bench scenario's rules + journeys policy, or its Thompson or LinUCB strategy, through one jar's own classes (reflection). */
    static final class Workload {
        private final ClassLoader loader;
        private final Object scenario;
        private final Object population;
        private final Object stepping;
        /** The strategy workload's policy factory (a Function), or null for the rules and journeys. */
        private final Object strategyPolicy;

        Workload(Path jar, long size, int days, String steppingName, String suffix) throws Exception {
            boolean learned = suffix.equals("learned");
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader); // the jar's service files (strategy catalog)
            String yaml = new String(loader.getResourceAsStream("io/campaignsim/bench/bench.yaml").readAllBytes(),
                    StandardCharsets.UTF_8);
            if (learned) {
                String replaced = yaml.replaceFirst("send_time: \\{[^}]*\\}", "send_time: { mode: learned }");
                if (replaced.equals(yaml)) {
                    throw new IllegalStateException(jar + ": bench.yaml has no send_time to replace");
                }
                yaml = replaced;
            }
            Object base = call(type("io.campaignsim.scenario.ScenarioLoader").getConstructor().newInstance(), "parse", yaml,
                    "bench.yaml");
            scenario = call(call(base, "withSize", size), "withHorizonDays", days);
            population = call(type("io.campaignsim.population.PopulationGenerator").getConstructor(
                    type("io.campaignsim.scenario.Scenario")).newInstance(scenario), "generate", 1);
            Object chosen = null;
            try {
                chosen = enumValue(type("io.campaignsim.engine.Stepping"), steppingName);
            } catch (ClassNotFoundException e) { // v0.1: the daily engine only
                if (!steppingName.equals("DAILY")) {
                    throw new IllegalArgumentException(jar + " has only the daily engine");
                }
            }
            stepping = chosen;
            strategyPolicy = suffix.equals("thompson") || suffix.equals("linucb") ? strategyPolicy(suffix) : null;
        }

        /** The jar's own bench policy of the "ts" or "linucb" strategy (SimulationBench.policy, private in every version). */
        private Object strategyPolicy(String name) throws Exception {
            Class<?> bench = type("io.campaignsim.bench.SimulationBench");
            Class<?> workloads = type("io.campaignsim.bench.SimulationBench$Workload");
            var constructor = bench.getDeclaredConstructor();
            constructor.setAccessible(true);
            Method policy = bench.getDeclaredMethod("policy", type("io.campaignsim.scenario.Scenario"),
                    type("io.campaignsim.population.Population"), workloads);
            policy.setAccessible(true);
            return policy.invoke(constructor.newInstance(), scenario, population,
                    enumValue(workloads, name.equals("thompson") ? "THOMPSON" : "LINUCB"));
        }

        void run(int replication) throws Exception {
            Thread.currentThread().setContextClassLoader(loader);
            Object builder = callStatic(type("io.campaignsim.engine.SimulationEngine"), "builder", scenario, population);
            builder = call(builder, "threads", 1);
            if (stepping != null) {
                builder = call(builder, "stepping", stepping);
            }
            builder = call(builder, "policy", strategyPolicy != null ? strategyPolicy
                    : callStatic(type("io.campaignsim.policy.JourneyPolicy"), "factory", scenario));
            Object options = callStatic(type("io.campaignsim.engine.SimulationEngine$RunOptions"), "of", replication);
            call(call(builder, "build"), "run", options);
        }

        private Class<?> type(String name) throws ClassNotFoundException {
            return Class.forName(name, true, loader);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumValue(Class<?> type, String name) {
            return Enum.valueOf((Class) type, name);
        }

        private static Object call(Object target, String name, Object... args) throws Exception {
            return invoke(target.getClass(), target, name, args);
        }

        private static Object callStatic(Class<?> type, String name, Object... args) throws Exception {
            return invoke(type, null, name, args);
        }

        private static Object invoke(Class<?> type, Object target, String name, Object... args) throws Exception {
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length && fits(m.getParameterTypes(), args)) {
                    m.setAccessible(true);
                    return m.invoke(target, args);
                }
            }
            throw new NoSuchMethodException(type.getName() + "." + name + " with " + args.length + " arguments");
        }

        private static boolean fits(Class<?>[] types, Object[] args) {
            for (int k = 0; k < types.length; k++) {
                Class<?> t = types[k];
                Object a = args[k];
                if (t.isPrimitive()) {
                    boolean ok = (t == int.class && a instanceof Integer) || (t == long.class && (a instanceof Long || a instanceof Integer))
                            || (t == double.class && a instanceof Double);
                    if (!ok) {
                        return false;
                    }
                } else if (a != null && !t.isInstance(a)) {
                    return false;
                }
            }
            return true;
        }
    }
}
