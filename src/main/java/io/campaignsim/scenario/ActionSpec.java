package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;

/**
 * What to send: channel, offer, category and hour. Names are checked against the scenario by
 * {@link ScenarioValidator}.
 *
 * <pre>{@code
 * then: { channel: sms, offer: ten_off, category: last_purchased, hour: 18 }
 * }</pre>
 *
 * @param channel a channel name, or {@code auto} (default) to use the policy's channel_choice
 * @param offer an offer name, or {@code none} (default) for no incentive
 * @param category a category name, {@code last_purchased}, or {@code none} (default)
 * @param hour send hour 0..23, or -1 for {@code auto} (default): the policy's send_time
 * @param loc where the action is written
 */
public record ActionSpec(String channel, String offer, String category, int hour, Loc loc) implements java.io.Serializable {

    public static final String AUTO = "auto";
    public static final String NONE = "none";
    public static final String LAST_PURCHASED = "last_purchased";

    static ActionSpec read(YamlNode node, Problems problems) {
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return null;
        }
        int hour = -1;
        YamlNode h = m.node("hour");
        if (h instanceof YamlNode.ScalarNode s && s.text().equalsIgnoreCase(AUTO)) {
            hour = -1;
        } else if (h != null) {
            hour = (int) m.integer("hour", -1, 0, 23);
        }
        ActionSpec a = new ActionSpec(m.string("channel", AUTO), m.string("offer", NONE), m.string("category", NONE),
                hour, node.loc());
        m.done();
        return a;
    }
}
