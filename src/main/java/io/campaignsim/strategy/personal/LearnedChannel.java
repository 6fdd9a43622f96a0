package io.campaignsim.strategy.personal;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.policy.ChannelLearner;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Feedback;
import io.campaignsim.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code channel}: sends every opportunity on the channel the per-customer {@link ChannelLearner}
 * draws among the customer's subscribed channels (Thompson sampling on the customer's open rate,
 * the segment's value of a seen contact, cost, fatigue and unsubscribes), keeping the
 * opportunity's offer and hour; no contact when the customer can be reached on no channel.
 */
public final class LearnedChannel implements Strategy {

    private final List<Arm> arms;
    private final ChannelLearner learner;
    private final ObservedHistory history;
    private final double[] cost;

    public LearnedChannel(Scenario scenario, ObservedHistory history, double priorStrength, double unsubscribeCost) {
        List<Arm> a = new ArrayList<>();
        for (int c = 0; c < scenario.channels().size(); c++) {
            a.add(new Arm(scenario.channels().get(c).name(), c, Arm.KEEP));
        }
        this.arms = List.copyOf(a);
        this.history = history;
        this.cost = scenario.channels().stream().mapToDouble(c -> c.cost()).toArray();
        this.learner = new ChannelLearner(scenario, history, priorStrength, unsubscribeCost);
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision decision) {
        int c = learner.choose(decision.customer(), decision.day(), decision.draws());
        return c < 0 ? NO_CONTACT : c;
    }

    @Override
    public void learn(Feedback feedback) {
        int day = feedback.day();
        for (int k = 0; k < feedback.size(); k++) {
            if (!feedback.delivered(k) || feedback.arm(k) < 0) {
                continue;
            }
            int i = feedback.customer(k);
            int c = feedback.arm(k);
            boolean opened = feedback.opened(k);
            int bucket = learner.bucket(i, c, day); // sends in the 6 days before, as when it was chosen
            learner.delivered(i, c, bucket, opened);
            if (feedback.purchased(k)) {
                learner.purchased(i, c, opened, feedback.profit(k) + cost[c]);
            }
            if (!history.subscribed(i, c)) { // subscribed when chosen: it unsubscribed today
                learner.unsubscribed(i, c, bucket);
            }
        }
    }

    @Override
    public void endOfDay(int day) {
        learner.endOfDay();
    }
}
