package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.SendTimeSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.personal.FixedSendTime;
import io.campaignsim.strategy.personal.LearnedSendTime;
import java.util.List;

/**
 * {@code send_time}: chooses only the send hour of each opportunity. {@code learned}: per
 * customer, Thompson sampling on open rates by hour with the segment as prior
 * (docs/personalisation.md); {@code fixed}: always {@code hour}.
 */
public record SendTimeStrategySpec(String mode, int hour, double priorStrength) implements FamilySpec {

    public static final String LEARNED = "learned";
    public static final String FIXED = "fixed";
    public static final ParamSpec MODE = ParamSpec.word("mode", List.of(LEARNED, FIXED), LEARNED,
            "learned: each customer's hour by Thompson sampling on their open rates by hour; fixed: always hour");
    public static final ParamSpec HOUR = ParamSpec.number("hour", 0, 23, 10, "with mode: fixed, the send hour");
    public static final ParamSpec PRIOR_STRENGTH = ParamSpec.number("prior_strength", 0, 100,
            SendTimeSpec.DEFAULT_PRIOR_STRENGTH,
            "with mode: learned, weight of the segment's distribution of preferred hours in a customer's posterior "
                    + "(1: Bayes' rule)");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("send_time",
            "chooses the send hour of each opportunity: learned per customer from open rates (Thompson sampling with "
                    + "the segment as prior), or one fixed hour",
            List.of(MODE, HOUR, PRIOR_STRENGTH));

    public static SendTimeStrategySpec from(StrategySpec s) {
        return new SendTimeStrategySpec(s.word(MODE), (int) s.number(HOUR), s.number(PRIOR_STRENGTH));
    }

    public boolean learned() {
        return LEARNED.equals(mode);
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        return learned() ? new LearnedSendTime(ctx.history(), ctx.scenario().policy().quietHours(), priorStrength)
                : new FixedSendTime(hour);
    }
}
