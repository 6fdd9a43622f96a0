package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journey policy that {@code simulate} runs: journeys and rules propose contacts; caps and
 * quiet hours constrain them. See docs/policy.md.
 *
 * @param frequencyCap caps over all channels together
 * @param channelCaps caps per channel name
 * @param quietHours hours in which nothing is sent
 * @param sendTime how {@code hour: auto} is resolved
 * @param channelChoice how {@code channel: auto} is resolved
 * @param rules rules, evaluated in order every day for every customer
 * @param firstMatchOnly only the first matching rule fires (default true); false fires all that match
 * @param journeys journeys (state machines)
 * @param loc where the policy is declared
 */
public record PolicySpec(FrequencyCap frequencyCap, Map<String, FrequencyCap> channelCaps, QuietHours quietHours,
        SendTimeSpec sendTime, ChannelChoiceSpec channelChoice, List<RuleSpec> rules, boolean firstMatchOnly,
        List<JourneySpec> journeys, Map<String, Loc> channelCapLocs, Loc loc) implements java.io.Serializable {

    public PolicySpec {
        channelCaps = Collections.unmodifiableMap(new LinkedHashMap<>(channelCaps));
        channelCapLocs = Collections.unmodifiableMap(new LinkedHashMap<>(channelCapLocs));
        rules = List.copyOf(rules);
        journeys = List.copyOf(journeys);
    }

    /** A policy that never contacts anyone. */
    public static PolicySpec none() {
        return new PolicySpec(FrequencyCap.none(), Map.of(), QuietHours.none(), SendTimeSpec.defaults(),
                new ChannelChoiceSpec(ChannelChoiceSpec.FIXED, null, null), List.of(), true, List.of(), Map.of(), null);
    }

    static PolicySpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return none();
        }
        MapReader m = MapReader.of(node, "policy", problems);
        if (m == null) {
            return none();
        }
        FrequencyCap cap = FrequencyCap.read(m.node("frequency_cap"), "policy.frequency_cap", problems);
        Map<String, Loc> capLocs = new LinkedHashMap<>();
        Map<String, FrequencyCap> channelCaps = m.namedSections("channel_caps", false, "channel names to caps",
                (name, keyLoc, value) -> {
                    capLocs.put(name, keyLoc);
                    return FrequencyCap.read(value, "policy.channel_caps." + name, problems);
                });
        PolicySpec p = new PolicySpec(cap, channelCaps, QuietHours.read(m.node("quiet_hours"), problems),
                SendTimeSpec.read(m.node("send_time"), problems),
                ChannelChoiceSpec.read(m.node("channel_choice"), problems),
                m.list("rules", false, n -> RuleSpec.read(n, problems)), m.bool("first_match_only", true),
                m.list("journeys", false, n -> JourneySpec.read(n, problems)), capLocs, node.loc());
        m.done();
        return p;
    }
}
