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

/** {@code q_learning}: online semi-gradient Q-learning with linear action values, updated every day (docs/rl.md). */
public record QLearningSpec(List<String> arms, double gamma, Reward reward, int warmupDays, double warmupEpsilon,
        double epsilon, double epsilonHalfLifeDays, double learningRate, double pessimism) implements FamilySpec {

    public static final ParamSpec WARMUP_DAYS = ParamSpec.number("warmup_days", 0, 3650, RlSettings.Q_LEARNING_WARMUP_DAYS,
            "days of randomised exploration before acting on the values");
    public static final ParamSpec EPSILON = ParamSpec.number("epsilon", 0, 1, RlSettings.Q_LEARNING_EPSILON,
            "exploration rate");
    public static final ParamSpec EPSILON_HALF_LIFE = ParamSpec.number("epsilon_half_life_days", 0, 3650,
            RlSettings.Q_LEARNING_EPSILON_HALF_LIFE, "days for the exploration rate to halve (0: constant)");
    public static final ParamSpec LEARNING_RATE = ParamSpec.number("learning_rate", 1e-6, 1,
            RlSettings.DEFAULT_LEARNING_RATE, "step size of the TD updates");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("q_learning",
            "online Q-learning over a customer MDP of observed state, with no contact among the actions",
            List.of(Params.ARMS, RlParams.GAMMA, RlParams.REWARD, WARMUP_DAYS, RlParams.WARMUP_EPSILON, EPSILON,
                    EPSILON_HALF_LIFE, LEARNING_RATE, RlParams.PESSIMISM));

    public static QLearningSpec from(StrategySpec s) {
        Reward reward = Reward.of(s.word(RlParams.REWARD));
        double gamma = s.params().containsKey(RlParams.GAMMA.key()) ? s.number(RlParams.GAMMA) : Double.NaN;
        return new QLearningSpec(s.names(Params.ARMS), gamma, reward, (int) s.number(WARMUP_DAYS),
                s.number(RlParams.WARMUP_EPSILON), s.number(EPSILON), s.number(EPSILON_HALF_LIFE),
                s.number(LEARNING_RATE), s.number(RlParams.PESSIMISM));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        double g = RlParams.gamma(gamma, reward, ctx.scenario().economics().dailyDiscount());
        return RlStrategy.qLearning(RlParams.arms(arms, ctx), ctx.scenario(), ctx.history(), new RlSettings(g, warmupDays,
                warmupEpsilon, epsilon, epsilonHalfLifeDays, learningRate, RlSettings.DEFAULT_REFIT_DAYS,
                RlSettings.DEFAULT_ITERATIONS, RlSettings.DEFAULT_L2, RlSettings.DEFAULT_REPLAY_SIZE, pessimism,
                ctx.scenario().economics().marginRate(), ctx.salt()));
    }
}
