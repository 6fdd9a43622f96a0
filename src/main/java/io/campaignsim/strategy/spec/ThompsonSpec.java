package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.bandit.Bandit;
import io.campaignsim.strategy.bandit.BernoulliThompson;
import io.campaignsim.strategy.bandit.GaussianThompson;
import io.campaignsim.strategy.online.BanditStrategy;
import java.util.List;

/** {@code thompson}: Beta-Bernoulli sampling on conversion, Normal-Gamma sampling on profit. */
public record ThompsonSpec(List<String> arms, Reward reward, double priorAlpha, double priorBeta, double rewardWindowDays)
        implements FamilySpec {

    public static final ParamSpec PRIOR_ALPHA = ParamSpec.number("prior_alpha", 1e-6, 1e6,
            BernoulliThompson.DEFAULT_PRIOR_ALPHA, "Beta prior's pseudo-successes (conversion reward)");
    public static final ParamSpec PRIOR_BETA = ParamSpec.number("prior_beta", 1e-6, 1e6,
            BernoulliThompson.DEFAULT_PRIOR_BETA, "Beta prior's pseudo-failures (conversion reward)");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("thompson",
            "Thompson sampling: each arm with the posterior probability that it is the best",
            List.of(Params.ARMS, Params.REWARD, Params.REWARD_WINDOW_DAYS, PRIOR_ALPHA, PRIOR_BETA));

    public static ThompsonSpec from(StrategySpec s) {
        return new ThompsonSpec(s.names(Params.ARMS), Reward.of(s.word(Params.REWARD)), s.number(PRIOR_ALPHA),
                s.number(PRIOR_BETA), s.number(Params.REWARD_WINDOW_DAYS));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        List<Arm> a = ctx.arms(arms);
        Bandit bandit = switch (reward) {
            case CONVERSION -> new BernoulliThompson(a.size(), priorAlpha, priorBeta);
            case PROFIT, CLV -> new GaussianThompson(a.size());
        };
        return new BanditStrategy(a, bandit, reward, Params.window(reward, rewardWindowDays, ctx));
    }
}
