package io.campaignsim.strategy.personal;

import io.campaignsim.strategy.Arm;
import java.util.ArrayList;
import java.util.List;

/** The arms of the send-time strategies: one per hour of the day, keeping the opportunity's channel and offer. */
final class SendTimes {

    static final int HOURS = 24;

    private SendTimes() {}

    /** The day's delivered contacts, for the weekday learner (arms NO_CONTACT are the held opportunities). */
    static void learnWeekdays(io.campaignsim.policy.WeekdayLearner weekdays, io.campaignsim.strategy.Feedback feedback) {
        for (int k = 0; k < feedback.size(); k++) {
            if (feedback.delivered(k)) {
                weekdays.record(feedback.customer(k), feedback.day(), feedback.opened(k));
            }
        }
    }

    /** Arm h sends at hour h ({@code hour_07}). */
    static List<Arm> hourArms() {
        List<Arm> arms = new ArrayList<>(HOURS);
        for (int h = 0; h < HOURS; h++) {
            arms.add(new Arm(String.format(java.util.Locale.ROOT, "hour_%02d", h), Arm.KEEP, Arm.KEEP, h));
        }
        return List.copyOf(arms);
    }
}
