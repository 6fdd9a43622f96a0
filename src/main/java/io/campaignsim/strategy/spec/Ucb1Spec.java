package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.bandit.Ucb1;
import io.campaignsim.strategy.online.BanditStrategy;
import java.util.List;

/** {@code ucb1}: the arm with the highest upper confidence bound. */
public record Ucb1Spec(List<String> arms, double c, Reward reward, double rewardWindowDays) implements FamilySpec {

    public static final ParamSpec C = ParamSpec.number("c", 0, 100, Ucb1.DEFAULT_C,
            "exploration scale: the range of the rewards (1 for conversion)");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("ucb1",
            "the arm with the highest upper confidence bound mean + c sqrt(2 ln N / n)",
            List.of(Params.ARMS, C, Params.REWARD, Params.REWARD_WINDOW_DAYS));

    public static Ucb1Spec from(StrategySpec s) {
        return new Ucb1Spec(s.names(Params.ARMS), s.number(C), Reward.of(s.word(Params.REWARD)),
                s.number(Params.REWARD_WINDOW_DAYS));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        List<Arm> a = ctx.arms(arms);
        return new BanditStrategy(a, new Ucb1(a.size(), c), reward, Params.window(reward, rewardWindowDays, ctx));
    }
}
