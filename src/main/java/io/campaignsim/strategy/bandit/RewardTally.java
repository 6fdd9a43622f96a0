package io.campaignsim.strategy.bandit;

/**
 * Per-arm reward counts, means and sums of squared deviations, committed and pending. Pending
 * outcomes are kept with Welford's update and merged at {@link #commit()} with Chan et al.'s
 * pairwise formula, which stays accurate for millions of pulls (a naive sum of squares
 * cancels catastrophically).
 */
final class RewardTally {

    private final long[] pulls;
    private final double[] mean;
    private final double[] squares;
    private final long[] pendingPulls;
    private final double[] pendingMean;
    private final double[] pendingSquares;

    RewardTally(int arms) {
        pulls = new long[arms];
        mean = new double[arms];
        squares = new double[arms];
        pendingPulls = new long[arms];
        pendingMean = new double[arms];
        pendingSquares = new double[arms];
    }

    int arms() {
        return pulls.length;
    }

    void record(int arm, double reward) {
        Arguments.arm(arm, pulls.length);
        Arguments.finite("reward", reward);
        long n = ++pendingPulls[arm];
        double delta = reward - pendingMean[arm];
        pendingMean[arm] += delta / n;
        pendingSquares[arm] += delta * (reward - pendingMean[arm]);
    }

    /** Merges pending into committed; returns whether anything was pending. */
    boolean commit() {
        boolean changed = false;
        for (int a = 0; a < pulls.length; a++) {
            long m = pendingPulls[a];
            if (m == 0) {
                continue;
            }
            changed = true;
            long n = pulls[a];
            long total = n + m;
            double delta = pendingMean[a] - mean[a];
            mean[a] += delta * m / total;
            squares[a] += pendingSquares[a] + delta * delta * ((double) n * m / total);
            pulls[a] = total;
            pendingPulls[a] = 0;
            pendingMean[a] = 0;
            pendingSquares[a] = 0;
        }
        return changed;
    }

    long pulls(int arm) {
        return pulls[arm];
    }

    double mean(int arm) {
        return mean[arm];
    }

    /** Sum of squared deviations from the mean of the committed rewards of {@code arm}. */
    double squares(int arm) {
        return squares[arm];
    }

    long totalPulls() {
        long t = 0;
        for (long p : pulls) {
            t += p;
        }
        return t;
    }

    double[] means() {
        return mean.clone();
    }

    long[] pullsCopy() {
        return pulls.clone();
    }
}
