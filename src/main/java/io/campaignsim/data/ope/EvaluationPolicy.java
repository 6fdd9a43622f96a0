package io.campaignsim.data.ope;

/**
 * A policy to evaluate off-policy: the probability π(item | position) that it shows {@code item}
 * at {@code position} (1-based). The probabilities at one position sum to 1 over the items.
 */
public interface EvaluationPolicy {

    double probability(int item, int position);

    /** A one-line description for the output. */
    String describe();
}
