package io.campaignsim.strategy;

/** Builds {@link Feedback} by hand, for testing strategies without the simulator. */
public final class FeedbackFixture {

    private final Feedback feedback;

    public FeedbackFixture(int dimension) {
        this.feedback = new Feedback(dimension);
    }

    /** Adds a delivered contact (or a control row with {@code arm} = -1) with its outcome. */
    public FeedbackFixture add(int customer, int arm, boolean purchased, double profit, double[] features) {
        int k = feedback.add(customer, arm, arm >= 0 ? 0 : -1, features);
        if (arm >= 0) {
            feedback.delivered(k, true, 0.0);
        }
        if (purchased || profit != 0) {
            feedback.purchased(k, profit);
            if (!purchased) {
                throw new IllegalArgumentException("profit without a purchase");
            }
        }
        return this;
    }

    /** Runs {@code strategy}'s parallel half of learning on the rows so far, as the engine does after a shard's day. */
    public FeedbackFixture prepare(Strategy strategy) {
        strategy.prepare(feedback);
        feedback.markPrepared();
        return this;
    }

    public Feedback feedback() {
        return feedback;
    }

    public FeedbackFixture clear() {
        feedback.clear();
        return this;
    }
}
