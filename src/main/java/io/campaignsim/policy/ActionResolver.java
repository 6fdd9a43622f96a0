package io.campaignsim.policy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.scenario.ChannelChoiceSpec;
import io.campaignsim.scenario.ChannelSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.SendTimeSpec;

/**
 * Turns an {@link ActionTemplate} into a concrete proposal for one customer: picks the channel
 * for {@code auto} (fixed, best observed open rate, or cheapest reachable), the send hour
 * (fixed or the customer's best observed hour) and the last purchased category. Reads only
 * observed history.
 *
 * @implNote Immutable apart from the history it reads; safe to share between shards.
 */
public final class ActionResolver {

    private final ObservedHistory history;
    private final String channelMode;
    private final int fallbackChannel;
    private final int[] channelsByCost;
    private final boolean bestHour;
    private final int defaultHour;

    public ActionResolver(Scenario scenario, ObservedHistory history) {
        this.history = history;
        ChannelChoiceSpec cc = scenario.policy().channelChoice();
        this.channelMode = cc.mode();
        this.fallbackChannel = cc.channel() == null ? 0 : scenario.channelIndex(cc.channel());
        this.channelsByCost = java.util.stream.IntStream.range(0, scenario.channels().size()).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer c) -> scenario.channels().get(c).cost())
                        .thenComparingInt(c -> c))
                .mapToInt(Integer::intValue).toArray();
        SendTimeSpec st = scenario.policy().sendTime();
        this.bestHour = st.bestObserved();
        this.defaultHour = st.hour();
        assert scenario.channels().stream().map(ChannelSpec::name).count() == channelsByCost.length;
    }

    /** Adds the resolved proposal to {@code out}; nothing when no channel can reach the customer. */
    public void propose(ActionTemplate a, int i, int source, ActionBuffer out) {
        int channel = a.channel() == ActionTemplate.AUTO ? chooseChannel(i) : a.channel();
        if (channel < 0) {
            return;
        }
        int hour = a.hour() >= 0 ? a.hour() : (bestHour ? history.bestObservedHour(i, defaultHour) : defaultHour);
        int category = a.category() == ActionTemplate.LAST_PURCHASED ? history.lastCategory(i) : a.category();
        out.add(channel, a.offer(), category, hour, source);
    }

    private int chooseChannel(int i) {
        switch (channelMode) {
            case ChannelChoiceSpec.CHEAPEST_REACHABLE:
                for (int c : channelsByCost) {
                    if (history.subscribed(i, c)) {
                        return c;
                    }
                }
                return -1;
            case ChannelChoiceSpec.PREFERRED_OBSERVED: {
                int best = -1;
                double bestRate = -1;
                for (int c = 0; c < history.channels(); c++) {
                    double r = history.openRate30d(i, c);
                    if (history.subscribed(i, c) && r > bestRate) {
                        bestRate = r;
                        best = c;
                    }
                }
                return best >= 0 ? best : fallbackOrFirstSubscribed(i);
            }
            default:
                return fallbackChannel;
        }
    }

    private int fallbackOrFirstSubscribed(int i) {
        if (history.subscribed(i, fallbackChannel)) {
            return fallbackChannel;
        }
        for (int c = 0; c < history.channels(); c++) {
            if (history.subscribed(i, c)) {
                return c;
            }
        }
        return -1;
    }
}
