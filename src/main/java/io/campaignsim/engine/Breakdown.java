package io.campaignsim.engine;

import java.util.List;

/**
 * The micro review of one run: per channel and per touchpoint (rule or journey stage) what was
 * sent and what it truly caused.
 *
 * <p><b>True incremental profit by channel or touchpoint</b> is an allocation of the twin
 * difference, stated here because no allocation is the only possible one: each customer's own
 * true incremental profit over the run (profit in the policy world minus profit of the same
 * customer's no-contact twin, on the same draws; contact costs included) is split over the
 * channels (touchpoints) that contacted the customer, in proportion to the number of delivered
 * contacts from each. Customers never contacted have exactly zero difference (same draws, same
 * probabilities), so the allocations add up to the run's total true incremental profit. What it
 * does not say: which contact of a customer did the work (a customer's effect is shared equally
 * per contact), nor what removing a channel alone would have done (that needs another run).
 *
 * @param channels channel names
 * @param contacts delivered contacts per channel
 * @param opens opened contacts per channel
 * @param clicks clicks per channel
 * @param conversions purchases on a day the customer saw a contact on the channel (last touch, as a CRM counts)
 * @param channelIncrementalProfit allocated true incremental profit per channel
 * @param journeys entries and exits per touchpoint (its touchpoint names name the touchpoint arrays)
 * @param touchpointContacts delivered contacts per touchpoint
 * @param touchpointIncrementalProfit allocated true incremental profit per touchpoint
 * @param unattributedContacts delivered contacts no touchpoint proposed (a strategy's weekly cadence)
 * @param unattributedIncrementalProfit the share of incremental profit of those contacts
 * @param incrementalProfit the run's total true incremental profit (sum over customers)
 */
public record Breakdown(List<String> channels, double[] contacts, double[] opens, double[] clicks, double[] conversions,
        double[] channelIncrementalProfit, JourneyCounts journeys, double[] touchpointContacts,
        double[] touchpointIncrementalProfit, double unattributedContacts, double unattributedIncrementalProfit,
        double incrementalProfit) implements java.io.Serializable {

    public Breakdown {
        channels = List.copyOf(channels);
        contacts = contacts.clone();
        opens = opens.clone();
        clicks = clicks.clone();
        conversions = conversions.clone();
        channelIncrementalProfit = channelIncrementalProfit.clone();
        touchpointContacts = touchpointContacts.clone();
        touchpointIncrementalProfit = touchpointIncrementalProfit.clone();
    }

    public List<String> touchpoints() {
        return journeys.touchpoints();
    }
}
