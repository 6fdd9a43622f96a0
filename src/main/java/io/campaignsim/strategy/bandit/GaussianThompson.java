package io.campaignsim.strategy.bandit;

import io.campaignsim.random.Draws;

/**
 * Thompson sampling for real-valued rewards such as profit per contact, with an unknown mean and
 * an unknown variance per arm: a Normal-Gamma conjugate prior on (mean mu, precision tau),
 * {@code tau ~ Gamma(alpha0, rate beta0)}, {@code mu | tau ~ Normal(mu0, 1 / (kappa0 tau))}.
 * After n rewards with mean xbar and sum of squared deviations S the posterior is Normal-Gamma
 * with
 * <pre>
 *   kappa_n = kappa0 + n                 mu_n   = (kappa0 mu0 + n xbar) / kappa_n
 *   alpha_n = alpha0 + n / 2             beta_n = beta0 + S / 2 + kappa0 n (xbar - mu0)^2 / (2 kappa_n)
 * </pre>
 * A decision draws, for every arm, tau from Gamma(alpha_n, rate beta_n), then mu from
 * Normal(mu_n, 1 / (kappa_n tau)), and picks the largest mu.
 *
 * <p>The prior is weakly informative and follows the scale of the rewards, so profit in cents
 * and in dollars behave alike: mu0 = 0 with kappa0 = 0.01 (the weight of a hundredth of an
 * observation; an untried arm's mean is spread about 10 reward standard deviations around 0,
 * so untried arms are tried early), and alpha0 = 1 with beta0 = alpha0 * v, where v is the
 * pooled within-arm variance of all committed rewards (1 before any spread is seen): a prior
 * worth two observations saying "this arm is about as noisy as the others". That keeps an arm
 * whose first few rewards happen to be equal from claiming near-zero variance.
 *
 * <p>Rewards that are mostly 0 with a rare large value (a conversion's margin) are far from
 * Normal; with few pulls this model can write off an arm whose first rewards were all 0.
 * For 0/1 outcomes prefer {@link BernoulliThompson}.
 *
 * <p>YAML: {@code - { name: ts_profit, type: thompson, arms: [none, ten_off], reward: profit }}
 *
 * @implNote {@link #select} is thread-safe between commits (see {@link Bandit}).
 */
public final class GaussianThompson implements Bandit {

    static final double PRIOR_MEAN = 0;
    static final double PRIOR_COUNT = 0.01;
    static final double PRIOR_SHAPE = 1;

    private final RewardTally tally;
    /** Posterior parameters per arm, precomputed at commit for {@link #select}. */
    private final double[] kappa;
    private final double[] mu;
    private final double[] alpha;
    private final double[] beta;

    /** @param arms number of arms, at least 1 */
    public GaussianThompson(int arms) {
        Arguments.atLeast("arms", arms, 1);
        tally = new RewardTally(arms);
        kappa = new double[arms];
        mu = new double[arms];
        alpha = new double[arms];
        beta = new double[arms];
        commit();
    }

    @Override
    public int arms() {
        return mu.length;
    }

    @Override
    public int select(Draws draws) {
        return ArgMax.of(mu.length, SAMPLE, this, draws);
    }

    /** One draw of arm {@code a}'s mean: tau from its Gamma posterior, then mu given tau. */
    private static final ArgMax.Scores<GaussianThompson> SAMPLE = (a, t, best, draws) -> {
        double tau = draws.nextGamma(t.alpha[a]) / t.beta[a];
        return t.mu[a] + draws.nextGaussian() / Math.sqrt(t.kappa[a] * tau);
    };

    @Override
    public void record(int arm, double reward) {
        tally.record(arm, reward);
    }

    @Override
    public void commit() {
        tally.commit();
        double beta0 = PRIOR_SHAPE * pooledVariance();
        for (int a = 0; a < mu.length; a++) {
            long n = tally.pulls(a);
            double xbar = tally.mean(a);
            kappa[a] = PRIOR_COUNT + n;
            mu[a] = (PRIOR_COUNT * PRIOR_MEAN + n * xbar) / kappa[a];
            alpha[a] = PRIOR_SHAPE + n / 2.0;
            double shift = xbar - PRIOR_MEAN;
            beta[a] = beta0 + tally.squares(a) / 2 + PRIOR_COUNT * n * shift * shift / (2 * kappa[a]);
        }
    }

    /** Sum of squared deviations over degrees of freedom, pooled over arms; 1 if none yet. */
    private double pooledVariance() {
        double squares = 0;
        long freedom = 0;
        for (int a = 0; a < mu.length; a++) {
            squares += tally.squares(a);
            freedom += Math.max(tally.pulls(a) - 1, 0);
        }
        double v = freedom == 0 ? 0 : squares / freedom;
        return v > 0 ? v : 1;
    }

    @Override
    public double[] estimates() {
        return tally.means();
    }

    @Override
    public long[] pulls() {
        return tally.pullsCopy();
    }
}
