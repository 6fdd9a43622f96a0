package io.campaignsim.engine;

/**
 * Whether the daily engine skips {@link ContactPolicy#propose} for customers with nothing due
 * (before their {@link ContactPolicy#nextProposalDay}). Results are byte-identical either way (a
 * skipped propose would have written nothing and changed nothing); only the speed differs.
 * Measured on an idle machine (docs/performance.md, "Session 5"), skipping did not pay on any
 * bundled workload: the time analysis that replaces the proposes costs more than they do (the
 * bench's rules workload ran at 0.66x with skipping on), so the daily engine asks everyone by
 * default, as v0.1 did. The next-event engine, which has no other way to leave a customer alone,
 * always uses the wake days.
 */
public enum QuietSkipping {
    /** Ask every customer every day (the default and the reference). */
    NEVER,
    /** Skip customers whose wake day has not come. */
    ALWAYS;

    /**
     * From the system property's value: {@code always} (or {@code true}) always, anything else
     * (unset, {@code false}) never. A developer's switch, so an unknown value falls back to the
     * default rather than stopping a run.
     */
    static QuietSkipping of(String property) {
        return "always".equals(property) || "true".equals(property) ? ALWAYS : NEVER;
    }
}
