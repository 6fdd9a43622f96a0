package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.contextual.LinTs;
import io.campaignsim.strategy.online.ContextualStrategy;
import java.util.List;

/** {@code lin_ts}: linear Thompson sampling, a ridge regression per arm with a sampled spread. */
public record LinTsSpec(List<String> arms, double v, double l2, Reward reward, double rewardWindowDays)
        implements FamilySpec {

    public static final ParamSpec V = ParamSpec.number("v", 0, 100, LinTs.DEFAULT_V,
            "scale of the sampled spread, in standard deviations");
    public static final ParamSpec L2 = ParamSpec.number("l2", 1e-9, 1e6, LinTs.DEFAULT_L2,
            "ridge penalty of each arm's regression");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("lin_ts",
            "linear Thompson sampling: per-arm ridge regression, the highest mean + v z sd with z standard normal",
            List.of(Params.ARMS, V, L2, Params.REWARD, Params.REWARD_WINDOW_DAYS));

    public static LinTsSpec from(StrategySpec s) {
        return new LinTsSpec(s.names(Params.ARMS), s.number(V), s.number(L2), Reward.of(s.word(Params.REWARD)),
                s.number(Params.REWARD_WINDOW_DAYS));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        List<Arm> a = ctx.arms(arms);
        return new ContextualStrategy(a, new LinTs(a.size(), ctx.features().dimension(), v, l2), reward,
                Params.window(reward, rewardWindowDays, ctx));
    }
}
