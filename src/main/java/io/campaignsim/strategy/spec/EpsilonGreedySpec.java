package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.bandit.EpsilonGreedy;
import io.campaignsim.strategy.online.BanditStrategy;
import java.util.List;

/** {@code epsilon_greedy}: a random arm with probability epsilon, else the best mean so far. */
public record EpsilonGreedySpec(List<String> arms, double epsilon, Reward reward, double rewardWindowDays)
        implements FamilySpec {

    public static final ParamSpec EPSILON = ParamSpec.number("epsilon", 0, 1, EpsilonGreedy.DEFAULT_EPSILON,
            "probability of a uniformly random arm");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("epsilon_greedy",
            "a random arm with probability epsilon, otherwise the arm with the best mean reward",
            List.of(Params.ARMS, EPSILON, Params.REWARD, Params.REWARD_WINDOW_DAYS));

    public static EpsilonGreedySpec from(StrategySpec s) {
        return new EpsilonGreedySpec(s.names(Params.ARMS), s.number(EPSILON), Reward.of(s.word(Params.REWARD)),
                s.number(Params.REWARD_WINDOW_DAYS));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        List<Arm> a = ctx.arms(arms);
        return new BanditStrategy(a, new EpsilonGreedy(a.size(), epsilon), reward, Params.window(reward, rewardWindowDays, ctx));
    }
}
