package io.campaignsim.strategy.predict;

import io.campaignsim.engine.ObservedHistory;

/**
 * A fitted customer-level prediction: from the observed history alone, a score for every customer
 * it covers on a given day. Immutable once fitted, so it may be read from shard threads.
 */
public interface CustomerPredictor {

    /** What is predicted. */
    Prediction prediction();

    /** The window in days of a windowed prediction (0 otherwise). */
    int withinDays();

    /** What was fitted, e.g. "logistic P(no purchase within 30 days)". */
    String modelName();

    /** Whether the prediction is defined for customer {@code i} on {@code day} (e.g. leads only). */
    boolean covers(ObservedHistory h, int i, int day);

    /** The prediction for customer {@code i} on {@code day}, made from the history as recorded so far. */
    double predict(ObservedHistory h, int i, int day);
}
