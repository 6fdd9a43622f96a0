package io.campaignsim.policy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.random.KeyedUniforms;
import io.campaignsim.random.RandomStreams;
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

    // Channel-choice modes as ints: the String switch hashed the mode on every auto-channel action
    // (String.hashCode was 1-3 % of the engine's JFR samples, docs/performance.md).
    private static final int FIXED = 0;
    private static final int PREFERRED_OBSERVED = 1;
    private static final int CHEAPEST_REACHABLE = 2;

    private final ObservedHistory history;
    private final int channelMode;
    private final int fallbackChannel;
    private final int[] channelsByCost;
    private final boolean bestHour;
    private final int defaultHour;
    private final double explore;
    /** The explored send hours: (scenario seed, POLICY), keyed by customer-day. */
    private final KeyedUniforms hourDraws;

    public ActionResolver(Scenario scenario, ObservedHistory history) {
        this.history = history;
        ChannelChoiceSpec cc = scenario.policy().channelChoice();
        this.channelMode = switch (cc.mode()) {
            case ChannelChoiceSpec.PREFERRED_OBSERVED -> PREFERRED_OBSERVED;
            case ChannelChoiceSpec.CHEAPEST_REACHABLE -> CHEAPEST_REACHABLE;
            default -> FIXED;
        };
        this.fallbackChannel = cc.channel() == null ? 0 : scenario.channelIndex(cc.channel());
        this.channelsByCost = java.util.stream.IntStream.range(0, scenario.channels().size()).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer c) -> scenario.channels().get(c).cost())
                        .thenComparingInt(c -> c))
                .mapToInt(Integer::intValue).toArray();
        SendTimeSpec st = scenario.policy().sendTime();
        this.bestHour = st.bestObserved();
        this.defaultHour = st.hour();
        this.explore = st.explore();
        this.hourDraws = new KeyedUniforms(scenario.seed(), RandomStreams.Purpose.POLICY);
        assert scenario.channels().stream().map(ChannelSpec::name).count() == channelsByCost.length;
    }

    /** Adds the resolved proposal to {@code out}; nothing when no channel can reach the customer. */
    public void propose(ActionTemplate a, int i, int day, int source, ActionBuffer out) {
        int channel = a.channel() == ActionTemplate.AUTO ? chooseChannel(i) : a.channel();
        if (channel < 0) {
            return;
        }
        int hour = a.hour() >= 0 ? a.hour() : (bestHour ? learnedHour(i, day) : defaultHour);
        int category = a.category() == ActionTemplate.LAST_PURCHASED ? history.lastCategory(i) : a.category();
        out.add(channel, a.offer(), category, hour, source);
    }

    /**
     * The customer's best observed hour, except for an {@code explore} share of contacts sent at
     * a random hour: without them only the default hour is ever observed. The draws are keyed by
     * (scenario seed, customer, day), so they are the same for any thread count and differ
     * between replications.
     */
    private int learnedHour(int i, int day) {
        if (explore > 0) {
            long key = hourDraws.key(i, day);
            if (KeyedUniforms.uniform(key, 0) < explore) {
                return (int) (KeyedUniforms.uniform(key, 1) * 24);
            }
        }
        return history.bestObservedHour(i, defaultHour);
    }

    private int chooseChannel(int i) {
        switch (channelMode) {
            case CHEAPEST_REACHABLE:
                for (int c : channelsByCost) {
                    if (history.subscribed(i, c)) {
                        return c;
                    }
                }
                return -1;
            case PREFERRED_OBSERVED: {
                // One mask read for all channels, and open rates only of subscribed channels and
                // only once the customer was ever contacted (before that every rate is NaN):
                // 13 % of the engine's JFR samples before, 5 % after (docs/performance.md).
                int subscribed = history.subscribedMask(i);
                int best = -1;
                if (history.everContacted(i)) {
                    double bestRate = -1;
                    for (int m = subscribed; m != 0; m &= m - 1) {
                        int c = Integer.numberOfTrailingZeros(m);
                        double r = history.openRate30d(i, c);
                        if (r > bestRate) {
                            bestRate = r;
                            best = c;
                        }
                    }
                }
                return best >= 0 ? best : fallbackOrFirstSubscribed(subscribed);
            }
            default:
                return fallbackChannel;
        }
    }

    private int fallbackOrFirstSubscribed(int subscribedMask) {
        if ((subscribedMask & (1 << fallbackChannel)) != 0) {
            return fallbackChannel;
        }
        return subscribedMask == 0 ? -1 : Integer.numberOfTrailingZeros(subscribedMask);
    }
}
