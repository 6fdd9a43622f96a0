package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.oracle.Oracle;
import java.util.List;

/** {@code oracle}: the far-sighted oracle (docs/strategies.md); the only spec given the truth. */
public record OracleSpec(List<String> arms) implements FamilySpec {

    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("oracle",
            "knows the hidden truth and the customer's true state; takes the decision with the highest expected "
                    + "objective to the horizon (far-sighted; a yardstick, never the winner)",
            List.of(Params.ARMS));

    public static OracleSpec from(StrategySpec s) {
        return new OracleSpec(s.names(Params.ARMS));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        return new Oracle(ctx.arms(arms), ctx.truth());
    }
}
