package io.campaignsim.strategy.personal;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.policy.SendTimeLearner;
import io.campaignsim.policy.WeekdayLearner;
import io.campaignsim.scenario.QuietHours;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/**
 * {@code send_time} with {@code mode: learned}: sends every opportunity at the hour the
 * per-customer {@link SendTimeLearner} draws (Thompson sampling on open rates by hour, with the
 * segment's rates as the prior), and learns from whether each delivered contact was opened.
 * Channel and offer are the opportunity's.
 */
public final class LearnedSendTime implements Strategy {

    private final List<Arm> arms = SendTimes.hourArms();
    private final SendTimeLearner learner;
    /** Null, or the weekday hold (learned or fixed). */
    private final WeekdayLearner weekdays;

    public LearnedSendTime(ObservedHistory history, QuietHours quiet, double priorStrength) {
        this(history, quiet, priorStrength, null);
    }

    public LearnedSendTime(ObservedHistory history, QuietHours quiet, double priorStrength, WeekdayLearner weekdays) {
        this.learner = new SendTimeLearner(history, quiet, priorStrength);
        this.weekdays = weekdays;
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision decision) {
        if (weekdays != null && weekdays.hold(decision.customer(), decision.day())) {
            return NO_CONTACT;
        }
        return learner.choose(decision.customer(), decision.draws());
    }

    @Override
    public void learn(Feedback feedback) {
        for (int k = 0; k < feedback.size(); k++) {
            if (feedback.delivered(k)) {
                learner.record(feedback.customer(k), feedback.arm(k), feedback.opened(k));
            }
        }
        if (weekdays != null) {
            SendTimes.learnWeekdays(weekdays, feedback);
        }
    }

    @Override
    public void endOfDay(int day) {
        learner.endOfDay();
        if (weekdays != null) {
            weekdays.endOfDay();
        }
    }

    /** The weekday learner, or null; for tests and reports. */
    public WeekdayLearner weekdays() {
        return weekdays;
    }

    /** The learner, for tests and reports. */
    public SendTimeLearner learner() {
        return learner;
    }
}
