package io.campaignsim.policy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.SimulationEngine;
import io.campaignsim.random.Draws;
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
 * @implNote Immutable apart from the history it reads and, with learned send times or channels,
 *     the learners' customer-local state; safe to share between shards.
 */
public final class ActionResolver {

    // Channel-choice modes as ints: the String switch hashed the mode on every auto-channel action
    // (String.hashCode was 1-3 % of the engine's JFR samples, docs/performance.md).
    private static final int FIXED = 0;
    private static final int PREFERRED_OBSERVED = 1;
    private static final int CHEAPEST_REACHABLE = 2;
    private static final int LEARNED = 3;

    private final ObservedHistory history;
    private final int channelMode;
    private final int fallbackChannel;
    private final int[] channelsByCost;
    private final boolean bestHour;
    private final int defaultHour;
    private final double explore;
    /** The explored send hours: (scenario seed, POLICY), keyed by customer-day. */
    private final KeyedUniforms hourDraws;
    /** With send_time: learned, else null. */
    private final SendTimeLearner sendTimes;
    /** With send_time weekday learned or fixed (rule contacts held back to a weekday), else null. */
    private final WeekdayLearner weekdays;
    /** With send_time weekday learned (not a fixed weekday). */
    private final boolean weekdayLearned;
    /** With channel_choice: learned, else null. */
    private final ChannelLearner channelValues;
    /** Thompson draws of the learners: (scenario seed, PERSONALISATION), keyed by customer-day; one stream per shard. */
    private final KeyedUniforms learnerKeys;
    private final Draws[] draws;
    /**
     * Per shard, the customer-day whose learned hour was drawn last and the hour, each shard's slot a
     * cache line from the next ({@link #LONG_SLOT}, {@link #INT_SLOT}): shards run on different threads,
     * and slots sharing a line would move it between the cores at every write (false sharing).
     */
    private final long[] cachedKey;
    private final int[] cachedHour;
    /** Longs and ints per shard slot of {@link #cachedKey}, {@link #cachedHour} and {@link #sendTimeCount}: 64 bytes. */
    private static final int LONG_SLOT = 8;
    private static final int INT_SLOT = 16;
    /**
     * With channel_choice: learned, the customer's last delivered contact (day, channel, opened,
     * fatigue bucket), to credit the day's purchase or unsubscribe to its channel (4 bytes a customer).
     */
    private final short[] lastDay;
    private final byte[] lastChannel;
    private final byte[] lastFlags;
    /**
     * Per shard, the day's send-time outcomes not yet learned, each {@code (i − shard start) << 6 | hour << 1 |
     * opened}, and their count (all of one day: the list is emptied at the end of every day). The learner takes them at the end of the shard's day
     * ({@link #endOfShardDay}, on the shard's thread, or {@link #endOfDay}): in one tight loop its tables and
     * code stay in the first-level caches, where between the engine's other work they would not. The
     * result is the same as learning each outcome at once: outcomes are taken per customer in the
     * order they came, each with its own keyed draw, and a customer's next decision is on a later day.
     */
    private final int[][] sendTimeOutcomes;
    private final int[] sendTimeCount;

