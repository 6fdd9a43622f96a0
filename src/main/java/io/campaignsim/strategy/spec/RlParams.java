package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.ChannelSpec;
import io.campaignsim.scenario.OfferSpec;
import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.rl.RlSettings;
import java.util.ArrayList;
import java.util.List;

/** The parameters the reinforcement-learning families share (docs/rl.md), and how they become {@link RlSettings}. */
final class RlParams {

    static final ParamSpec GAMMA = ParamSpec.below("gamma", 0, 1, RlSettings.DEFAULT_GAMMA,
            "discount per day of future reward, in [0, 1); default 0.99, or the CLV's daily discount with reward: clv");
    static final ParamSpec REWARD = ParamSpec.word("reward", List.of(Reward.PROFIT.word(), Reward.CLV.word()),
            Reward.PROFIT.word(), "profit: daily profit discounted by gamma; clv: the same with gamma = the CLV's discount");
    static final ParamSpec WARMUP_EPSILON = ParamSpec.number("warmup_epsilon", 0, 1, RlSettings.DEFAULT_WARMUP_EPSILON,
            "share of warm-up opportunities given a random contact action (the rest are left alone)");
    static final ParamSpec PESSIMISM = ParamSpec.number("pessimism", 0, 10, RlSettings.DEFAULT_PESSIMISM,
            "standard errors subtracted from each action value before choosing (0: greedy on the mean)");

    private RlParams() {}

    /** As written (no_contact dropped: not contacting is always an action), or every channel x offer. */
    static List<Arm> arms(List<String> written, StrategyContext ctx) {
        if (!written.isEmpty()) {
            return ctx.arms(written).stream().filter(a -> !a.isNoContact()).toList();
        }
        Scenario sc = ctx.scenario();
        List<Arm> arms = new ArrayList<>();
        for (ChannelSpec ch : sc.channels()) {
            int channel = sc.channelIndex(ch.name());
            arms.add(new Arm(ch.name() + ":none", channel, -1));
            for (OfferSpec o : sc.offers()) {
                if (!o.name().equals(ActionSpec.NONE)) {
                    arms.add(new Arm(ch.name() + ":" + o.name(), channel, sc.offerIndex(o.name())));
                }
            }
        }
        return arms;
    }

    /**
     * The discount when {@code gamma} is not written: with {@code reward: clv} the CLV's own daily
     * discount (economics.discount_rate), so that the learner maximises what CLV measures; without a
     * discount rate (0) ten years' worth (1 - 1/3650), since gamma must stay below 1.
     */
    static double gamma(double written, Reward reward, double delta) {
        if (!Double.isNaN(written)) {
            return written;
        }
        if (reward != Reward.CLV) {
            return RlSettings.DEFAULT_GAMMA;
        }
        return delta < 1 ? delta : 1 - 1.0 / 3650;
    }
}
