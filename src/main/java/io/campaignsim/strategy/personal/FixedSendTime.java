package io.campaignsim.strategy.personal;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/** {@code send_time} with {@code mode: fixed}: every opportunity at one hour, the yardstick a learned hour must beat. */
public final class FixedSendTime implements Strategy {

    private final List<Arm> arms = SendTimes.hourArms();
    private final int hour;

    public FixedSendTime(int hour) {
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
        return hour;
    }
}
