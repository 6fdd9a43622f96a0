package io.campaignsim.strategy;

import java.util.List;

/**
 * A randomised test's day-by-day record, offered through {@link Strategy#testHistory()} by the
 * strategies that run one (A/B and multivariate tests), so that {@code compare} can trace it.
 */
public interface TestHistory {

    /** One entry per test day so far, in order, ending with the decision day once decided. */
    List<TestDay> history();

    /** The significance level of each comparison against arm 0 (alpha, Bonferroni-corrected). */
    double comparisonAlpha();

    /** The day the test decided, or -1 while it runs. */
    int decidedOnDay();

    /** The configured minimum detectable effect, or NaN when none was given. */
    double mde();
}
