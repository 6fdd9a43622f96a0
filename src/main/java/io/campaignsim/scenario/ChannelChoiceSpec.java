package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * Which channel an action with {@code channel: auto} uses.
 *
 * <pre>{@code
 * channel_choice: { mode: preferred_observed, channel: email }
 * }</pre>
 *
 * @param mode {@code fixed}: always {@code channel}; {@code preferred_observed}: the reachable,
 *     subscribed channel with this customer's highest observed open rate ({@code channel} until any
 *     open is seen); {@code cheapest_reachable}: the cheapest reachable, subscribed channel
 * @param channel the fixed or fallback channel (default: the first channel declared)
 * @param loc where {@code channel} is written
 */
public record ChannelChoiceSpec(String mode, String channel, Loc loc) implements java.io.Serializable {

    public static final String FIXED = "fixed";
    public static final String PREFERRED_OBSERVED = "preferred_observed";
    public static final String CHEAPEST_REACHABLE = "cheapest_reachable";

    static ChannelChoiceSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return new ChannelChoiceSpec(FIXED, null, null);
        }
        MapReader m = MapReader.of(node, "policy.channel_choice", problems);
        if (m == null) {
            return new ChannelChoiceSpec(FIXED, null, null);
        }
        ChannelChoiceSpec c = new ChannelChoiceSpec(
                m.choice("mode", FIXED, List.of(FIXED, PREFERRED_OBSERVED, CHEAPEST_REACHABLE)),
                m.string("channel", null), m.locOf("channel"));
        m.done();
        return c;
    }
}
