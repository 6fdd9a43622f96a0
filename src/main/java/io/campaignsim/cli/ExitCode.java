package io.campaignsim.cli;

/** The only home of campaignsim's process exit codes (documented in README and --help). */
public enum ExitCode {
    /** Everything worked. */
    OK(0),
    /** The job ran but found a failure: a regression in {@code check}, a cluster that failed the job, or an internal error. */
    FAILURE(1),
    /** Bad input or usage, or a file-system fault (permission denied, disk full, read-only): the user can fix it. */
    INVALID_INPUT(2),
    /** Interrupted (Ctrl-C); no partial output was left. */
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
