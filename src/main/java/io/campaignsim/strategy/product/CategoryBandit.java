package io.campaignsim.strategy.product;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.random.Draws;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/**
 * Next best product: a contextual Thompson-sampling bandit over category arms, with the customer's
 * purchase history as the context. The context is the category the customer bought last and
 * whether that purchase is recent ({@code days_since_purchase <= recentDays}), so it can learn
 * "bought a bike last week: recommend a helmet; bought a bike a year ago: recommend bike care",
 * which neither "recommend what they bought" nor a random category can.
 *
 * <p>Each (context, arm) cell has a Beta posterior on the conversion of the contacts it sent (bought
 * on the day of the contact). Cells share strength through a hierarchical prior: a cell's prior is
 * Beta(n0 g_a, n0 (1 - g_a)), where g_a is the arm's conversion pooled over all contexts (itself
 * under a uniform prior) and n0 = {@code priorStrength} pseudo-contacts. A rare context starts from
 * what the arm does everywhere and moves away as its own evidence accumulates. Posteriors are
 * rebuilt once a day after all feedback (batched, so results do not depend on the thread count).
 *
 * <p>Memory: one byte a customer (the context of today's decision) plus 16 bytes a cell.
 */
public final class CategoryBandit implements Strategy {

    private final List<Arm> arms;
    private final ObservedHistory history;
    private final int categories;
    private final double priorStrength;
    private final int recentDays;
    private final int contexts;
    private final long[] successes;
    private final long[] trials;
    private final Draws.BetaLaw[] posteriors;
    /** Per customer, the context of the day's decision (written by the shard that owns the customer). */
    private final byte[] context;

    /**
     * @param arms arms that each set a category (or last_purchased)
     * @param history the observed history the context is read from
     * @param categories number of catalog categories
     * @param priorStrength n0, pseudo-contacts of the pooled prior in every cell (> 0)
     * @param recentDays a purchase at most this many days ago is "recent"
     */
    public CategoryBandit(List<Arm> arms, ObservedHistory history, int categories, double priorStrength, int recentDays) {
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("next_product needs at least one arm");
        }
        if (!(priorStrength > 0) || Double.isInfinite(priorStrength)) {
            throw new IllegalArgumentException("prior_strength must be positive, but was " + priorStrength);
        }
        if (categories > 127) {
            throw new IllegalArgumentException("at most 127 categories, but was " + categories);
        }
        this.arms = List.copyOf(arms);
        this.history = history;
        this.categories = categories;
        this.priorStrength = priorStrength;
        this.recentDays = recentDays;
        this.contexts = 2 * categories + 1; // (last category, recent?) plus "never bought"
        this.successes = new long[contexts * arms.size()];
        this.trials = new long[contexts * arms.size()];
        this.posteriors = new Draws.BetaLaw[contexts * arms.size()];
        this.context = new byte[history.size()];
        rebuild();
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    /** The context of customer {@code i} on {@code day}: 2k + recent for last category k, or the last slot. */
    int contextOf(int i, int day) {
        int k = history.lastCategory(i);
        if (k < 0 || k >= categories) {
            return contexts - 1;
        }
        return 2 * k + (history.daysSincePurchase(i, day) <= recentDays ? 1 : 0);
    }

    @Override
    public int choose(Decision d) {
        int c = contextOf(d.customer(), d.day());
        context[d.customer()] = (byte) c;
        int best = 0;
        double bestDraw = -1;
        int base = c * arms.size();
        for (int a = 0; a < arms.size(); a++) {
            double draw = d.draws().nextBeta(posteriors[base + a]);
            if (draw > bestDraw) {
                bestDraw = draw;
                best = a;
            }
        }
        return best;
    }

    @Override
    public void learn(Feedback fb) {
        for (int k = 0; k < fb.size(); k++) {
            int a = fb.arm(k);
            if (a < 0 || !fb.learnable(k)) {
                continue;
            }
            int cell = (context[fb.customer(k)] & 0xFF) * arms.size() + a; // contexts up to 241: unsigned
            trials[cell]++;
            if (fb.purchased(k)) {
                successes[cell]++;
            }
        }
    }

    @Override
    public void endOfDay(int day) {
        rebuild();
    }

    /** Pooled arm rates, then every cell's posterior under its arm's pooled prior. */
    private void rebuild() {
        int n = arms.size();
        for (int a = 0; a < n; a++) {
            long s = 0;
            long t = 0;
            for (int c = 0; c < contexts; c++) {
                s += successes[c * n + a];
                t += trials[c * n + a];
            }
            double pooled = (1.0 + s) / (2.0 + t);
            for (int c = 0; c < contexts; c++) {
                int cell = c * n + a;
                posteriors[cell] = Draws.BetaLaw.of(priorStrength * pooled + successes[cell],
                        priorStrength * (1 - pooled) + trials[cell] - successes[cell]);
            }
        }
    }

    /** Posterior mean conversion of arm {@code a} in context {@code c} (for tests and reports). */
    public double estimate(int c, int a) {
        Draws.BetaLaw law = posteriors[c * arms.size() + a];
        return law.a() / (law.a() + law.b());
    }

    /** Number of contexts: two per category (recent or not) and one for customers who never bought. */
    public int contexts() {
        return contexts;
    }
}
