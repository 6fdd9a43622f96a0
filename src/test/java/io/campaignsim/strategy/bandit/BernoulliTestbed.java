package io.campaignsim.strategy.bandit;

import io.campaignsim.random.Draws;
import io.campaignsim.random.Seeds;
import java.util.function.Supplier;

/**
 * K arms with fixed success rates. A run makes {@code decisions} choices, committing after every
 * {@code batch} of them (1 = fully sequential; 100 = a day of decisions made on yesterday's
 * state), and returns the expected (pseudo-)regret {@code sum (mu* - mu_chosen)}, which has less
 * noise than realised regret and the same expectation.
 */
final class BernoulliTestbed {

    /** Marketing-like conversion rates: small, close together. */
    static final double[] MARKETING = {0.05, 0.04, 0.03, 0.02, 0.01};
    /** An easy two-arm problem: gap 0.1. */
    static final double[] EASY = {0.5, 0.4};

    private BernoulliTestbed() {}

    static double regret(Bandit bandit, double[] rates, int decisions, int batch, long seed) {
        double best = 0;
        for (double r : rates) {
            best = Math.max(best, r);
        }
        Draws choice = new Draws(0);
        Draws outcome = new Draws(0);
        int[] chosen = new int[batch];
        double regret = 0;
        for (int start = 0; start < decisions; start += batch) {
            int m = Math.min(batch, decisions - start);
            for (int i = 0; i < m; i++) {
                chosen[i] = bandit.select(choice.reset(Seeds.derive3(seed, 0, start + i, 0)));
                regret += best - rates[chosen[i]];
            }
            for (int i = 0; i < m; i++) {
                double u = outcome.reset(Seeds.derive3(seed, 1, start + i, 0)).nextDouble();
                bandit.record(chosen[i], u < rates[chosen[i]] ? 1 : 0);
            }
            bandit.commit();
        }
        return regret;
    }

    /** Regret of fresh bandits over seeds 1..seeds, one value a seed. */
    static double[] regrets(Supplier<Bandit> bandit, double[] rates, int decisions, int batch, int seeds) {
        double[] r = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            r[s] = regret(bandit.get(), rates, decisions, batch, s + 1);
        }
        return r;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Standard error of the mean. */
    static double standardError(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1) / x.length);
    }
}
