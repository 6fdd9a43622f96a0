package io.campaignsim.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The shared {@code --threads} option; results never depend on it. */
public final class ThreadsOption {

    /** Largest thread count accepted; more than this is a typo, not a machine. */
    static final int MAX_THREADS = 1024;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int count = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Worker threads (default: the number of cores). Results are identical for any value.")
    void setCount(int value) {
        if (value < 1 || value > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads is " + value + "; expected 1 to " + MAX_THREADS);
        }
        this.count = value;
    }

    public int count() {
        return count;
    }
}
