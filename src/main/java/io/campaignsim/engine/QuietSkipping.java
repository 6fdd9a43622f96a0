package io.campaignsim.engine;

/**
 * Whether the daily engine skips {@link ContactPolicy#propose} for customers with nothing due
 * (before their {@link ContactPolicy#nextProposalDay}). Results are byte-identical under every
 * mode (a skipped propose would have written nothing and changed nothing); only the speed differs.
 * Measured on an idle machine (docs/performance.md, "Session 5"), skipping did not pay on any
 * bundled workload: the time analysis that replaces the proposes costs more than they do (the
 * bench's rules workload ran at 0.66x with skipping always on, 0.93x adaptive), so the daily
 * engine asks everyone by default, as v0.1 did. The next-event engine, which has no other way to
 * leave a customer alone, always uses the wake days.
 */
public enum QuietSkipping {
    /** Ask every customer every day (the reference). */
    NEVER,
    /** Always skip customers whose wake day has not come. */
    ALWAYS,
    /** Per shard, time both modes on a few days and keep the cheaper ({@link SkipProbe}); slower than NEVER idle. */
    ADAPTIVE;

    /**
     * From the system property's value: {@code always} (or {@code true}) always, {@code adaptive}
     * adaptive, anything else (unset, {@code false}) never. A developer's switch, so an unknown value
     * falls back to the default rather than stopping a run.
     */
    static QuietSkipping of(String property) {
        if ("always".equals(property) || "true".equals(property)) {
            return ALWAYS;
        }
        return "adaptive".equals(property) ? ADAPTIVE : NEVER;
    }
}
