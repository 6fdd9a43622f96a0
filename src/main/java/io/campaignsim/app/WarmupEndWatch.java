package io.campaignsim.app;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.EffectEstimate;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.RewardWindow;
import io.campaignsim.strategy.ScoringModel;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.TestHistory;
import io.campaignsim.strategy.predict.CustomerPredictor;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A strategy as it is, plus one call of {@code onFitted} with the first day after the warm-up: the
 * first end of day after which the strategy has a fitted model (a customer-level predictor or a
 * same-day scoring model). Compare uses it to score the model against the hidden state of that
 * moment, which is gone by the end of the run. Decisions and learning are forwarded unchanged, so
 * results are the same as without it.
 */
final class WarmupEndWatch implements Strategy {

    private final Strategy strategy;
    private IntConsumer onFitted;

    WarmupEndWatch(Strategy strategy, IntConsumer onFitted) {
        this.strategy = strategy;
        this.onFitted = onFitted;
    }

    @Override
    public void endOfDay(int day) {
        strategy.endOfDay(day);
        if (onFitted != null && (!strategy.predictors().isEmpty()
                || strategy.scoringModel().filter(ScoringModel::fitted).isPresent())) {
            IntConsumer call = onFitted;
            onFitted = null;
            call.accept(day + 1);
        }
    }

    @Override
    public List<Arm> arms() {
        return strategy.arms();
    }

    @Override
    public int choose(Decision decision) {
        return strategy.choose(decision);
    }

    @Override
    public boolean needsFeatures() {
        return strategy.needsFeatures();
    }

    @Override
    public RewardWindow rewardWindow() {
        return strategy.rewardWindow();
    }

    @Override
    public void learn(Feedback feedback) {
        strategy.learn(feedback);
    }

    @Override
    public void prepare(Feedback feedback) {
        strategy.prepare(feedback);
    }

    @Override
    public Optional<ScoringModel> scoringModel() {
        return strategy.scoringModel();
    }

    @Override
    public List<CustomerPredictor> predictors() {
        return strategy.predictors();
    }

    @Override
    public Optional<TestHistory> testHistory() {
        return strategy.testHistory();
    }

    @Override
    public List<EffectEstimate> factorialEffects() {
        return strategy.factorialEffects();
    }
}
