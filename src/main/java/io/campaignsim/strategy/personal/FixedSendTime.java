package io.campaignsim.strategy.personal;

import io.campaignsim.policy.WeekdayLearner;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/**
 * {@code send_time} with {@code mode: fixed}: every opportunity at one hour, the yardstick a learned
 * hour must beat; with a {@code weekday}, opportunities are held back to it (learned or fixed).
 */
public final class FixedSendTime implements Strategy {

    private final List<Arm> arms = SendTimes.hourArms();
    private final int hour;
    /** Null, or the weekday hold (learned or fixed). */
    private final WeekdayLearner weekdays;

    public FixedSendTime(int hour) {
        this(hour, null);
    }

    public FixedSendTime(int hour, WeekdayLearner weekdays) {
        this.weekdays = weekdays;
        if (hour < 0 || hour >= SendTimes.HOURS) {
            throw new IllegalArgumentException("hour must be 0..23, but was " + hour);
        }
        this.hour = hour;
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
        return hour;
    }

    @Override
    public void learn(Feedback feedback) {
        if (weekdays != null) {
            SendTimes.learnWeekdays(weekdays, feedback);
        }
    }

    @Override
    public void endOfDay(int day) {
        if (weekdays != null) {
            weekdays.endOfDay();
        }
    }
}
