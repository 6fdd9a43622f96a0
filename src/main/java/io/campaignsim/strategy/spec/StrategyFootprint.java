package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.strategy.FeatureBuilder;
import java.util.List;
import java.util.Set;

/**
 * What one strategy costs beyond the engine: heap per customer for the training rows and
 * feature matrices of the model-based strategies, and CPU per customer-day relative to the
 * rules engine. The memory and time guards use these before any work starts, so that a run
 * that cannot fit or would take many hours is refused with the reason, not after 20 s with an
 * out-of-memory error or after hours. How the figures were measured: docs/performance.md,
 * "Per-strategy costs".
 */
public final class StrategyFootprint {

    /**
     * Heap per warm-up row and feature: the growable row buffer (capacity up to twice the rows,
     * and both old and new buffer while it grows) and the feature matrix copied from it for the
     * fit, 8-byte doubles: 3 x 8 bytes.
     */
    public static final long BYTES_PER_ROW_FEATURE = 24;
    /**
     * Heap per warm-up row besides the features: arm and outcome buffers (with growth capacity,
     * 24 bytes), labels, weights, treated flags and scores for the budget cut (25 bytes), the
     * X-learner's imputed effects and propensities (16 bytes) and row indices of the arms' row
     * sets (8 bytes), rounded up.
     */
    public static final long BYTES_PER_ROW = 80;

    private StrategyFootprint() {}

    /** Whether {@code type} trains on warm-up rows (one per customer per warm-up day at most). */
    public static boolean trainsOnRows(String type) {
        return TRAINED.contains(type);
    }

    private static final Set<String> TRAINED = Set.of(TargetingSpec.PROPENSITY.name(), TargetingSpec.UPLIFT.name(),
            TargetingSpec.CHURN.name(), NextBestActionSpec.TYPE.name());
    private static final Set<String> SIMPLE = Set.of(HoldoutSpec.TYPE.name(), AsProposedSpec.TYPE.name(),
            RandomSpec.TYPE.name(), AbTestSpec.TYPE.name());
    private static final Set<String> ORACLE_LIKE = Set.of(OracleSpec.TYPE.name(), MultivariateSpec.TYPE.name(),
            OracleSendTimeSpec.TYPE.name());
    private static final Set<String> BANDITS = Set.of(EpsilonGreedySpec.TYPE.name(), Ucb1Spec.TYPE.name(),
            ThompsonSpec.TYPE.name(), SendTimeStrategySpec.TYPE.name(), ChannelStrategySpec.TYPE.name());
    private static final Set<String> PER_ARM = Set.of(LinUcbSpec.TYPE.name(), LinTsSpec.TYPE.name(),
            NextBestActionSpec.TYPE.name());

    /** Warm-up rows per customer: one decision a day at most, for the warm-up days within the horizon. */
    public static int warmupRowsPerCustomer(StrategySpec spec, Scenario scenario) {
        if (!trainsOnRows(spec.type())) {
            return 0;
        }
        return (int) Math.min(scenario.horizonDays(), spec.number(Params.WARMUP_DAYS));
    }

    /** Features per warm-up row (the intercept is not stored). */
    public static int rowFeatures(Scenario scenario) {
        return new FeatureBuilder(scenario).dimension() - 1;
    }

    /** Heap the strategy's model needs per customer at its peak (while fitting), beyond the engine's state. */
    public static long bytesPerCustomer(StrategySpec spec, Scenario scenario) {
        return warmupRowsPerCustomer(spec, scenario) * (BYTES_PER_ROW_FEATURE * rowFeatures(scenario) + BYTES_PER_ROW)
                + learnedBytesPerCustomer(spec, scenario);
    }

    /**
     * The per-customer learning state of the personalisation strategies, for the whole run:
     * log-likelihoods per hour ({@code send_time} learned, 33 bytes) or per channel ({@code channel},
     * 2 bytes a channel); 0 for other strategies.
     */
    public static long learnedBytesPerCustomer(StrategySpec spec, Scenario scenario) {
        if (spec.type().equals(SendTimeStrategySpec.TYPE.name())) {
            SendTimeStrategySpec st = SendTimeStrategySpec.from(spec);
            return (st.learned() ? io.campaignsim.policy.SendTimeLearner.bytesPerCustomer() : 0)
                    + (st.weekdaySpec().holdsForWeekday() ? io.campaignsim.policy.WeekdayLearner.bytesPerCustomer() : 0);
        }
        if (spec.type().equals(ChannelStrategySpec.TYPE.name())) {
            return io.campaignsim.policy.ChannelLearner.bytesPerCustomer(scenario.channels().size());
        }
        return 0;
    }

    /**
     * Values in the strategy's largest array (warm-up rows x features): Java arrays hold at most
     * about 2^31 values, whatever the heap.
     */
    public static long largestArray(StrategySpec spec, Scenario scenario) {
        return scenario.population().size() * warmupRowsPerCustomer(spec, scenario) * (long) rowFeatures(scenario)
                * 2; // the row buffer's growth capacity
    }

    /**
     * CPU per customer-day relative to the rules engine (1.0), measured with
     * {@code StrategyCostProbe} (process CPU seconds of one single-threaded horizon, quickstart at
     * 100,000 customers x 30 days; docs/performance.md) and rounded up, so that the time guard errs
     * on the side of refusing. Strategies that score every arm for every decision cost in
     * proportion to their arms.
     */
    public static double relativeCost(StrategySpec spec, Scenario scenario) {
        String type = spec.type();
        if (SIMPLE.contains(type)) {
            return COST_SIMPLE;
        }
        if (ORACLE_LIKE.contains(type)) {
            return COST_ORACLE;
        }
        if (BANDITS.contains(type)) {
            return COST_BANDIT;
        }
        if (PER_ARM.contains(type)) {
            return 1 + COST_PER_SCORED_ARM * arms(spec, scenario);
        }
        return COST_TARGETING; // the targeting models, and the most expensive figure for any type not listed
    }

    /** Arms a strategy chooses among; next best action defaults to every channel with every offer or none. */
    static int arms(StrategySpec spec, Scenario scenario) {
        int listed = spec.params().get("arms") instanceof List<?> l ? l.size() : 0;
        if (listed > 0 || !spec.type().equals(NextBestActionSpec.TYPE.name())) {
            return Math.max(1, listed);
        }
        long offers = scenario.offers().stream().filter(o -> !o.name().equals("none")).count();
        return (int) (scenario.channels().size() * (offers + 1));
    }

    /** Holdout, policy, random, A/B test: 0.9 to 1.0 measured. */
    static final double COST_SIMPLE = 1.0;
    /** Oracle and multivariate test: 1.1 measured. */
    static final double COST_ORACLE = 1.2;
    /** Epsilon-greedy, UCB1, Thompson sampling: 1.0 to 1.2 measured. */
    static final double COST_BANDIT = 1.5;
    /** Per arm scored per decision: LinUCB with 3 arms 2.7, next best action with 9 arms 6.0 measured. */
    static final double COST_PER_SCORED_ARM = 0.6;
    /** Propensity, uplift, churn targeting: 4.6 to 5.3 measured (the warm-up fit dominates). */
    static final double COST_TARGETING = 6.0;
}
