package io.campaignsim.strategy.oracle;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import java.util.List;

/**
 * Knows the hidden truth: for each opportunity sends the arm with the highest true expected
 * profit change, or nothing when no arm is expected to pay. A yardstick for regret, never a
 * strategy a marketer could run. Myopic: it does not price the fatigue and churn a contact
 * causes on later days, so where those dominate a patient strategy can beat it.
 */
public final class Oracle implements Strategy {

    private final List<Arm> arms;
    private final TrueResponse truth;
    public Oracle(List<Arm> arms, TrueResponse truth) {
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("oracle needs at least one arm");
        }
        this.arms = List.copyOf(arms);
        this.truth = truth;
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision d) {
        int best = NO_CONTACT;
        double bestValue = 0.0;
        for (int a = 0; a < arms.size(); a++) {
            Arm arm = arms.get(a);
            int channel = arm.channel() == Arm.KEEP ? d.channel() : arm.channel();
            if (!d.history().subscribed(d.customer(), channel)) {
                continue;
            }
            int offer = arm.offer() == Arm.KEEP ? d.offer() : arm.offer();
            double v = truth.profitDelta(d.customer(), d.day(), channel, offer, d.category(), d.hour());
            if (v > bestValue) {
                bestValue = v;
                best = a;
            }
        }
        return best;
    }
}
