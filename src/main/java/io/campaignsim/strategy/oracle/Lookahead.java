package io.campaignsim.strategy.oracle;

import io.campaignsim.population.GroundTruth;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.world.ResidualValue;
import io.campaignsim.world.WorldModel;

/**
 * The far-sighted oracle's value of a customer-day decision (docs/strategies.md, "oracle"): the
 * expected objective of the customer from today to the horizon (and, for CLV, the residual value
 * after it) if today's decision is taken and the customer is never contacted again, computed from
 * the hidden truth and the customer's true state (recency, fatigue per channel, habituation).
 *
 * <p>Today is exact: open, purchase, incentive, contact cost, and the churn draw at the post-send
 * fatigue. Later days are a mean-field recursion over the alive probability {@code S}, the mean
 * recency term {@code M = E[exp(-r/60) | alive]} (exact for the organic rate, which is linear in
 * it) and the mean recency {@code R} (for the churn hazard's recency factor), with fatigue and
 * habituation decaying deterministically as they do without contacts. Comparing the decisions on
 * this value is one step of policy improvement over the holdout (a rollout): it prices the churn
 * a contact's fatigue causes over the rest of the horizon and the habituation a discount leaves.
 *
 * @implNote Allocation-free; one instance per oracle, read-only after construction, so shard
 *     threads may share it.
 */
final class Lookahead {

    private final WorldModel world;
    private final GroundTruth truth;
    /** The scenario's objective (economics.objective); strategies sit below compare, so not compare.Objective. */
    private enum Goal { PROFIT, REVENUE, CONVERSIONS, CLV }

    private final Goal objective;
    private final int horizon;
    private final int channels;
    private final double delta;
    private final int residualDays;
    private final double recencyStep = Math.exp(-1.0 / WorldModel.RECENCY_DAYS);
    /** Days after today valued one by one; later days go in blocks. */
    static final int EXACT_DAYS = 7;
    /** Length of the blocks after the first days, in days... */
    static final int BLOCK_DAYS = 7;
    /** ...up to this many days ahead; later blocks are longer. */
    static final int WEEKLY_UNTIL = 63;
    static final int LONG_BLOCK_DAYS = 21;

    Lookahead(Scenario scenario, WorldModel world, GroundTruth truth) {
        this.world = world;
        this.truth = truth;
        this.objective = Goal.valueOf(scenario.economics().objective().toUpperCase(java.util.Locale.ROOT));
        this.horizon = scenario.horizonDays();
        this.channels = scenario.channels().size();
        this.delta = scenario.economics().dailyDiscount();
        this.residualDays = scenario.economics().residualDays();
    }

    /** What a purchase is worth on the objective, without incentive (organic purchases). */
    double purchaseValue(int i) {
        return switch (objective) {
            case PROFIT, CLV -> truth.basketMean(i) * world.marginRate();
            case REVENUE -> truth.basketMean(i);
            case CONVERSIONS -> 1.0;
        };
    }

    /** What a purchase after seeing {@code offer} is worth: the incentive is paid (profit) or taken off (revenue). */
    double offerPurchaseValue(int i, int offer) {
        double basket = truth.basketMean(i);
        return switch (objective) {
            case PROFIT, CLV -> basket * world.marginRate() - basket * world.discount(offer) - world.fixedIncentive(offer);
            case REVENUE -> basket * (1 - world.discount(offer));
            case CONVERSIONS -> 1.0;
        };
    }

    /** Contact cost as it counts on the objective (only profit and CLV pay for contacts). */
    double contactCost(int channel) {
        return objective == Goal.PROFIT || objective == Goal.CLV ? world.contactCost(channel) : 0.0;
    }

    /**
     * Expected objective from today on for one decision.
     *
     * @param i customer
     * @param day today
     * @param r days since purchase today
     * @param fatigue post-decision fatigue per channel today (after today's send, if any)
     * @param habituation habituation level from tomorrow on (after today's offer, if seen)
     * @param buy probability of a purchase today
     * @param todayValue expected objective of today (purchases, incentives, contact cost)
     */
    double value(int i, int day, int r, double[] fatigue, double habituation, double buy, double todayValue) {
        double total = todayValue;
        double fatigueNow = 0;
        for (int c = 0; c < channels; c++) {
            fatigueNow += fatigue[c];
        }
        double hazard = buy * world.baseChurnHazard(truth, i, 0) + (1 - buy) * world.baseChurnHazard(truth, i, r);
        double alive = 1 - Math.min(1.0, hazard * world.churnFatigueFactor(fatigueNow));
        double m = recencyStep * (buy + (1 - buy) * Math.exp(-r / WorldModel.RECENCY_DAYS));
        double meanR = buy + (1 - buy) * (r + 1.0);
        double v = purchaseValue(i);
        double rate = truth.purchaseRate(i);
        double p = 0;
        double h = 0;
        for (int k = 1; day + k < horizon; ) {
            // Days one by one for the first week, where today's decision matters most, then weekly
            // blocks to week 9 and three-week blocks after, each with the rates of its middle day
            // (closed forms below): rates change slowly that far out.
            int len = Math.min(k <= EXACT_DAYS ? 1 : k <= WEEKLY_UNTIL ? BLOCK_DAYS : LONG_BLOCK_DAYS, horizon - day - k);
            int mid = k + (len - 1) / 2;
            double f = 0;
            for (int c = 0; c < channels; c++) {
                f += fatigue[c] == 0 ? 0 : fatigue[c] * world.fatigueDecay(c, mid);
            }
            double hab = habituation == 0 ? 1.0 : WorldModel.habituationFactor(habituation * world.habituationDecay(mid));
            p = Math.min(1.0, rate * (WorldModel.RECENCY_FLOOR + (1 - WorldModel.RECENCY_FLOOR) * m) * hab);
            double base = p * world.baseChurnHazard(truth, i, 0)
                    + (1 - p) * world.baseChurnHazard(truth, i, (int) Math.round(meanR));
            h = Math.min(1.0, f > 0 ? base * world.churnFatigueFactor(f) : base);
            if (len == 1) {
                total += alive * p * v;
                alive *= 1 - h;
                m = recencyStep * (p + (1 - p) * m);
                meanR = p + (1 - p) * (meanR + 1);
            } else {
                // sum_{j<len} (1-h)^j alive days, and the linear recurrences of m and R solved over len days
                double survive = power(1 - h, len);
                total += alive * p * v * (h > 0 ? (1 - survive) / h : len);
                alive *= survive;
                double a = recencyStep * (1 - p);
                double mFixed = recencyStep * p / (1 - a);
                m = mFixed + power(a, len) * (m - mFixed);
                meanR = p > 0 ? 1 / p + power(1 - p, len) * (meanR - 1 / p) : meanR + len;
            }
            k += len;
        }
        if (objective == Goal.CLV) {
            if (day + 1 >= horizon) {
                // decided on the last day: the residual starts from today's state
                double hab = habituation == 0 ? 1.0 : WorldModel.habituationFactor(habituation);
                p = Math.min(1.0, rate * (WorldModel.RECENCY_FLOOR + (1 - WorldModel.RECENCY_FLOOR) * m) * hab);
                h = Math.min(1.0, hazard * world.churnFatigueFactor(fatigueNow));
            }
            total += alive * p * v * ResidualValue.days(h, delta, residualDays);
        }
        return total;
    }

    /** x^n for the small block lengths, by multiplication (Math.pow costs as much as the rest of a block). */
    private static double power(double x, int n) {
        double r = 1;
        for (int k = 0; k < n; k++) {
            r *= x;
        }
        return r;
    }
}
