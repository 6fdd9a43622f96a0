import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same {@code simulate} several times in ONE JVM, each timed (wall and process CPU): the first
 * run is a user's cold run (class loading, JIT warm-up and recompilation included, JVM start
 * excluded), the later ones show what the same work costs once the code is compiled. The gap is
 * the cold start's share of a run; docs/performance.md, "Session 10". Works with any campaignsim
 * jar (v0.1 on: the CLI is reached by reflection). Usage, from the checkout's folder:
 * {@code java -cp JAR bench/WarmRuns.java RUNS SIZE DAYS daily|next-event|none [SCENARIO]}
 * ({@code none}: no {@code --stepping} option, for jars before it existed; SCENARIO defaults to
 * scenarios/quickstart.yaml). Each run writes into a fresh temporary folder, deleted afterwards.
 */
public class WarmRuns {
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java -cp JAR bench/WarmRuns.java RUNS SIZE DAYS daily|next-event|none [SCENARIO]");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        String scenario = args.length > 4 ? args[4] : "scenarios/quickstart.yaml";
        Method commandLine = Class.forName("io.campaignsim.cli.Cli").getDeclaredMethod("commandLine", PrintWriter.class, PrintWriter.class);
        commandLine.setAccessible(true);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PrintWriter out = new PrintWriter(java.io.OutputStream.nullOutputStream(), true); // the run's own report: not needed here
        PrintWriter err = new PrintWriter(System.err, true);
        for (int r = 0; r < runs; r++) {
            Path parent = Files.createTempDirectory("campaignsim-warm-runs");
            List<String> cli = new ArrayList<>(List.of("simulate", scenario, "--size", args[1], "--days", args[2], "--threads", "2", "-q",
                    "--out", parent.resolve("out").toString()));
            if (!args[3].equals("none")) {
                cli.addAll(List.of("--stepping", args[3]));
            }
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            Object line = commandLine.invoke(null, out, err);
            int code = (int) line.getClass().getMethod("execute", String[].class).invoke(line, (Object) cli.toArray(new String[0]));
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf("run %d: exit %d, wall %.2f s, process CPU %.2f s%n", r + 1, code, wallSeconds, cpuSeconds);
            try (Stream<Path> files = Files.walk(parent)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p); // only what this run wrote, in its own temporary folder
                }
            }
        }
        System.exit(0);
    }
}
