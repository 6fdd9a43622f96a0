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
        long[] seen = new long[2];
        Thread interrupted = new Thread(() -> System.err.printf("%ncampaignsim: %s; no output was written (a previous "
                + "result, if any, is untouched)%n", howFar(seen, unit, task)));
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            if (quiet || System.console() == null) {
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
