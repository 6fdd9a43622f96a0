package io.campaignsim.compare;

import java.util.List;

/**
 * One model's score for every customer it covers at the end of a strategy's warm-up, beside the
 * hidden truth of what it predicts (for {@code compare --scores}; docs/predictions.md).
 *
 * @param strategy the strategy's name
 * @param replication the replication
 * @param prediction what the score predicts (churn_within, clv, purchase_today, uplift, ...)
 * @param withinDays the window of a windowed prediction, else 0
 * @param day the day the scores were made on (the first day after the warm-up)
 * @param model what was fitted
 * @param segments the scenario's segment names
 * @param customer the customers' indices (population order)
 * @param segment each customer's segment index
 * @param score each customer's score
 * @param truth each customer's true value
 */
public record ScoreSnapshot(String strategy, int replication, String prediction, int withinDays, int day, String model,
        List<String> segments, int[] customer, int[] segment, double[] score, double[] truth)
        implements java.io.Serializable {

    public ScoreSnapshot {
        segments = List.copyOf(segments);
        if (segment.length != customer.length || score.length != customer.length || truth.length != customer.length) {
            throw new IllegalArgumentException("snapshot columns differ in length");
        }
    }

    /** Customers scored. */
    public int size() {
        return customer.length;
    }
}
