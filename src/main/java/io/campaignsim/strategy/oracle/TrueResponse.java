package io.campaignsim.strategy.oracle;

import io.campaignsim.engine.ContactGuard;
import io.campaignsim.engine.HiddenView;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.population.GroundTruth;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.world.WorldModel;
import java.util.List;

/**
 * The hidden truth turned into expectations, for the oracle and for scoring models against the
 * truth: the expected change of a customer's purchase probability and of the day's profit if
 * contacted with a given channel, offer, category and hour, versus not contacted (the myopic,
 * per-contact truth at zero fatigue, which is what uplift models estimate), and the far-sighted
 * value of a decision from the customer's true state ({@link Lookahead}). Lives apart from the
 * strategies that must not see it.
 */
public final class TrueResponse {

    private final WorldModel world;
    private final GroundTruth truth;
    private final ObservedHistory history;
    private final HiddenView hidden;
    private final ContactGuard guard;
    private final Lookahead lookahead;
    private final List<String> channelNames;
    private final double[] cost;
    private final int channels;
    private final ThreadLocal<double[]> scratch;

    /** Without the hidden state: fatigue and habituation read as zero (for scoring models). */
    public TrueResponse(Scenario scenario, GroundTruth truth, ObservedHistory history) {
        this(scenario, truth, history, null);
    }

    /** @param hidden the run's hidden state (fatigue, habituation), or null to read them as zero */
    public TrueResponse(Scenario scenario, GroundTruth truth, ObservedHistory history, HiddenView hidden) {
        this.world = new WorldModel(scenario);
        this.truth = truth;
        this.history = history;
        this.hidden = hidden;
        this.guard = new ContactGuard(scenario);
        this.lookahead = new Lookahead(scenario, world, truth);
        this.channelNames = scenario.channelNames();
        this.cost = scenario.channels().stream().mapToDouble(c -> c.cost()).toArray();
        this.channels = cost.length;
        this.scratch = ThreadLocal.withInitial(() -> new double[channels]);
    }

    List<String> channelNames() {
        return channelNames;
    }

    /** True probability of buying today without contact (at zero habituation). */
    public double baseline(int i, int day) {
        return world.organicPurchase(truth, i, history.daysSincePurchase(i, day));
    }

    /** Expected change of today's purchase probability caused by the contact (intent to treat). */
    public double uplift(int i, int day, int channel, int offer, int category, int hour) {
        double open = world.open(truth, i, channel, hour, day % 7, 0.0);
        double p0 = baseline(i, day);
        double p1 = Math.min(1.0, Math.max(0.0, p0 + world.effect(truth, i, channel, offer, category, history.lastCategory(i), history.daysSincePurchase(i, day), 0.0)));
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
        double p1 = Math.min(1.0, Math.max(0.0, p0 + world.effect(truth, i, channel, offer, category, history.lastCategory(i), history.daysSincePurchase(i, day), 0.0)));
        double basket = truth.basketMean(i);
        double margin = basket * world.marginRate();
        double incentive = basket * world.discount(offer) + world.fixedIncentive(offer);
        return open * (p1 * (margin - incentive) - p0 * margin) - cost[channel];
    }

    /** Whether a contact on {@code channel} would pass the guard rails today (before any other send). */
    boolean canDeliver(int i, int channel, int day) {
        return guard.allows(history, i, channel, day, 0);
    }

    private double fatigue(int i, int channel, int day) {
        return hidden == null ? 0.0 : hidden.fatigue(i, channel, day);
    }

    private double habituation(int i, int day) {
        return hidden == null ? 0.0 : hidden.habituation(i, day);
    }

    /** Far-sighted value of leaving the customer alone today (and after). */
    double valueWithoutContact(int i, int day) {
        double[] f = scratch.get();
        for (int c = 0; c < channels; c++) {
            f[c] = fatigue(i, c, day);
        }
        double hab = habituation(i, day);
        int r = history.daysSincePurchase(i, day);
        double p0 = Math.min(1.0, world.organicPurchase(truth, i, r) * WorldModel.habituationFactor(hab));
        return lookahead.value(i, day, r, f, hab, p0, p0 * lookahead.purchaseValue(i));
    }

    /** Far-sighted value of contacting today with (channel, offer, category, hour), then never again. */
    double valueWithContact(int i, int day, int channel, int offer, int category, int hour) {
        double[] f = scratch.get();
        for (int c = 0; c < channels; c++) {
            f[c] = fatigue(i, c, day);
        }
        double fc = f[channel];
        double hab = habituation(i, day);
        int r = history.daysSincePurchase(i, day);
        double p0 = Math.min(1.0, world.organicPurchase(truth, i, r) * WorldModel.habituationFactor(hab));
        int sent = guard.sendHour(hour);
        double open = world.open(truth, i, channel, sent, day % 7, fc);
        double p1 = Math.min(1.0, Math.max(0.0, p0 + world.effect(truth, i, channel, offer, category, history.lastCategory(i), r, fc)));
        double today = open * p1 * lookahead.offerPurchaseValue(i, offer) + (1 - open) * p0 * lookahead.purchaseValue(i)
                - lookahead.contactCost(channel);
        double buy = open * p1 + (1 - open) * p0;
        f[channel] = fc + world.fatiguePerSend(channel);
        double habAfter = hab + open * world.habituationDose(truth, i, offer);
        return lookahead.value(i, day, r, f, habAfter, buy, today);
    }
}
