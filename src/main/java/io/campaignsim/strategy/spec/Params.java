package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.strategy.Reward;

/** Parameters that several families share, declared once. */
final class Params {

    static final ParamSpec ARMS = ParamSpec.list("arms", ParamSpec.Kind.ARMS,
            "the arms to choose from: offers (ten_off, none) or channel:offer (sms:ten_off)");
    static final ParamSpec REWARD = ParamSpec.word("reward", Reward.words(), Reward.CONVERSION.word(),
            "what is learned from: conversion (bought on the day of the contact, 0/1), that day's profit, or clv "
                    + "(the customer's discounted profit over reward_window_days after the decision)");
    static final ParamSpec REWARD_WINDOW_DAYS = ParamSpec.number("reward_window_days", 1, 365,
            io.campaignsim.strategy.RewardWindow.DEFAULT_DAYS,
            "with reward: clv, the days of profit after a decision that make its reward (it arrives that late)");
    static final ParamSpec TEST_DAYS = ParamSpec.number("test_days", 1, 3650, 14,
            "days the test runs before the winner is rolled out");
    static final ParamSpec TEST_ALPHA = ParamSpec.number("alpha", 1e-6, 0.5, 0.05,
            "significance level of the test, Bonferroni-corrected over the comparisons");
    static final ParamSpec TEST_FRACTION = ParamSpec.number("test_fraction", 0, 1, 1.0,
            "share of customers in the test; the rest get the first arm");
    static final ParamSpec WARMUP_DAYS = ParamSpec.number("warmup_days", 1, 3650, 14,
            "days of randomised contacts the model is trained on");

    /** The CLV reward window of {@code reward: clv}, or null for same-day rewards. */
    static io.campaignsim.strategy.RewardWindow window(Reward reward, double days, io.campaignsim.strategy.StrategyContext ctx) {
        return reward == Reward.CLV ? io.campaignsim.strategy.RewardWindow.of(ctx.scenario(), (int) days) : null;
    }

    private Params() {}
}
