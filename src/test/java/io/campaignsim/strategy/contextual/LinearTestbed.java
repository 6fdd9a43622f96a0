package io.campaignsim.strategy.contextual;

import io.campaignsim.random.Draws;
import io.campaignsim.random.Seeds;
import io.campaignsim.strategy.bandit.Bandit;

/**
 * A linear contextual problem: {@code arms} arms with true coefficients theta_a ~ N(0, I),
 * contexts x = (1, N(0, I_{d-1})) (an intercept and Gaussian features), reward theta_a . x plus
 * Normal noise of sd {@link #NOISE}. Regret is expected regret, {@code max_a theta_a . x -
 * theta_chosen . x}, summed over decisions. The test also keeps each arm's Gram matrix, to check
 * the learnt coefficients independently of the code under test.
 */
final class LinearTestbed {

    static final double NOISE = 0.5;

    final int arms;
    final int dimension;
    final double[][] theta;
    final double[][][] gram;
    final long[] pulls;
    private final long seed;

    LinearTestbed(int arms, int dimension, long seed) {
        this.arms = arms;
        this.dimension = dimension;
        this.seed = seed;
        Draws d = new Draws(Seeds.derive(seed, 99));
        theta = new double[arms][dimension];
        for (double[] t : theta) {
            for (int j = 0; j < dimension; j++) {
                t[j] = d.nextGaussian() / Math.sqrt(dimension);
            }
        }
        gram = new double[arms][dimension][dimension];
        pulls = new long[arms];
    }

    /** A strategy under test: a contextual bandit, a plain bandit, or uniformly random. */
    interface Policy {
        int select(double[] x, Draws draws);

        void record(int arm, double[] x, double reward);

        void commit();
    }

    static Policy of(ContextualBandit b) {
        return new Policy() {
            public int select(double[] x, Draws draws) {
                return b.select(x, draws);
            }

            public void record(int arm, double[] x, double reward) {
                b.record(arm, x, reward);
            }

            public void commit() {
                b.commit();
            }
        };
    }

    static Policy of(Bandit b) {
        return new Policy() {
            public int select(double[] x, Draws draws) {
                return b.select(draws);
            }

            public void record(int arm, double[] x, double reward) {
                b.record(arm, reward);
            }

            public void commit() {
                b.commit();
            }
        };
    }

    static Policy uniform(int arms) {
        return new Policy() {
            public int select(double[] x, Draws draws) {
                return draws.nextInt(arms);
            }

            public void record(int arm, double[] x, double reward) {}

            public void commit() {}
        };
    }

    double expected(int arm, double[] x) {
        double s = 0;
        for (int j = 0; j < dimension; j++) {
            s += theta[arm][j] * x[j];
        }
        return s;
    }

    double run(Policy policy, int decisions, int batch) {
        double[][] xs = new double[batch][dimension];
        int[] chosen = new int[batch];
        Draws context = new Draws(0);
        Draws choice = new Draws(0);
        double regret = 0;
        for (int start = 0; start < decisions; start += batch) {
            int m = Math.min(batch, decisions - start);
            for (int i = 0; i < m; i++) {
                double[] x = xs[i];
                context.reset(Seeds.derive3(seed, 0, start + i, 0));
                x[0] = 1;
                for (int j = 1; j < dimension; j++) {
                    x[j] = context.nextGaussian();
                }
                chosen[i] = policy.select(x, choice.reset(Seeds.derive3(seed, 1, start + i, 0)));
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < arms; a++) {
                    best = Math.max(best, expected(a, x));
                }
                regret += best - expected(chosen[i], x);
            }
            for (int i = 0; i < m; i++) {
                int a = chosen[i];
                double[] x = xs[i];
                double noise = NOISE * context.reset(Seeds.derive3(seed, 2, start + i, 0)).nextGaussian();
                policy.record(a, x, expected(a, x) + noise);
                pulls[a]++;
                for (int r = 0; r < dimension; r++) {
                    for (int c = 0; c < dimension; c++) {
                        gram[a][r][c] += x[r] * x[c];
                    }
                }
            }
            policy.commit();
        }
        return regret;
    }
}
