package io.campaignsim.policy;

import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.Scenario;

/**
 * An action with names turned into indices, resolved once when the policy is built.
 *
 * @param channel channel index, or {@link #AUTO}
 * @param offer offer index, or -1 for none
 * @param category category index, -1 for none, or {@link #LAST_PURCHASED}
 * @param hour 0..23, or -1 for the policy's send time
 */
public record ActionTemplate(int channel, int offer, int category, int hour) {

    public static final int AUTO = -2;
    public static final int LAST_PURCHASED = -2;

    /** Resolves names of a validated scenario (unknown names cannot occur after validation). */
    public static ActionTemplate of(ActionSpec a, Scenario s) {
        int channel = a.channel().equals(ActionSpec.AUTO) ? AUTO : s.channelIndex(a.channel());
        int offer = a.offer().equals(ActionSpec.NONE) ? -1 : s.offerIndex(a.offer());
        int category;
        if (a.category().equals(ActionSpec.NONE)) {
            category = -1;
        } else if (a.category().equals(ActionSpec.LAST_PURCHASED)) {
            category = LAST_PURCHASED;
        } else {
            category = s.catalog().categories().indexOf(a.category());
        }
        return new ActionTemplate(channel, offer, category, a.hour());
    }
}
