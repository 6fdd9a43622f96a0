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

    /** Runs {@code work} with a progress bar on stderr when on a terminal and not quiet. */
    <T> T withProgress(String task, String unit, Work<T> work) throws Exception {
        if (quiet || System.console() == null) {
            return work.run((done, total) -> { });
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, 1).setInitialMax(1).continuousUpdate().build()) {
            return work.run((done, total) -> {
                bar.maxHint(total);
                bar.stepTo(done);
            });
        }
    }
}
