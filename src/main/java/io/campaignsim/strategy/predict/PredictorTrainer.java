package io.campaignsim.strategy.predict;

import io.campaignsim.engine.ObservedHistory;

/**
 * Learns one customer-level prediction from the observed history during a warm-up. The owner
 * calls {@link #startOfDay} before each simulated day (with the history as it stands then) and
 * {@link #fit} once, at the start of the first day after the warm-up. Both run between days, on one
 * thread.
 */
public interface PredictorTrainer {

    /** Sees the history at the start of {@code day} (e.g. to keep a snapshot of features). */
    void startOfDay(ObservedHistory h, int day);

    /** The fitted predictor at the start of {@code day}, or null when there was nothing to learn from. */
    CustomerPredictor fit(ObservedHistory h, int day);

    /** A trainer for {@code prediction} (customer-level), fitted at the start of {@code fitDay}. */
    static PredictorTrainer of(Prediction prediction, int withinDays, int fitDay, io.campaignsim.strategy.FeatureBuilder features,
            io.campaignsim.scenario.Scenario scenario) {
        return switch (prediction) {
            case CHURN_WITHIN, FIRST_PURCHASE, REPEAT_PURCHASE -> new PurchaseWindowTrainer(prediction, withinDays, fitDay,
                    features);
            case NEXT_BASKET_VALUE, CLV -> new ClvTrainer(prediction, scenario);
            default -> throw new IllegalArgumentException(prediction + " is not a customer-level prediction");
        };
    }
}
