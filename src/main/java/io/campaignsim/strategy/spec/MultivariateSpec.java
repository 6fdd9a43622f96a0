package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.ab.Multivariate;
import java.util.List;

/** {@code multivariate}: a full-factorial test of offers x channels x hours. */
public record MultivariateSpec(List<String> offers, List<String> channels, List<Integer> hours, int testDays,
        double alpha, double testFraction) implements FamilySpec {

    public static final ParamSpec OFFERS = ParamSpec.list("offers", ParamSpec.Kind.OFFERS,
            "levels of the offer factor (offer names or none)");
    public static final ParamSpec CHANNELS = ParamSpec.list("channels", ParamSpec.Kind.CHANNELS,
            "levels of the channel factor");
    public static final ParamSpec HOURS = ParamSpec.list("hours", ParamSpec.Kind.HOURS,
            "levels of the send-hour factor, 0 to 23");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("multivariate",
            "a full-factorial test of offers x channels x hours with main effects and interactions",
            List.of(OFFERS, CHANNELS, HOURS, Params.TEST_DAYS, Params.TEST_ALPHA, Params.TEST_FRACTION),
            (s, problems) -> {
                if (s.names(OFFERS).isEmpty() && s.names(CHANNELS).isEmpty() && s.hours(HOURS).isEmpty()) {
                    problems.add(s.loc(), "strategy '" + s.name() + "' (multivariate) has no factor",
                            "at least one of offers, channels, hours, e.g. offers: [none, ten_off], hours: [9, 19]");
                }
            });

    public static MultivariateSpec from(StrategySpec s) {
        return new MultivariateSpec(s.names(OFFERS), s.names(CHANNELS), s.hours(HOURS), (int) s.number(Params.TEST_DAYS),
                s.number(Params.TEST_ALPHA), s.number(Params.TEST_FRACTION));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        Scenario sc = ctx.scenario();
        return Multivariate.of(offers.stream().map(o -> o.equals(ActionSpec.NONE) ? -1 : sc.offerIndex(o)).toList(), offers,
                channels.stream().map(sc::channelIndex).toList(), channels, hours, testDays, alpha, testFraction,
                ctx.salt());
    }
}
