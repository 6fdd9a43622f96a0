package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Reward;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.ab.AbTest;
import java.util.List;

/** {@code ab_test}: a hash split of customers between the arms, then the winner for everyone. */
public record AbTestSpec(List<String> arms, int testDays, double alpha, double power, double mde, double testFraction,
        Reward metric, boolean sequential) implements FamilySpec {

    public static final ParamSpec POWER = ParamSpec.number("power", 0.5, 0.9999, 0.8,
            "power of the sample-size calculation when mde is given");
    public static final ParamSpec MDE = ParamSpec.number("mde", 1e-6, 1, Double.NaN,
            "minimum detectable effect (absolute rate); when given the test stops at the power analysis' size");
    public static final ParamSpec METRIC = ParamSpec.word("metric", java.util.List.of(Reward.CONVERSION.word(), Reward.PROFIT.word()), Reward.CONVERSION.word(),
            "what the test compares: conversion per delivered contact (z-test) or profit per contact (Welch)");
    public static final ParamSpec SEQUENTIAL = ParamSpec.bool("sequential", false,
            "peek daily with an always-valid mSPRT p-value");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("ab_test",
            "a randomised test of the arms against the first, then the significant winner for everyone",
            List.of(Params.ARMS, Params.TEST_DAYS, Params.TEST_ALPHA, POWER, MDE, Params.TEST_FRACTION, METRIC, SEQUENTIAL));

    public static AbTestSpec from(StrategySpec s) {
        return new AbTestSpec(s.names(Params.ARMS), (int) s.number(Params.TEST_DAYS), s.number(Params.TEST_ALPHA),
                s.number(POWER), s.number(MDE), s.number(Params.TEST_FRACTION), Reward.of(s.word(METRIC)),
                s.bool(SEQUENTIAL));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        boolean profit = switch (metric) {
            case CONVERSION -> false;
            case PROFIT, CLV -> true;
        };
        return new AbTest(ctx.arms(arms), testDays, alpha, power, mde, testFraction, ctx.salt(), sequential, profit);
    }
}
