package io.campaignsim.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of comparing strategies over paired replications: what {@link ComparisonAnalysis}
 * concludes and the report writers render.
 *
 * @param objective what ranks strategies: profit, revenue or conversions
 * @param level confidence level of every interval, e.g. 0.95
 * @param replications number of replications (paired across strategies)
 * @param days simulated days
 * @param holdout name of the holdout strategy, or {@link #TWIN} when uplift is against the no-contact twin
 * @param holdoutIsTwin true when no strategy had type holdout and the twin stood in for it
 * @param oracle name of the oracle strategy, or null
 * @param strategies one summary per strategy, in the order first seen in the runs
 * @param best best non-oracle strategy by the objective's mean (ranked first); a winner only if
 *     {@link #decision()} says so
 * @param runnerUp second best, or null with a single contender
 * @param winnerVsRunnerUp paired test of the best's objective against the runner-up's (raw p-value, not the
 *     decision: see {@code decision}), or null
 * @param notes caveats for readers, one sentence each
 * @param segments true incremental profit per customer by strategy and segment; null when unknown
 *     (comparison.json written before it was kept)
 * @param decision winner, inconclusive or underpowered, with the Holm-adjusted pairwise tests behind it
 */
public record Comparison(Objective objective, double level, int replications, int days, String holdout,
        boolean holdoutIsTwin, String oracle, List<StrategySummary> strategies, String best, String runnerUp,
        PairedTest winnerVsRunnerUp, List<String> notes, SegmentIncrementals segments, Decision decision) {

    /** The name that stands for the no-contact twin when there is no holdout strategy. */
    public static final String TWIN = "no-contact twin";

    public Comparison {
        strategies = List.copyOf(strategies);
        notes = List.copyOf(notes);
        java.util.Objects.requireNonNull(decision, "decision");
    }

    /** The named winner, or null when the decision is inconclusive or underpowered. */
    public String winner() {
        return decision.winner();
    }

    /** Strategies by rank, the oracle last. */
    public List<StrategySummary> ranked() {
        return strategies.stream()
                .sorted(Comparator.comparingInt((StrategySummary s) -> s.rank() == 0 ? Integer.MAX_VALUE : s.rank()))
                .toList();
    }

    public Optional<StrategySummary> strategy(String name) {
        return strategies.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The summary of the best by mean (ranked first), whether or not it is a winner. */
    public StrategySummary bestSummary() {
        return strategy(best).orElseThrow();
    }
}
