package io.campaignsim.strategy.oracle;

import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Decision;
import io.campaignsim.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Knows the hidden truth and plans with it: for each opportunity it takes the decision (any of
 * its offers on any reachable channel, or no contact) with the highest expected objective over
 * the rest of the horizon (plus the residual value when the objective is CLV), valued from the
 * customer's true state by {@link Lookahead}. A yardstick for regret, never a strategy a marketer
 * could run. docs/strategies.md states its assumptions and when it is, and is not, an upper bound.
 */
public final class Oracle implements Strategy {

    private final List<Arm> arms;
    private final TrueResponse truth;

    /**
     * @param arms the offers it may send; an arm on the opportunity's channel is widened to every
     *     channel (as channel:offer), so the oracle can do whatever a channel-choosing strategy can
     */
    public Oracle(List<Arm> arms, TrueResponse truth) {
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("oracle needs at least one arm");
        }
        this.arms = widen(arms, truth.channelNames());
        this.truth = truth;
    }

    private static List<Arm> widen(List<Arm> arms, List<String> channels) {
        Map<String, Arm> out = new LinkedHashMap<>();
        for (Arm a : arms) {
            if (a.isNoContact()) {
                continue; // not contacting is always an option of the oracle
            }
            String key = "/" + a.offer() + "/" + a.hour() + "/" + a.category();
            if (a.channel() != Arm.KEEP) {
                out.putIfAbsent(a.channel() + key, a);
                continue;
            }
            for (int c = 0; c < channels.size(); c++) {
                out.putIfAbsent(c + key, new Arm(channels.get(c) + ":" + a.label(), c, a.offer(), a.hour(), a.category()));
            }
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }

    @Override
    public List<Arm> arms() {
        return arms;
    }

    @Override
    public int choose(Decision d) {
        int best = NO_CONTACT;
        double bestValue = truth.valueWithoutContact(d.customer(), d.day());
        for (int a = 0; a < arms.size(); a++) {
            Arm arm = arms.get(a);
            int channel = arm.channel();
            if (!truth.canDeliver(d.customer(), channel, d.day())) {
                continue;
            }
            int offer = arm.offer() == Arm.KEEP ? d.offer() : arm.offer();
            int hour = arm.hour() == Arm.KEEP ? d.hour() : arm.hour();
            int category = arm.category() == Arm.KEEP ? d.category()
                    : arm.category() == Arm.LAST_PURCHASED ? d.history().lastCategory(d.customer()) : arm.category();
            double v = truth.valueWithContact(d.customer(), d.day(), channel, offer, category, hour);
            if (v > bestValue) {
                bestValue = v;
                best = a;
            }
        }
        return best;
    }
}
