package io.campaignsim.engine;

/**
 * Whether the daily engine skips {@link ContactPolicy#propose} for customers with nothing due
 * (before their {@link ContactPolicy#nextProposalDay}). Results are byte-identical under every
 * mode (a skipped propose would have written nothing and changed nothing); only the speed differs.
 * Skipping pays when proposes are dear and wake days far apart (several rules with channel choice:
 * about 1.13x on the bench's rules workload), and costs when a cheap propose is replaced by a dearer
 * analysis every few days (quickstart's winback customers, capped twice a week: about 0.82x), so
 * the default measures both on each shard ({@link SkipProbe}).
 */
public enum QuietSkipping {
    /** Ask every customer every day (the reference). */
    NEVER,
    /** Always skip customers whose wake day has not come. */
    ALWAYS,
    /** Per shard, time both modes on a few days and keep the cheaper ({@link SkipProbe}). */
    ADAPTIVE;

    /**
     * From the system property's value: {@code false} never, {@code always} (or {@code true}) always,
     * anything else (unset, {@code adaptive}) adaptive. A developer's switch, so an unknown value falls
     * back to the default rather than stopping a run.
     */
    static QuietSkipping of(String property) {
        if ("false".equals(property)) {
            return NEVER;
        }
        return "always".equals(property) || "true".equals(property) ? ALWAYS : ADAPTIVE;
    }
}
