package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.oracle.Oracle;
import java.util.List;

/** {@code oracle}: the arm with the highest true expected profit change; the only spec given the truth. */
public record OracleSpec(List<String> arms) implements FamilySpec {

    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("oracle",
            "the arm with the highest true expected profit change (myopic; a yardstick, never the winner)",
            List.of(Params.ARMS));

    public static OracleSpec from(StrategySpec s) {
        return new OracleSpec(s.names(Params.ARMS));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        return new Oracle(ctx.arms(arms), ctx.truth());
    }
}
