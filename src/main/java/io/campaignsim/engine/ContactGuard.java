package io.campaignsim.engine;

import io.campaignsim.scenario.FrequencyCap;
import io.campaignsim.scenario.PolicySpec;
import io.campaignsim.scenario.QuietHours;
import io.campaignsim.scenario.Scenario;

/**
 * Guard rails that hold whatever the policy or strategy proposes: reachability, unsubscribes,
 * frequency caps (per day and rolling 7-day week, overall and per channel) and quiet hours.
 *
 * @implNote Immutable; shared by all shards.
 */
public final class ContactGuard {

    private final FrequencyCap overall;
    private final int[] channelPerDay;
    private final int[] channelPerWeek;
    private final QuietHours quiet;

    public ContactGuard(Scenario scenario) {
        PolicySpec p = scenario.policy();
        this.overall = p.frequencyCap();
        int c = scenario.channels().size();
        channelPerDay = new int[c];
        channelPerWeek = new int[c];
        for (int k = 0; k < c; k++) {
            FrequencyCap cap = p.channelCaps().getOrDefault(scenario.channels().get(k).name(), FrequencyCap.none());
            channelPerDay[k] = cap.perDay();
            channelPerWeek[k] = cap.perWeek();
        }
        this.quiet = p.quietHours();
    }

    /**
     * Whether one more contact on {@code channel} may be delivered today.
     *
     * @param deliveredToday contacts already delivered to this customer today, all channels
     */
    public boolean allows(ObservedHistory h, int i, int channel, int day, int deliveredToday) {
        if (!h.subscribed(i, channel)) {
            return false;
        }
        if (deliveredToday >= overall.perDay()) {
            return false;
        }
        if (overall.perWeek() != FrequencyCap.UNLIMITED && h.contacts7d(i, day) >= overall.perWeek()) {
            return false;
        }
        if (channelPerDay[channel] != FrequencyCap.UNLIMITED && h.channelSendsToday(i, channel, day) >= channelPerDay[channel]) {
            return false;
        }
        return channelPerWeek[channel] == FrequencyCap.UNLIMITED || h.channelSends7d(i, channel, day) < channelPerWeek[channel];
    }

    /**
     * Whether any contact at all may reach the customer today, before any was delivered: false
     * when no channel is subscribed or the overall cap is reached. Per-channel caps are left to
     * {@link #allows}.
     */
    public boolean anyAllowed(ObservedHistory h, int i, int day) {
        if (h.subscribedMask(i) == 0 || overall.perDay() <= 0) {
            return false;
        }
        return overall.perWeek() == FrequencyCap.UNLIMITED || h.contacts7d(i, day) < overall.perWeek();
    }

    /**
     * The first day after {@code day} on which {@link #anyAllowed} holds while nothing happens to the customer
     * (no contact, unsubscribe): subscriptions stay, sends only leave the 7-day window, so it stays true from
     * then on. {@link Integer#MAX_VALUE} when never.
     */
    public int firstAllowedDay(ObservedHistory h, int i, int day) {
        if (h.subscribedMask(i) == 0 || overall.perDay() <= 0) {
            return Integer.MAX_VALUE;
        }
        if (overall.perWeek() == FrequencyCap.UNLIMITED) {
            return day + 1;
        }
        return h.firstDayContacts7dBelow(i, day, overall.perWeek());
    }

    /** The hour a contact planned for {@code hour} goes out: moved to the end of quiet hours if needed. */
    public int sendHour(int hour) {
        return quiet.isQuiet(hour) ? quiet.end() : hour;
    }
}
