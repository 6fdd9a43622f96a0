package io.campaignsim.strategy.rl;

/**
 * The parameters of an RL strategy, checked once (the scenario loader has already reported bad
 * values with their position; these checks guard programmatic use). Defaults and meanings are in
 * docs/rl.md.
 *
 * @param gamma discount per day, in [0, 1)
 * @param warmupDays days at the start in which a {@code warmupEpsilon} share of decisions is a uniformly
 *     random action and the rest "no contact" (the exploration log; no learned value is acted on)
 * @param warmupEpsilon share of warm-up decisions that explore
 * @param epsilon exploration probability after the warm-up
 * @param epsilonHalfLifeDays days in which epsilon halves after the warm-up; 0: constant
 * @param learningRate q_learning's normalised step, in (0, 1]
 * @param refitDays fitted_q: days between refits after the first fit
 * @param iterations fitted_q: maximum iterations per fit
 * @param l2 fitted_q: ridge penalty
 * @param replaySize fitted_q: transitions kept for refits (a uniform sample of all seen)
 * @param pessimism standard errors of an arm's advantage over no contact subtracted when choosing (0: plain argmax)
 * @param marginRate margin per unit of spend (economics.margin_rate), to value purchases between decisions
 * @param salt seeds the replay sample
 */
public record RlSettings(double gamma, int warmupDays, double warmupEpsilon, double epsilon, double epsilonHalfLifeDays,
        double learningRate, int refitDays, int iterations, double l2, int replaySize, double pessimism,
        double marginRate, long salt) {

    public static final double DEFAULT_GAMMA = 0.99;
    public static final int FITTED_Q_WARMUP_DAYS = 28;
    public static final int Q_LEARNING_WARMUP_DAYS = 0;
    public static final double DEFAULT_WARMUP_EPSILON = 0.1;
    public static final double FITTED_Q_EPSILON = 0.05;
    public static final double Q_LEARNING_EPSILON = 0.1;
    public static final double Q_LEARNING_EPSILON_HALF_LIFE = 20;
    public static final double FITTED_Q_EPSILON_HALF_LIFE = 30;
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    public static final int DEFAULT_REFIT_DAYS = 7;
    public static final int DEFAULT_ITERATIONS = 100;
    public static final double DEFAULT_L2 = 1.0;
    public static final int DEFAULT_REPLAY_SIZE = 30_000;
    public static final double DEFAULT_PESSIMISM = 5.0;

    public RlSettings {
        if (!(gamma >= 0 && gamma < 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1), but was " + gamma);
        }
        if (warmupDays < 0) {
            throw new IllegalArgumentException("warmup_days must be at least 0, but was " + warmupDays);
        }
        if (!(warmupEpsilon >= 0 && warmupEpsilon <= 1)) {
            throw new IllegalArgumentException("warmup_epsilon must be in [0, 1], but was " + warmupEpsilon);
        }
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], but was " + epsilon);
        }
        if (!(epsilonHalfLifeDays >= 0)) {
            throw new IllegalArgumentException("epsilon_half_life_days must be at least 0, but was " + epsilonHalfLifeDays);
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learning_rate must be in (0, 1], but was " + learningRate);
        }
        if (!(pessimism >= 0)) {
            throw new IllegalArgumentException("pessimism must be at least 0, but was " + pessimism);
        }
        if (refitDays < 1 || iterations < 1 || replaySize < 1 || !(l2 > 0)) {
            throw new IllegalArgumentException("refit_days, iterations, replay_size and l2 must be positive");
        }
    }

    /** Exploration probability on {@code day}. */
    double epsilonOn(int day) {
        if (day < warmupDays) {
            return warmupEpsilon;
        }
        if (epsilonHalfLifeDays == 0) {
            return epsilon;
        }
        return epsilon * Math.pow(0.5, (day - warmupDays) / epsilonHalfLifeDays);
    }
}
