package io.campaignsim.strategy.oracle;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.population.GroundTruth;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.world.WorldModel;

/**
 * The hidden truth turned into expectations, for the oracle and for scoring models against the
 * truth: the expected change of a customer's purchase probability and of the day's profit if
 * contacted with a given channel, offer, category and hour, versus not contacted. Fatigue is
 * taken as zero (its effect on later days is not modelled), so this is the myopic, per-contact
 * truth. Lives apart from the strategies that must not see it.
 */
public final class TrueResponse {

    private final WorldModel world;
    private final GroundTruth truth;
    private final ObservedHistory history;
    private final double[] cost;

    public TrueResponse(Scenario scenario, GroundTruth truth, ObservedHistory history) {
        this.world = new WorldModel(scenario);
        this.truth = truth;
        this.history = history;
        this.cost = scenario.channels().stream().mapToDouble(c -> c.cost()).toArray();
    }

    /** True probability of buying today without contact. */
    public double baseline(int i, int day) {
        return world.organicPurchase(truth, i, history.daysSincePurchase(i, day));
    }

    /** Expected change of today's purchase probability caused by the contact (intent to treat). */
    public double uplift(int i, int day, int channel, int offer, int category, int hour) {
        double open = world.open(truth, i, channel, hour, day % 7, 0.0);
        double p0 = baseline(i, day);
        double p1 = Math.min(1.0, Math.max(0.0, p0 + world.effect(truth, i, channel, offer, category, 0.0)));
        return open * (p1 - p0);
    }

    /**
     * Expected profit of the customer-day if contacted minus if not: the margin of the caused
     * purchases, minus discounts paid to everyone who buys after seeing the offer, minus the
     * contact's cost.
     */
    public double profitDelta(int i, int day, int channel, int offer, int category, int hour) {
        double open = world.open(truth, i, channel, hour, day % 7, 0.0);
        double p0 = baseline(i, day);
        double p1 = Math.min(1.0, Math.max(0.0, p0 + world.effect(truth, i, channel, offer, category, 0.0)));
        double basket = truth.basketMean(i);
        double margin = basket * world.marginRate();
        double incentive = basket * world.discount(offer) + world.fixedIncentive(offer);
        return open * (p1 * (margin - incentive) - p0 * margin) - cost[channel];
    }
}
