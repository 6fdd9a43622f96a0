package io.campaignsim.strategy.oracle;

import io.campaignsim.engine.HiddenView;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.population.GroundTruth;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.world.ResidualValue;
import io.campaignsim.world.WorldModel;

/**
 * The hidden truth behind the customer-level predictions (docs/predictions.md), from the world's
 * hidden state on the day the prediction is made, with the customer left alone from that day on
 * (what a "risk if we do nothing" means):
 *
 * <ul>
 *   <li>P(no purchase within N days): exact under the world model. A churned customer never buys
 *       (1). Otherwise, day by day k = 0..N-1 with recency r + k, the habituation and fatigue decaying
 *       as they do without contact: the customer is still alive and has not bought with probability
 *       S_k (S_0 = 1), buys on day k with p_k (organic purchase times the habituation factor) and
 *       then churns with h_k, so P(first purchase on day k) = S_k p_k and
 *       S_{k+1} = S_k (1 - p_k)(1 - h_k); the answer is 1 - Σ S_k p_k.
 *   <li>first and repeat purchase within N days: 1 minus that.
 *   <li>next basket value: the customer's true mean basket (each basket is log-normal with that mean).
 *   <li>CLV: the simulator's own residual value (docs/model.md): the day's purchase probability and
 *       churn hazard held constant over {@code economics.residual_days}, discounted; 0 once churned.
 * </ul>
 *
 * Used only by compare to score predictions; no strategy other than the oracle is built with the truth.
 */
public final class TrueOutlook {

    private final Scenario scenario;
    private final WorldModel world;
    private final GroundTruth truth;
    private final ObservedHistory history;
    private final HiddenView hidden;

    public TrueOutlook(Scenario scenario, GroundTruth truth, ObservedHistory history, HiddenView hidden) {
        this.scenario = scenario;
        this.world = new WorldModel(scenario);
        this.truth = truth;
        this.history = history;
        this.hidden = hidden;
    }

    /** The expected basket of customer i's next purchase: the true mean basket. */
    public double nextBasket(int i) {
        return truth.basketMean(i);
    }

    /** P(no purchase on days day .. day+n-1 | hidden state on day, left alone). */
    public double noPurchaseWithin(int i, int day, int n) {
        if (hidden.churned(i)) {
            return 1.0;
        }
        int r = history.daysSincePurchase(i, day);
        double alive = 1.0;
        double bought = 0.0;
        for (int k = 0; k < n; k++) {
            int d = day + k;
            double p = Math.min(1.0, world.organicPurchase(truth, i, r + k)
                    * WorldModel.habituationFactor(hidden.habituation(i, d)));
            double h = Math.min(1.0, world.churnHazard(truth, i, r + k, totalFatigue(i, d)));
            bought += alive * p;
            alive *= (1 - p) * (1 - h);
        }
        return Math.max(0.0, 1.0 - bought);
    }

    /** The residual value of customer i from {@code day} on, as the simulator values it at the horizon. */
    public double lifetimeValue(int i, int day) {
        if (hidden.churned(i)) {
            return 0.0;
        }
        int r = history.daysSincePurchase(i, day);
        double p = Math.min(1.0, world.organicPurchase(truth, i, r)
                * WorldModel.habituationFactor(hidden.habituation(i, day)));
        double h = Math.min(world.churnHazard(truth, i, r, totalFatigue(i, day)), 1.0);
        return p * truth.basketMean(i) * world.marginRate()
                * ResidualValue.days(h, scenario.economics().dailyDiscount(), scenario.economics().residualDays());
    }

    private double totalFatigue(int i, int day) {
        double sum = 0;
        for (int c = 0; c < history.channels(); c++) {
            sum += hidden.fatigue(i, c, day);
        }
        return sum;
    }
}
