package io.campaignsim.strategy;

import java.util.List;
import java.util.Optional;

/**
 * An experiment strategy: for each contact opportunity that the scenario's journey policy
 * creates, decides which arm to send, or not to contact at all. Created fresh for each
 * replication.
 *
 * <p>{@link #choose} runs concurrently on shard threads and must only read state fixed for the
 * day (and the decision's own draws); learning happens in {@link #learn}, called once per shard
 * in shard order after the day, then {@link #endOfDay}: batched updates, so results do not
 * depend on the thread count.
 *
 * <p>Optional capabilities are methods with empty defaults, offered by the strategies that have
 * them: a scoring model to assess against the truth, a randomised test's history, the effects
 * of a factorial test. Callers ask for them instead of testing the strategy's class.
 */
public interface Strategy {

    /** Returned by {@link #choose} to leave the customer alone (and count them as control). */
    int NO_CONTACT = -1;

    /** The arms this strategy picks from (index = arm). */
    List<Arm> arms();

    /** The arm for this opportunity, or {@link #NO_CONTACT}. */
    int choose(Decision decision);

    /** Whether {@link Feedback} should carry each decision's feature vector. */
    default boolean needsFeatures() {
        return false;
    }

    /**
     * Null (default): {@link #learn} gets each day's feedback after the day, with same-day
     * profit. A window: each decision's feedback arrives {@code days} days later with its CLV
     * reward in {@link Feedback#profit} ({@link RewardWindow}).
     */
    default RewardWindow rewardWindow() {
        return null;
    }

    /** One shard's feedback of the day (or, with a {@link #rewardWindow}, of the day whose window just closed). */
    default void learn(Feedback feedback) {}

    /**
     * The parallel half of {@link #learn}, for learners whose statistics are sums over rows: called
     * once a shard's day is over (every outcome of its rows is in), on that shard's thread and
     * concurrently with other shards, before {@link #learn} is called for the same feedback in
     * shard order. It may write only what belongs to {@code feedback} (its
     * {@link Feedback#attachment()}), never the strategy's shared state, and {@link #learn} must
     * give the same result to the last bit whether or not it ran ({@link Feedback#prepared()} says
     * whether it did). Not called with a {@link #rewardWindow}. Default: nothing.
     */
    default void prepare(Feedback feedback) {}

    /** After all feedback of {@code day}. */
    default void endOfDay(int day) {}

    /** The fitted model compare assesses against the hidden truth (model quality), if this strategy has one. */
    default Optional<ScoringModel> scoringModel() {
        return Optional.empty();
    }

    /**
     * The customer-level predictions this strategy has fitted so far (docs/predictions.md), which
     * compare scores against the hidden truth at the end of the warm-up; empty before the fit and for
     * strategies without one.
     */
    default List<io.campaignsim.strategy.predict.CustomerPredictor> predictors() {
        return List.of();
    }

    /** The randomised test this strategy runs, whose day-by-day history compare traces, if any. */
    default Optional<TestHistory> testHistory() {
        return Optional.empty();
    }

    /** The main effects and interactions a factorial test estimated so far; empty for other strategies. */
    default List<EffectEstimate> factorialEffects() {
        return List.of();
    }
}
