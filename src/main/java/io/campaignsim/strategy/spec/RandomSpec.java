package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.baseline.RandomArms;
import java.util.List;

/** {@code random}: contacts with probability {@code contact_rate}, a uniformly random arm. */
public record RandomSpec(List<String> arms, double contactRate) implements FamilySpec {

    public static final ParamSpec CONTACT_RATE = ParamSpec.number("contact_rate", 0, 1, 1.0,
            "probability of contacting an opportunity");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("random",
            "contacts an opportunity with probability contact_rate, with a uniformly random arm",
            List.of(Params.ARMS, CONTACT_RATE));

    public static RandomSpec from(StrategySpec s) {
        return new RandomSpec(s.names(Params.ARMS), s.number(CONTACT_RATE));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        return new RandomArms(ctx.arms(arms), contactRate);
    }
}
