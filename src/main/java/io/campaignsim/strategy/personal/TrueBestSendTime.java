package io.campaignsim.strategy.personal;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.oracle.TrueResponse;
import java.util.List;

/**
 * {@code oracle_send_time}: every opportunity at the hour with the customer's highest true open
 * probability (after quiet hours), read from the hidden truth. Contacts, channels and offers are
 * the opportunity's, so among strategies that only choose the hour it has the highest open
 * probability on every contact: with no sleeping dogs (effects ≥ 0), the expected objective of
 * any send-time strategy is at most its own, which makes it the upper bound of the send-time
 * comparison.
 */
public final class TrueBestSendTime implements Strategy {

    private final List<Arm> arms = SendTimes.hourArms();
    private final TrueResponse truth;

    public TrueBestSendTime(TrueResponse truth) {
        this.truth = truth;
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision decision) {
        return truth.bestHour(decision.customer(), decision.channel(), decision.day());
    }
}
