package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.Problems;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.predict.Prediction;
import io.campaignsim.strategy.predict.PredictorTrainer;
import io.campaignsim.strategy.targeting.PredictionTargeting;
import io.campaignsim.strategy.targeting.TargetingStrategy;
import io.campaignsim.strategy.targeting.TargetingStrategy.Goal;
import java.util.List;

/**
 * {@code propensity}, {@code uplift}, {@code churn_prevention}: a model trained on randomised
 * warm-up contacts, then contacts for the best-scored {@code budget} share. One record, three
 * types that differ in the goal (and uplift's learner). {@code propensity} and
 * {@code churn_prevention} rank by their {@code score:}, the same-day model by default or a
 * customer-level prediction (docs/predictions.md), with {@code within_days} for the windowed ones.
 *
 * @param score what customers are ranked by
 * @param withinDays the window of a windowed score (0 when the score has none)
 */
public record TargetingSpec(Goal goal, List<String> arms, String learner, int warmupDays, double budget,
        Prediction score, int withinDays) implements FamilySpec {

    /** The same-day model of the goal (the default score). */
    public TargetingSpec(Goal goal, List<String> arms, String learner, int warmupDays, double budget) {
        this(goal, arms, learner, warmupDays, budget, goal == Goal.CHURN ? Prediction.NO_PURCHASE_TODAY
                : Prediction.PURCHASE_TODAY, 0);
    }

    public static final ParamSpec LEARNER = ParamSpec.word("learner", TargetingStrategy.LEARNERS,
            TargetingStrategy.LEARNERS.get(0), "the uplift model: T-learner, X-learner or class transformation");
    /** Above 0: a budget of nothing would contact nobody and train nothing. */
    public static final ParamSpec BUDGET = ParamSpec.number("budget", 0.001, 1, 0.3,
            "share of opportunities contacted after warm-up (the best-scored ones)");
    public static final ParamSpec PROPENSITY_SCORE = ParamSpec.word("score", Prediction.words(Prediction.PURCHASE_TODAY,
            Prediction.FIRST_PURCHASE, Prediction.REPEAT_PURCHASE, Prediction.CLV), Prediction.PURCHASE_TODAY.word(),
            "what customers are ranked by: purchase_today (same day, contacted), first_purchase (leads) or "
                    + "repeat_purchase (buyers) within within_days, or clv (BG/NBD x Gamma-Gamma); see docs/predictions.md");
    public static final ParamSpec CHURN_SCORE = ParamSpec.word("score", Prediction.words(Prediction.NO_PURCHASE_TODAY,
            Prediction.CHURN_WITHIN), Prediction.NO_PURCHASE_TODAY.word(),
            "what customers are ranked by: no_purchase_today (not contacted) or churn_within (no purchase within "
                    + "within_days); see docs/predictions.md");
    public static final ParamSpec WITHIN_DAYS = ParamSpec.number("within_days", 1, 3650, Double.NaN,
            "the window of churn_within, first_purchase and repeat_purchase in days, at most warmup_days "
                    + "(learned from the last within_days of the warm-up); default warmup_days");
    public static final StrategyTypeInfo PROPENSITY = new StrategyTypeInfo("propensity",
            "targets the customers most likely to buy when contacted (logistic regression), or by a prediction",
            List.of(Params.ARMS, Params.WARMUP_DAYS, BUDGET, PROPENSITY_SCORE, WITHIN_DAYS),
            (s, problems) -> checkWindow(s, PROPENSITY_SCORE, problems));
    public static final StrategyTypeInfo UPLIFT = new StrategyTypeInfo("uplift",
            "targets the customers whose purchase probability a contact raises most (uplift model)",
            List.of(Params.ARMS, LEARNER, Params.WARMUP_DAYS, BUDGET));
    public static final StrategyTypeInfo CHURN = new StrategyTypeInfo("churn_prevention",
            "targets the customers least likely to buy if left alone (logistic regression on the control group)",
            List.of(Params.ARMS, Params.WARMUP_DAYS, BUDGET, CHURN_SCORE, WITHIN_DAYS),
            (s, problems) -> checkWindow(s, CHURN_SCORE, problems));

    /** within_days only with a windowed score, and within the warm-up it is learned from. */
    private static void checkWindow(StrategySpec s, ParamSpec scoreParam, Problems problems) {
        if (!s.params().containsKey(WITHIN_DAYS.key())) {
            return;
        }
        Prediction score = Prediction.of(s.word(scoreParam));
        double within = s.number(WITHIN_DAYS);
        int warmup = (int) s.number(Params.WARMUP_DAYS);
        if (!score.windowed()) {
            problems.add(s.locOf(WITHIN_DAYS.key()), "strategy '" + s.name() + "' sets within_days with score: "
                    + score.word() + ", which has no window", "within_days only with score: " + String.join(" or ",
                    scoreParam.words().stream().filter(w -> Prediction.of(w).windowed()).toList())
                    + ", or no within_days");
        } else if (within > warmup) {
            problems.add(s.locOf(WITHIN_DAYS.key()), "strategy '" + s.name() + "' has within_days " + (long) within
                    + " but warmup_days " + warmup + "; the window is learned from the warm-up's last within_days days",
                    "within_days at most warmup_days, e.g. warmup_days: " + (long) within);
        }
    }

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
        int warmup = (int) s.number(Params.WARMUP_DAYS);
        ParamSpec scoreParam = goal == Goal.CHURN ? CHURN_SCORE : PROPENSITY_SCORE;
        Prediction score = goal == Goal.UPLIFT ? Prediction.PURCHASE_TODAY : Prediction.of(s.word(scoreParam));
        double within = goal == Goal.UPLIFT ? Double.NaN : s.number(WITHIN_DAYS);
        return new TargetingSpec(goal, s.names(Params.ARMS), s.word(LEARNER), warmup, s.number(BUDGET), score,
                score.windowed() ? (Double.isNaN(within) ? warmup : (int) within) : 0);
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        // Without arms the strategy decides only whom to contact, with what the policy proposes.
        // Leaving customers below the score threshold alone is built in: a listed no_contact arm adds nothing.
        List<Arm> listed = arms.isEmpty() ? List.of() : ctx.arms(arms).stream().filter(x -> !x.isNoContact()).toList();
        List<Arm> a = listed.isEmpty() ? List.of(new Arm(ActionSpec.NONE, Arm.KEEP, -1)) : listed;
        if (score.customerLevel()) {
            return new PredictionTargeting(a, PredictorTrainer.of(score, withinDays, warmupDays, ctx.features(),
                    ctx.scenario()), warmupDays, budget, ctx.history());
        }
        return new TargetingStrategy(a, goal, learner, warmupDays, budget, ctx.features().dimension() - 1);
    }
}
