package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;

/**
 * A contact channel and its ground-truth response parameters.
 *
 * <pre>{@code
 * channels:
 *   email: { cost: 0.002, reach: 0.95, preference: 0.5, open_rate: 0.22, click_rate: 0.12 }
 * }</pre>
 *
 * @param name channel name (the key), e.g. email, sms, push, call, web, in_store
 * @param cost cost of one delivered contact, &ge; 0 (default 0)
 * @param reach share of customers reachable on the channel (observed as {@code reachable_<name>}), default 1
 * @param preference mean weight of the channel in customers' hidden channel preferences (default 1/number of channels)
 * @param openRate probability that an average customer sees a contact at a neutral hour (default 0.2)
 * @param clickRate probability of a click once seen (default 0.1)
 * @param persuasion multiplier of the customer's effect when contacted on this channel (default 1)
 * @param fatiguePerSend fatigue added by each delivered contact (default 0.1)
 * @param fatigueHalfLifeDays days for fatigue to halve (default 7)
 * @param unsubscribeRate probability that a delivered contact unsubscribes a rested customer (default 0.002)
 * @param loc where the channel is declared
 */
public record ChannelSpec(String name, double cost, double reach, double preference, double openRate, double clickRate,
        double persuasion, double fatiguePerSend, double fatigueHalfLifeDays, double unsubscribeRate, Loc loc) implements java.io.Serializable {

    static ChannelSpec read(String name, Loc keyLoc, YamlNode node, int channelCount, Problems problems) {
        MapReader m = MapReader.orEmpty(node, "channels." + name, problems);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            problems.add(keyLoc, "channel name '" + name + "' is not valid",
                    "lower-case letters, digits and '_', starting with a letter (it is used in field names such as "
                            + "email_open_rate_30d)");
        }
        ChannelSpec c = new ChannelSpec(name,
                m.number("cost", 0.0, 0.0, 1e6),
                m.probability("reach", 1.0),
                m.number("preference", 1.0 / Math.max(1, channelCount), 0.0, 1e6),
                m.probability("open_rate", 0.2),
                m.probability("click_rate", 0.1),
                m.number("persuasion", 1.0, 0.0, 100.0),
                m.number("fatigue_per_send", 0.1, 0.0, 10.0),
                m.number("fatigue_half_life_days", 7.0, 0.1, 3650.0),
                m.probability("unsubscribe_rate", 0.002),
                keyLoc);
        m.done();
        return c;
    }
}
