package io.campaignsim.strategy.spec;

import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;

/**
 * The typed parameters of one strategy, one record per family. Each record declares its
 * parameters once, as {@link io.campaignsim.scenario.ParamSpec} constants with range, default
 * and description (which scenario validation and the JSON Schema read), its
 * {@link io.campaignsim.scenario.StrategyTypeInfo} {@code TYPE}, a {@code from} that reads the
 * declared strategy, and {@link #create}. Adding a strategy: a record here, one line in
 * {@link StrategyRegistry}, one row in {@code StrategySpecsTest}.
 */
public sealed interface FamilySpec permits HoldoutSpec, AsProposedSpec, RandomSpec, OracleSpec, AbTestSpec,
        MultivariateSpec, EpsilonGreedySpec, Ucb1Spec, ThompsonSpec, LinUcbSpec, LinTsSpec, TargetingSpec,
        NextBestActionSpec, NextProductSpec, FittedQSpec, QLearningSpec {

    /** A fresh strategy for one replication. */
    Strategy create(StrategyContext ctx);
}
