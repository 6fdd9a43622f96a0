package io.campaignsim.compare.check;

/** The outcome of one (strategy, metric) test of {@code campaignsim check}. */
public enum Verdict {
    /** No confident worsening beyond the margin. */
    OK("ok"),
    /** Confidently worse than the baseline by more than the margin: fails the build. */
    REGRESSED("REGRESSED"),
    /** Confidently better than the baseline by more than the margin: consider updating the baseline. */
    IMPROVED("improved"),
    /** The baseline has no values for this strategy and metric; not compared. */
    NO_BASELINE("no baseline");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the test was not run (a JUnit {@code <skipped/>}). */
    public boolean skipped() {
        return this == NO_BASELINE;
    }
}
