package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.baseline.Holdout;
import java.util.List;

/** {@code holdout}: contacts nobody. */
public record HoldoutSpec() implements FamilySpec {

    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("holdout", "contacts nobody: the no-contact twin",
            List.of());

    public static HoldoutSpec from(StrategySpec s) {
        return new HoldoutSpec();
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        return new Holdout();
    }
}
