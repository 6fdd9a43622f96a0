package io.campaignsim.strategy.targeting;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.predict.CustomerPredictor;
import io.campaignsim.strategy.predict.PredictorTrainer;
import io.campaignsim.strategy.predict.ScoreCache;
import java.util.List;

/**
 * Targeting on a customer-level prediction ({@code score: churn_within}, {@code first_purchase},
 * {@code repeat_purchase}, {@code clv}): the same randomised warm-up as the other targeting
 * strategies (arm 0 or nothing, half and half), during which the prediction is learned from the
 * observed history; then every customer is scored (and rescored every {@value ScoreCache#RESCORE_DAYS}
 * days) and an opportunity is contacted with arm 0 exactly when the customer's score is among the
 * highest {@code budget} share of the scored customers. Customers the prediction does not cover
 * (buyers for {@code first_purchase}, leads for {@code repeat_purchase}) are left alone.
 */
public final class PredictionTargeting implements Strategy {

    private final List<Arm> arms;
    private final int warmupDays;
    private final double budget;
    private final ObservedHistory history;
    private PredictorTrainer trainer;
    private CustomerPredictor predictor;
    private final ScoreCache scores;
    private boolean warm;
    private double threshold = Double.POSITIVE_INFINITY;

    public PredictionTargeting(List<Arm> arms, PredictorTrainer trainer, int warmupDays, double budget,
            ObservedHistory history) {
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("targeting needs an arm to send");
        }
        this.arms = List.of(arms.get(0));
        this.trainer = trainer;
        this.warmupDays = warmupDays;
        this.budget = budget;
        this.history = history;
        this.scores = new ScoreCache(history.size());
        trainer.startOfDay(history, 0);
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision d) {
        if (!warm) {
            return d.draws().nextDouble() < 0.5 ? 0 : NO_CONTACT;
        }
        double s = scores.score(d.customer());
        return predictor != null && s >= threshold ? 0 : NO_CONTACT;
    }

    @Override
    public void endOfDay(int day) {
        int next = day + 1;
        if (!warm) {
            if (next < warmupDays) {
                trainer.startOfDay(history, next);
                return;
            }
            warm = true;
            predictor = trainer.fit(history, next);
            trainer = null;
        }
        if (predictor != null && scores.refresh(predictor, history, next)) {
            threshold = scores.threshold(budget);
        }
    }

    @Override
    public List<CustomerPredictor> predictors() {
        return predictor == null ? List.of() : List.of(predictor);
    }
}
