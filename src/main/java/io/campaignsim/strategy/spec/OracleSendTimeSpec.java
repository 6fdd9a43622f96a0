package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.personal.TrueBestSendTime;
import java.util.List;

/** {@code oracle_send_time}: each customer's true best hour, from the hidden truth; the send-time yardstick. */
public record OracleSendTimeSpec() implements FamilySpec {

    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("oracle_send_time",
            "knows each customer's hidden best hour and sends every opportunity then (channel and offer unchanged): "
                    + "the upper bound of send-time strategies, a yardstick that never wins",
            List.of());

    public static OracleSendTimeSpec from(StrategySpec s) {
        return new OracleSendTimeSpec();
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        return new TrueBestSendTime(ctx.truth());
    }
}