    public ActionResolver(Scenario scenario, ObservedHistory history) {
        this.history = history;
        ChannelChoiceSpec cc = scenario.policy().channelChoice();
        this.channelMode = switch (cc.mode()) {
            case ChannelChoiceSpec.PREFERRED_OBSERVED -> PREFERRED_OBSERVED;
            case ChannelChoiceSpec.CHEAPEST_REACHABLE -> CHEAPEST_REACHABLE;
            case ChannelChoiceSpec.LEARNED -> LEARNED;
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
        // Keyed by the global customer index, so that a customer range run on its own draws the same.
        int first = history.population().firstCustomer();
        this.hourDraws = new KeyedUniforms(scenario.seed(), RandomStreams.Purpose.POLICY).forCustomersFrom(first);
        this.sendTimes = st.learned() ? new SendTimeLearner(history, scenario.policy().quietHours(), st.priorStrength())
                : null;
        this.weekdays = st.holdsForWeekday() ? new WeekdayLearner(history, st.priorStrength(), st.weekdayWindowDays(),
                st.learnsWeekday() ? -1 : io.campaignsim.scenario.SegmentSpec.WEEKDAYS.indexOf(st.weekday()),
                new KeyedUniforms(scenario.seed(), RandomStreams.Purpose.PERSONALISATION).forCustomersFrom(first)) : null;
        this.weekdayLearned = st.learnsWeekday();
        this.channelValues = cc.learned()
                ? new ChannelLearner(scenario, history, cc.priorStrength(), cc.unsubscribeCost()) : null;
        this.learnerKeys = new KeyedUniforms(scenario.seed(), RandomStreams.Purpose.PERSONALISATION).forCustomersFrom(first);
        int shards = (history.size() + SimulationEngine.SHARD_SIZE - 1) / SimulationEngine.SHARD_SIZE;
        this.draws = new Draws[Math.max(1, shards)];
        for (int k = 0; k < draws.length; k++) {
            draws[k] = new Draws(0);
        }
        this.cachedKey = new long[draws.length * LONG_SLOT];
        this.cachedHour = new int[draws.length * INT_SLOT];
        this.sendTimeOutcomes = new int[sendTimes == null ? 0 : draws.length][];
        this.sendTimeCount = new int[sendTimeOutcomes.length * INT_SLOT];
        for (int k = 0; k < sendTimeOutcomes.length; k++) {
            sendTimeOutcomes[k] = new int[1024]; // 4 KB: the buffers of neighbouring shards share no line while they fill
        }
        java.util.Arrays.fill(cachedKey, -1);
        int tracked = channelValues == null ? 0 : history.size();
        this.lastDay = new short[tracked];
        this.lastChannel = new byte[tracked];
        this.lastFlags = new byte[tracked];
        java.util.Arrays.fill(lastDay, (short) ObservedHistory.NEVER);
        assert scenario.channels().stream().map(ChannelSpec::name).count() == channelsByCost.length;
    }

    /** Adds the resolved proposal to {@code out}; nothing when no channel can reach the customer. */
    public void propose(ActionTemplate a, int i, int day, int source, ActionBuffer out) {
        int channel = a.channel() == ActionTemplate.AUTO ? chooseChannel(i, day) : a.channel();
        if (channel < 0) {
            return;
        }
        // A rule's contact at the policy's send time is not urgent: it may wait for the customer's
        // weekday (the rule proposes it again while nothing is sent). Journey stages keep their timing.
        if (weekdays != null && source >= RuleSet.SOURCE_BASE && a.hour() < 0
                && weekdays.hold(i, day)) {
            return;
        }
        // When the guard rails will drop every contact today (out.deliverable() false), the learned
        // hour is not drawn: nothing is sent, and the draws are keyed by customer-day, so skipping
        // one changes no other.
        int hour = a.hour() >= 0 ? a.hour()
                : sendTimes != null ? (out.deliverable() ? learnedSendHour(i, day) : defaultHour)
                : (bestHour ? learnedHour(i, day) : defaultHour);
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

    /**
     * The learner's hour for the customer-day, drawn once: a journey and a rule proposing on the
     * same day get the same hour, and the draw is not repeated (the shard's last customer-day is
     * remembered; a shard simulates one customer at a time).
     */
    private int learnedSendHour(int i, int day) {
        int shard = i / SimulationEngine.SHARD_SIZE;
        long key = ((long) i << 16) | day;
        if (cachedKey[shard * LONG_SLOT] != key) {
            cachedKey[shard * LONG_SLOT] = key;
            int kept = sendTimes.keptHour(i); // drawn at the last outcome: no draw stream needed
            cachedHour[shard * INT_SLOT] = kept >= 0 ? kept : sendTimes.choose(i, draws(i, day, 1));
        }
        return cachedHour[shard * INT_SLOT];
    }

    /** The shard's draw stream, restarted at (customer, day, purpose of the draw): the same for any thread count. */
    private Draws draws(int i, int day, int what) {
        return draws[i / SimulationEngine.SHARD_SIZE].reset(learnerKeys.key(i, day) ^ (what * 0xBF58476D1CE4E5B9L));
    }

    /** Whether this resolver learns from outcomes (send_time or channel_choice learned). */
    public boolean learns() {
        return sendTimes != null || channelValues != null || weekdays != null;
    }

    /**
     * Whether a customer's proposals can depend on other customers' outcomes: the learners estimate
     * their segment level from every customer between days. A fixed weekday holds contacts by the
     * customer's own calendar only.
     */
    public boolean learnsAcrossCustomers() {
        return sendTimes != null || channelValues != null || (weekdays != null && weekdayLearned);
    }

    /** A contact was delivered at {@code hour} on {@code channel} (the engine's outcome, for the learners). */
    public void delivered(int i, int day, int channel, int hour, boolean opened) {
        if (sendTimes != null) {
            int shard = i / SimulationEngine.SHARD_SIZE;
            int n = sendTimeCount[shard * INT_SLOT];
            if (n == sendTimeOutcomes[shard].length) {
                sendTimeOutcomes[shard] = java.util.Arrays.copyOf(sendTimeOutcomes[shard], 2 * n);
            }
            sendTimeOutcomes[shard][n] = (i - shard * SimulationEngine.SHARD_SIZE) << 6 | hour << 1 | (opened ? 1 : 0);
            sendTimeCount[shard * INT_SLOT] = n + 1;
        }
        if (weekdays != null) {
            weekdays.record(i, day, opened);
        }
        if (channelValues != null) {
            int bucket = channelValues.bucket(i, channel, day);
            channelValues.delivered(i, channel, bucket, opened);
            lastDay[i] = (short) day;
            lastChannel[i] = (byte) channel;
            lastFlags[i] = (byte) ((opened ? 1 : 0) | bucket << 1);
        }
    }

    /** The customer bought today; credited to the channel of the day's last delivered contact. */
    public void purchased(int i, int day, double profit) {
        if (channelValues != null && lastDay[i] == day) {
            channelValues.purchased(i, lastChannel[i], (lastFlags[i] & 1) != 0, profit);
        }
    }

    /** The customer unsubscribed today, from the channel of the contact just delivered. */
    public void unsubscribed(int i, int day) {
        if (channelValues != null && lastDay[i] == day) {
            channelValues.unsubscribed(i, lastChannel[i], lastFlags[i] >>> 1);
        }
    }

    /**
     * The shard of customers starting at {@code from} has had {@code day}: the send-time learner takes its
     * outcomes and does its segment EM's E-step for the shard (on the shard's thread).
     */
    public void endOfShardDay(int from, int day) {
        if (sendTimes != null && from % SimulationEngine.SHARD_SIZE == 0) {
            learnSendTimes(from / SimulationEngine.SHARD_SIZE, day);
            sendTimes.endOfShardDay(from / SimulationEngine.SHARD_SIZE);
        }
    }

    private void learnSendTimes(int shard, int day) {
        int[] outcomes = sendTimeOutcomes[shard];
        int n = sendTimeCount[shard * INT_SLOT];
        int start = shard * SimulationEngine.SHARD_SIZE;
        for (int k = 0; k < n; k++) {
            int e = outcomes[k];
            int i = start + (e >>> 6);
            sendTimes.record(i, (e >>> 1) & 31, (e & 1) != 0, draws(i, day, 3));
        }
        sendTimeCount[shard * INT_SLOT] = 0;
    }

    /** After {@code day}: the learners fold in the day's segment-level counts. */
    public void endOfDay(int day) {
        if (sendTimes != null) {
            for (int shard = 0; shard < sendTimeOutcomes.length; shard++) {
                learnSendTimes(shard, day); // those no endOfShardDay took (an engine need not call it)
            }
            sendTimes.endOfDay();
        }
        if (weekdays != null) {
            weekdays.endOfDay();
        }
        if (channelValues != null) {
            channelValues.endOfDay();
        }
    }

    private int chooseChannel(int i, int day) {
        switch (channelMode) {
            case LEARNED:
                return channelValues.choose(i, day, draws(i, day, 2));
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
