package io.campaignsim.ml;

/**
 * Any fitted model seen as a score of one matrix row: {@code model::probability},
 * {@code model::uplift} or {@code model::predict}. What {@link CrossFitting} calls on held-out rows.
 */
@FunctionalInterface
public interface RowScorer {

    double score(FeatureMatrix x, int row);
}
