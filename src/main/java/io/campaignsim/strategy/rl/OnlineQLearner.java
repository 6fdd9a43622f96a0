package io.campaignsim.strategy.rl;

/**
 * {@code q_learning}: every completed transition updates the action values at once (one
 * {@link QLearning} step each, in shard order, so the result is the same on any thread count);
 * the new values act from the next day on.
 */
final class OnlineQLearner implements Learner {

    private final LinearQ q;
    private final double step;
    private long seen;

    OnlineQLearner(int actions, int dimension, double step) {
        this.q = new LinearQ(actions, dimension);
        this.step = step;
    }

    @Override
    public LinearQ q() {
        return q;
    }

    @Override
    public void observe(Transitions completed) {
        for (int k = 0; k < completed.size(); k++) {
            QLearning.update(q, completed, k, step);
        }
        seen += completed.size();
    }

    @Override
    public long transitions() {
        return seen;
    }
}
