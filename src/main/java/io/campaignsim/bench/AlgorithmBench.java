package io.campaignsim.bench;

import io.campaignsim.random.Draws;
import io.campaignsim.random.RandomStreams;
import io.campaignsim.random.RandomStreams.Purpose;
import io.campaignsim.strategy.bandit.BernoulliThompson;
import io.campaignsim.strategy.contextual.LinUcb;

/**
 * The pure-algorithm workloads, without the simulator, exactly as {@code bench/reference.py}
 * runs them in NumPy so that the two throughputs can be compared on one machine. The true
 * parameters are closed-form (no seed), so both sides face the same problem; only the random
 * draws differ, which is why mean rewards agree within noise rather than exactly.
 *
 * <ul>
 *   <li>Bernoulli Thompson: {@link #ARMS} arms with success rates {@code 0.02 + 0.01 k},
 *       Beta(1, 1) priors, posteriors updated once per batch (a "day").</li>
 *   <li>LinUCB: {@link #ARMS} arms, {@link #DIMENSION} features {@code x = (1, z)} with
 *       {@code z ~ N(0, I_9)}, true coefficients {@link #theta}, reward {@code theta_a . x} plus
 *       Normal noise of sd {@link #NOISE}, alpha 1, ridge 1, refitted once per batch.</li>
 * </ul>
 * Both report decisions per second (drawing the context and the reward included, as in NumPy)
 * and the mean expected reward of the chosen arms (rate, or {@code theta_a . x}).
 *
 * @implNote Stateless; each call builds its own bandit.
 */
public final class AlgorithmBench {

    public static final int ARMS = 5;
    public static final int DIMENSION = 10;
    static final double NOISE = 0.5;

    /** Result of one workload run. */
    public record Run(double seconds, long decisions, double meanReward) {
        public double decisionsPerSecond() {
            return decisions / seconds;
        }
    }

    private AlgorithmBench() {}

    /** Success rate of Thompson arm {@code k}. */
    public static double rate(int k) {
        return 0.02 + 0.01 * k;
    }

    /** True LinUCB coefficient j of arm a: a fixed, seed-free pattern of scale 1/sqrt(d). */
    public static double theta(int a, int j) {
        return Math.sin(1.0 + 0.7 * a + 1.3 * j * (a + 1)) / Math.sqrt(DIMENSION);
    }

    public static Run thompson(long rounds, int batch, long seed) {
        BernoulliThompson ts = new BernoulliThompson(ARMS, 1.0, 1.0);
        Draws decide = new Draws(RandomStreams.seed(seed, Purpose.STRATEGY));
        Draws world = new Draws(RandomStreams.seed(seed, Purpose.WORLD));
        double[] p = new double[ARMS];
        for (int k = 0; k < ARMS; k++) {
            p[k] = rate(k);
        }
        double expected = 0;
        long t0 = System.nanoTime();
        for (long r = 0; r < rounds; r++) {
            int arm = ts.select(decide);
            expected += p[arm];
            ts.record(arm, world.nextDouble() < p[arm] ? 1 : 0);
            if ((r + 1) % batch == 0) {
                ts.commit();
            }
        }
        ts.commit();
        return new Run((System.nanoTime() - t0) / 1e9, rounds, expected / rounds);
    }

    public static Run linUcb(long rounds, int batch, long seed) {
        LinUcb ucb = new LinUcb(ARMS, DIMENSION, 1.0, 1.0);
        double[][] theta = new double[ARMS][DIMENSION];
        for (int a = 0; a < ARMS; a++) {
            for (int j = 0; j < DIMENSION; j++) {
                theta[a][j] = theta(a, j);
            }
        }
        Draws decide = new Draws(RandomStreams.seed(seed, Purpose.STRATEGY));
        Draws world = new Draws(RandomStreams.seed(seed, Purpose.WORLD));
        double[] x = new double[DIMENSION];
        double expected = 0;
        long t0 = System.nanoTime();
        for (long r = 0; r < rounds; r++) {
            x[0] = 1.0;
            for (int j = 1; j < DIMENSION; j++) {
                x[j] = world.nextGaussian();
            }
            int arm = ucb.select(x, decide);
            double mean = 0;
            for (int j = 0; j < DIMENSION; j++) {
                mean += theta[arm][j] * x[j];
            }
            expected += mean;
            ucb.record(arm, x, mean + NOISE * world.nextGaussian());
            if ((r + 1) % batch == 0) {
                ucb.commit();
            }
        }
        ucb.commit();
        return new Run((System.nanoTime() - t0) / 1e9, rounds, expected / rounds);
    }
}
