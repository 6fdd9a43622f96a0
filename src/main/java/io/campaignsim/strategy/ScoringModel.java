package io.campaignsim.strategy;

/**
 * A strategy's fitted model, offered through {@link Strategy#scoringModel()} so that
 * {@code compare} can score it against the hidden truth on a snapshot of customers (the strategy
 * itself never sees the truth).
 */
public interface ScoringModel {

    /** What was fitted, e.g. "T-learner uplift (logistic)". */
    String modelName();

    /** True when the score is a predicted uplift, false when it is a purchase probability. */
    boolean scoresUplift();

    /** Whether a model has been fitted yet. */
    boolean fitted();

    /** The score of one customer from features without intercept. */
    double score(double[] featuresWithoutIntercept);

    /** The arm whose effect the model targets. */
    int treatmentArm();
}
