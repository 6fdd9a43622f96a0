package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.rl.RlSettings;
import io.campaignsim.strategy.rl.RlStrategy;
import java.util.List;

/** {@code fitted_q}: batch fitted-Q iteration on a randomised warm-up log, refitted periodically (docs/rl.md). */
public record FittedQSpec(List<String> arms, double gamma, Reward reward, int warmupDays, double warmupEpsilon,
        double epsilon, double epsilonHalfLifeDays, int refitDays, int iterations, double l2, int replaySize,
        double pessimism) implements FamilySpec {

    public static final ParamSpec WARMUP_DAYS = ParamSpec.number("warmup_days", 0, 3650, RlSettings.FITTED_Q_WARMUP_DAYS,
            "days of randomised exploration logged before the first fit");
    public static final ParamSpec EPSILON = ParamSpec.number("epsilon", 0, 1, RlSettings.FITTED_Q_EPSILON,
            "exploration rate after the warm-up");
    public static final ParamSpec EPSILON_HALF_LIFE = ParamSpec.number("epsilon_half_life_days", 0, 3650,
            RlSettings.FITTED_Q_EPSILON_HALF_LIFE, "days for the exploration rate to halve (0: constant)");
    public static final ParamSpec REFIT_DAYS = ParamSpec.number("refit_days", 1, 3650, RlSettings.DEFAULT_REFIT_DAYS,
            "days between refits");
    public static final ParamSpec ITERATIONS = ParamSpec.number("iterations", 1, 10_000, RlSettings.DEFAULT_ITERATIONS,
            "fitted-Q iterations per fit");
    public static final ParamSpec L2 = ParamSpec.number("l2", 1e-9, 1e6, RlSettings.DEFAULT_L2,
            "ridge penalty of the action-value regressions");
    public static final ParamSpec REPLAY_SIZE = ParamSpec.number("replay_size", 1_000, 10_000_000,
            RlSettings.DEFAULT_REPLAY_SIZE, "transitions kept for fitting (a uniform sample of all)");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("fitted_q",
            "batch fitted-Q iteration over a customer MDP of observed state, with no contact among the actions",
            List.of(Params.ARMS, RlParams.GAMMA, RlParams.REWARD, WARMUP_DAYS, RlParams.WARMUP_EPSILON, EPSILON,
                    EPSILON_HALF_LIFE, REFIT_DAYS, ITERATIONS, L2, REPLAY_SIZE, RlParams.PESSIMISM));

    /** The declared gamma needs the scenario's discount when it is implied; resolved in {@link #create}. */
    public static FittedQSpec from(StrategySpec s) {
        Reward reward = Reward.of(s.word(RlParams.REWARD));
        double gamma = s.params().containsKey(RlParams.GAMMA.key()) ? s.number(RlParams.GAMMA) : Double.NaN;
        return new FittedQSpec(s.names(Params.ARMS), gamma, reward, (int) s.number(WARMUP_DAYS),
                s.number(RlParams.WARMUP_EPSILON), s.number(EPSILON), s.number(EPSILON_HALF_LIFE),
                (int) s.number(REFIT_DAYS), (int) s.number(ITERATIONS), s.number(L2), (int) s.number(REPLAY_SIZE),
                s.number(RlParams.PESSIMISM));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        double g = RlParams.gamma(gamma, reward, ctx.scenario().economics().dailyDiscount());
        return RlStrategy.fittedQ(RlParams.arms(arms, ctx), ctx.scenario(), ctx.history(), new RlSettings(g, warmupDays,
                warmupEpsilon, epsilon, epsilonHalfLifeDays, RlSettings.DEFAULT_LEARNING_RATE, refitDays, iterations, l2,
                replaySize, pessimism, ctx.scenario().economics().marginRate(), ctx.salt()));
    }
}
