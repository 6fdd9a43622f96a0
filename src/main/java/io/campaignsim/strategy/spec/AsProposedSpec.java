package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.baseline.AsProposed;
import java.util.List;

/** {@code policy}: business as usual, the journey policy's own proposals unchanged. */
public record AsProposedSpec() implements FamilySpec {

    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("policy",
            "business as usual: the journey policy's own proposals, unchanged", List.of());

    public static AsProposedSpec from(StrategySpec s) {
        return new AsProposedSpec();
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        return new AsProposed();
    }
}
