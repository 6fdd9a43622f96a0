package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.targeting.TargetingStrategy;
import io.campaignsim.strategy.targeting.TargetingStrategy.Goal;
import java.util.List;

/**
 * {@code propensity}, {@code uplift}, {@code churn_prevention}: a model trained on randomised
 * warm-up contacts, then contacts for the best-scored {@code budget} share. One record, three
 * types that differ in the goal (and uplift's learner).
 */
public record TargetingSpec(Goal goal, List<String> arms, String learner, int warmupDays, double budget)
        implements FamilySpec {

    public static final ParamSpec LEARNER = ParamSpec.word("learner", TargetingStrategy.LEARNERS,
            TargetingStrategy.LEARNERS.get(0), "the uplift model: T-learner, X-learner or class transformation");
    /** Above 0: a budget of nothing would contact nobody and train nothing. */
    public static final ParamSpec BUDGET = ParamSpec.number("budget", 0.001, 1, 0.3,
            "share of opportunities contacted after warm-up (the best-scored ones)");
    public static final StrategyTypeInfo PROPENSITY = new StrategyTypeInfo("propensity",
            "targets the customers most likely to buy when contacted (logistic regression)",
            List.of(Params.ARMS, Params.WARMUP_DAYS, BUDGET));
    public static final StrategyTypeInfo UPLIFT = new StrategyTypeInfo("uplift",
            "targets the customers whose purchase probability a contact raises most (uplift model)",
            List.of(Params.ARMS, LEARNER, Params.WARMUP_DAYS, BUDGET));
    public static final StrategyTypeInfo CHURN = new StrategyTypeInfo("churn_prevention",
            "targets the customers least likely to buy if left alone (logistic regression on the control group)",
            List.of(Params.ARMS, Params.WARMUP_DAYS, BUDGET));

    public static TargetingSpec propensity(StrategySpec s) {
        return of(Goal.PROPENSITY, s);
    }

    public static TargetingSpec uplift(StrategySpec s) {
        return of(Goal.UPLIFT, s);
    }

    public static TargetingSpec churn(StrategySpec s) {
        return of(Goal.CHURN, s);
    }

    private static TargetingSpec of(Goal goal, StrategySpec s) {
        return new TargetingSpec(goal, s.names(Params.ARMS), s.word(LEARNER), (int) s.number(Params.WARMUP_DAYS),
                s.number(BUDGET));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        // Without arms the strategy decides only whom to contact, with what the policy proposes.
        // Leaving customers below the score threshold alone is built in: a listed no_contact arm adds nothing.
        List<Arm> listed = arms.isEmpty() ? List.of() : ctx.arms(arms).stream().filter(x -> !x.isNoContact()).toList();
        List<Arm> a = listed.isEmpty() ? List.of(new Arm(ActionSpec.NONE, Arm.KEEP, -1)) : listed;
        return new TargetingStrategy(a, goal, learner, warmupDays, budget, ctx.features().dimension() - 1);
    }
}
