package io.campaignsim.cli;

import io.campaignsim.engine.Stepping;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The shared {@code --stepping} option: how the engine advances time (docs/model.md, "Stepping"). */
public final class SteppingOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Stepping stepping = Stepping.DAILY;

    /** Whether --stepping was on the command line (check then compares it with the baseline's). */
    private boolean given;

    @Option(names = "--stepping", paramLabel = "daily|next-event",
            description = "How the engine advances time (default: daily, the reference; check: the baseline's). "
                    + "next-event touches a customer only on days something can happen: the same model, equal in "
                    + "distribution, faster; its numbers differ from daily's draw for draw.")
    void set(String value) {
        try {
            stepping = Stepping.parse(value);
            given = true;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--stepping: " + e.getMessage()
                    + " (e.g. --stepping next-event)");
        }
    }

    public Stepping stepping() {
        return stepping;
    }

    /** The stepping named on the command line, or null when --stepping was not given. */
    public Stepping given() {
        return given ? stepping : null;
    }
}
