package io.campaignsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Option;

/** Options of the commands that run simulations: quiet and verbose, and the progress bar they control. */
public final class RunMixin {

    /** Work that reports progress as (done, total). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Receives progress updates. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    @Option(names = "--allow-long", description = "Run even when the estimate says it would take more than 6 hours.")
    boolean allowLong;

    /**
     * Runs {@code work} with a progress bar on stderr when on a terminal and not quiet. If the
     * process is stopped (Ctrl-C) before the work ends, says on stderr how far it got; the output
     * folder's own shutdown hook removes the unfinished staging folder, so nothing is half-written.
     */
    <T> T withProgress(String task, String unit, Work<T> work) throws Exception {
        return withProgress(task, unit, "no output was written (a previous result, if any, is untouched)", work);
    }

    /** As {@link #withProgress(String, String, Work)}, saying {@code afterStop} when stopped (what was kept). */
    <T> T withProgress(String task, String unit, String afterStop, Work<T> work) throws Exception {
        long[] seen = new long[2];
        Thread interrupted = new Thread(() -> System.err.printf("%ncampaignsim: %s; %s%n", howFar(seen, unit, task),
                afterStop));
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            if (quiet || !stderrIsTerminal()) {
                return work.run((done, total) -> record(seen, done, total));
            }
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                    .setUnit(unit, 1).setInitialMax(1).continuousUpdate().build()) {
                return work.run((done, total) -> {
                    record(seen, done, total);
                    bar.maxHint(total);
                    bar.stepTo(done);
                });
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping: the hook reports the interruption.
            }
        }
    }

    /**
     * Whether stderr, where the bar is drawn, is a terminal: a bar redirected into a file would fill
     * it with carriage returns and escape codes. Java 17 can only tell whether the process has a
     * console (stdin and stdout on a terminal); {@code bin/campaignsim} tests stderr itself
     * ({@code [ -t 2 ]}) and passes the answer as {@value #STDERR_TTY}.
     */
    static boolean stderrIsTerminal() {
        return System.console() != null && !"false".equals(System.getProperty(STDERR_TTY));
    }

    /** System property set by the launcher: "true" or "false" for whether stderr is a terminal. */
    static final String STDERR_TTY = "campaignsim.stderr.tty";

    /** "interrupted after 3 of 30 days of simulate", or where it stopped before the first unit of work. */
    static String howFar(long[] seen, String unit, String task) {
        synchronized (seen) {
            if (seen[1] <= 0) {
                return "interrupted after 0" + unit + " of " + task + " (while loading and generating, before the first"
                        + unit.replaceAll("s$", "") + ")";
            }
            return String.format(java.util.Locale.ROOT, "interrupted after %d of %d%s of %s", seen[0], seen[1], unit, task);
        }
    }

    private static void record(long[] seen, long done, long total) {
        synchronized (seen) {
            seen[0] = Math.max(seen[0], done);
            seen[1] = total;
        }
    }
}
