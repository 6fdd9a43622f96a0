package io.campaignsim.strategy.bandit;

import io.campaignsim.random.Draws;

/**
 * Thompson sampling for 0/1 rewards (Thompson 1933; Agrawal and Goyal 2012): each arm's rate has
 * a Beta(priorAlpha, priorBeta) prior, so after s successes and f failures its posterior is
 * Beta(priorAlpha + s, priorBeta + f). A decision draws one rate from every posterior and picks
 * the largest (ties, possible only for degenerate draws, uniformly at random). This pulls each
 * arm with the posterior probability that it is the best, and its regret is asymptotically
 * optimal: {@code sum over suboptimal a of gap_a ln N / KL(mu_a, mu*)} (Kaufmann et al. 2012).
 *
 * <p>The default prior Beta(1, 1) is uniform. With marketing-like rates (1-5%) a prior such as
 * Beta(1, 50) states "a few percent" and spends less traffic proving bad arms bad.
 *
 * <p>YAML: {@code - { name: ts, type: thompson, arms: [none, ten_off, free_ship], prior_alpha: 1, prior_beta: 1 }}
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link Bandit}).
 */
public final class BernoulliThompson implements Bandit {

    /** Default prior: Beta(1, 1), uniform on [0, 1]. */
    public static final double DEFAULT_PRIOR_ALPHA = 1.0;
    public static final double DEFAULT_PRIOR_BETA = 1.0;

    private final double priorAlpha;
    private final double priorBeta;
    private final long[] successes;
    private final long[] failures;
    private final long[] pendingSuccesses;
    private final long[] pendingFailures;
    /** Posteriors with their sampler constants, prepared at commit for {@link #select}. */
    private final Draws.BetaLaw[] posteriors;

    /**
     * @param arms number of arms, at least 1
     * @param priorAlpha prior pseudo-successes, positive and finite
     * @param priorBeta prior pseudo-failures, positive and finite
     */
    public BernoulliThompson(int arms, double priorAlpha, double priorBeta) {
        Arguments.atLeast("arms", arms, 1);
        this.priorAlpha = Arguments.positive("prior_alpha", priorAlpha);
        this.priorBeta = Arguments.positive("prior_beta", priorBeta);
        successes = new long[arms];
        failures = new long[arms];
        pendingSuccesses = new long[arms];
        pendingFailures = new long[arms];
        posteriors = new Draws.BetaLaw[arms];
        commit();
    }

    @Override
    public int arms() {
        return posteriors.length;
    }

    @Override
    public int select(Draws draws) {
        return ArgMax.of(posteriors.length, SAMPLE, posteriors, draws);
    }

    /** One draw from arm {@code a}'s posterior. */
    private static final ArgMax.Scores<Draws.BetaLaw[]> SAMPLE = (a, laws, best, draws) -> draws.nextBeta(laws[a]);

    /** @throws IllegalArgumentException unless {@code reward} is 0 or 1 */
    @Override
    public void record(int arm, double reward) {
        Arguments.arm(arm, posteriors.length);
        if (reward == 1) {
            pendingSuccesses[arm]++;
        } else if (reward == 0) {
            pendingFailures[arm]++;
        } else {
            throw new IllegalArgumentException(
                    "reward must be 0 or 1 for Bernoulli Thompson sampling, but was " + reward);
        }
    }

    @Override
    public void commit() {
        for (int a = 0; a < posteriors.length; a++) {
            successes[a] += pendingSuccesses[a];
            failures[a] += pendingFailures[a];
            pendingSuccesses[a] = 0;
            pendingFailures[a] = 0;
            posteriors[a] = Draws.BetaLaw.of(priorAlpha + successes[a], priorBeta + failures[a]);
        }
    }

    /** Committed success rate s / (s + f), 0 for an arm never pulled. */
    @Override
    public double[] estimates() {
        double[] e = new double[posteriors.length];
        for (int a = 0; a < e.length; a++) {
            long n = successes[a] + failures[a];
            e[a] = n == 0 ? 0 : (double) successes[a] / n;
        }
        return e;
    }

    @Override
    public long[] pulls() {
        long[] p = new long[posteriors.length];
        for (int a = 0; a < p.length; a++) {
            p[a] = successes[a] + failures[a];
        }
        return p;
    }
}
