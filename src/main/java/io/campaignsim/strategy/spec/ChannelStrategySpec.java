package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ChannelChoiceSpec;
import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.personal.LearnedChannel;
import java.util.List;

/**
 * {@code channel}: chooses only the channel of each opportunity, per customer, among the
 * channels the customer is subscribed to (docs/personalisation.md).
 */
public record ChannelStrategySpec(double priorStrength, double unsubscribeCost) implements FamilySpec {

    public static final ParamSpec PRIOR_STRENGTH = ParamSpec.number("prior_strength", 0.01, 1e6,
            ChannelChoiceSpec.DEFAULT_PRIOR_STRENGTH,
            "how many of a customer's own sends the segment's open rate on a channel counts as");
    public static final ParamSpec UNSUBSCRIBE_COST = ParamSpec.number("unsubscribe_cost", 0, 1e9,
            ChannelChoiceSpec.DEFAULT_UNSUBSCRIBE_COST, "what losing a customer's subscription to a channel costs, "
                    + "in currency units");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("channel",
            "chooses each opportunity's channel per customer by Thompson sampling on the customer's open rates, the "
                    + "value of a seen contact, cost, fatigue and unsubscribes, with the segment as prior",
            List.of(PRIOR_STRENGTH, UNSUBSCRIBE_COST));

    public static ChannelStrategySpec from(StrategySpec s) {
        return new ChannelStrategySpec(s.number(PRIOR_STRENGTH), s.number(UNSUBSCRIBE_COST));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        return new LearnedChannel(ctx.scenario(), ctx.history(), priorStrength, unsubscribeCost);
    }
}
