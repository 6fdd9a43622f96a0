package io.campaignsim.policy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.scenario.Scenario;

/**
 * The contact opportunities strategies get when a scenario has no rules or journeys: every
 * customer once a week, on a weekday spread by customer index, through the channel the
 * policy's channel_choice picks, at its send time.
 */
public final class WeeklyCadence implements ContactPolicy {

    private static final ActionTemplate AUTO = new ActionTemplate(ActionTemplate.AUTO, -1, -1, -1);

    private final ActionResolver resolver;

    public WeeklyCadence(Scenario scenario, ObservedHistory history) {
        this.resolver = new ActionResolver(scenario, history);
    }

    /** The scenario's journey policy, or this cadence when the policy has no rules and no journeys. */
    public static ContactPolicy opportunities(Scenario scenario, ObservedHistory history) {
        boolean empty = scenario.policy().rules().isEmpty() && scenario.policy().journeys().isEmpty();
        return empty ? new WeeklyCadence(scenario, history) : JourneyPolicy.factory(scenario).apply(history);
    }

    @Override
    public void propose(int customer, int day, ActionBuffer out) {
        if ((day + customer) % 7 == 0) {
            resolver.propose(AUTO, customer, day, 0, out);
        }
    }

    /** The customer's next weekday of the cadence: nothing else makes it propose. */
    @Override
    public int nextProposalDay(int customer, int day) {
        int t = day + 1;
        return t + Math.floorMod(-(t + customer), 7);
    }

    @Override
    public void onDelivered(int customer, int day, int source, int channel, int hour, boolean opened) {
        resolver.delivered(customer, day, channel, hour, opened);
    }

    @Override
    public void onPurchase(int customer, int day, double profit) {
        resolver.purchased(customer, day, profit);
    }

    @Override
    public void onUnsubscribe(int customer, int day) {
        resolver.unsubscribed(customer, day);
    }

    @Override
    public void endOfShardDay(int from, int to, int day) {
        resolver.endOfShardDay(from, day);
    }

    @Override
    public void endOfDay(int day) {
        resolver.endOfDay(day);
    }
}
