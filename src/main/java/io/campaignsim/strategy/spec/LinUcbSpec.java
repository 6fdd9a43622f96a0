package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.contextual.LinUcb;
import io.campaignsim.strategy.online.ContextualStrategy;
import java.util.List;

/** {@code linucb}: a ridge regression per arm, the arm with the highest upper bound for the customer. */
public record LinUcbSpec(List<String> arms, double alpha, double l2, Reward reward, double rewardWindowDays)
        implements FamilySpec {

    public static final ParamSpec ALPHA = ParamSpec.number("alpha", 0, 100, LinUcb.DEFAULT_ALPHA,
            "width of the confidence bound in standard deviations");
    public static final ParamSpec L2 = ParamSpec.number("l2", 1e-9, 1e6, LinUcb.DEFAULT_L2,
            "ridge penalty of each arm's regression");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("linucb",
            "LinUCB: per-arm ridge regression on observed features, the highest mean + alpha sd",
            List.of(Params.ARMS, ALPHA, L2, Params.REWARD, Params.REWARD_WINDOW_DAYS));

    public static LinUcbSpec from(StrategySpec s) {
        return new LinUcbSpec(s.names(Params.ARMS), s.number(ALPHA), s.number(L2), Reward.of(s.word(Params.REWARD)),
                s.number(Params.REWARD_WINDOW_DAYS));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        List<Arm> a = ctx.arms(arms);
        return new ContextualStrategy(a, new LinUcb(a.size(), ctx.features().dimension(), alpha, l2), reward,
                Params.window(reward, rewardWindowDays, ctx));
    }
}
