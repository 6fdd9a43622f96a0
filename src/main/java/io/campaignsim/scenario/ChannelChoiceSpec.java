package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * Which channel an action with {@code channel: auto} uses.
 *
 * <pre>{@code
 * channel_choice: { mode: preferred_observed, channel: email }
 * channel_choice: { mode: learned, unsubscribe_cost: 5 }
 * }</pre>
 *
 * @param mode {@code fixed}: always {@code channel}; {@code preferred_observed}: the reachable,
 *     subscribed channel with this customer's highest observed open rate ({@code channel} until any
 *     open is seen); {@code cheapest_reachable}: the cheapest reachable, subscribed channel
 *     {@code learned}: per-customer Thompson sampling over the subscribed channels on open rates,
 *     the learned value of a seen contact, cost, fatigue and unsubscribes (docs/personalisation.md)
 * @param channel the fixed or fallback channel (default: the first channel declared)
 * @param loc where {@code channel} is written
 * @param priorStrength with learned, the hierarchical prior's strength κ in sends (default 8)
 * @param unsubscribeCost with learned, what losing a customer's subscription to a channel costs,
 *     in currency units (default 5)
 */
public record ChannelChoiceSpec(String mode, String channel, Loc loc, double priorStrength, double unsubscribeCost)
        implements java.io.Serializable {

    public static final String FIXED = "fixed";
    public static final String PREFERRED_OBSERVED = "preferred_observed";
    public static final String CHEAPEST_REACHABLE = "cheapest_reachable";
    public static final String LEARNED = "learned";
    public static final double DEFAULT_UNSUBSCRIBE_COST = 5;
    /** κ: the segment's open rate on a channel counts as this many of the customer's own sends. */
    public static final double DEFAULT_PRIOR_STRENGTH = 8;

    public ChannelChoiceSpec(String mode, String channel, Loc loc) {
        this(mode, channel, loc, DEFAULT_PRIOR_STRENGTH, DEFAULT_UNSUBSCRIBE_COST);
    }

    public boolean learned() {
        return LEARNED.equals(mode);
    }

    static ChannelChoiceSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return new ChannelChoiceSpec(FIXED, null, null);
        }
        MapReader m = MapReader.of(node, "policy.channel_choice", problems);
        if (m == null) {
            return new ChannelChoiceSpec(FIXED, null, null);
        }
        ChannelChoiceSpec c = new ChannelChoiceSpec(
                m.choice("mode", FIXED, List.of(FIXED, PREFERRED_OBSERVED, CHEAPEST_REACHABLE, LEARNED)),
                m.string("channel", null), m.locOf("channel"),
                m.number("prior_strength", DEFAULT_PRIOR_STRENGTH, 0.01, 1e6),
                m.number("unsubscribe_cost", DEFAULT_UNSUBSCRIBE_COST, 0, 1e9));
        m.done();
        return c;
    }
}
