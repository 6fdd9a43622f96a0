package io.campaignsim.strategy.personal;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.policy.SendTimeLearner;
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

    public LearnedSendTime(ObservedHistory history, QuietHours quiet, double priorStrength) {
        this.learner = new SendTimeLearner(history, quiet, priorStrength);
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision decision) {
        return learner.choose(decision.customer(), decision.draws());
    }

    @Override
    public void learn(Feedback feedback) {
        for (int k = 0; k < feedback.size(); k++) {
            if (feedback.delivered(k)) {
                learner.record(feedback.customer(k), feedback.arm(k), feedback.opened(k));
            }
        }
    }

    @Override
    public void endOfDay(int day) {
        learner.endOfDay();
    }

    /** The learner, for tests and reports. */
    public SendTimeLearner learner() {
        return learner;
    }
}
