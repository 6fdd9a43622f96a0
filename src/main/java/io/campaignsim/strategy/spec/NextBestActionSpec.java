package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.ChannelSpec;
import io.campaignsim.scenario.OfferSpec;
import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.predict.Prediction;
import io.campaignsim.strategy.predict.PredictorTrainer;
import io.campaignsim.strategy.targeting.NextBestAction;
import java.util.ArrayList;
import java.util.List;

/** {@code next_best_action}: per customer the channel:offer with the highest predicted value. */
public record NextBestActionSpec(List<String> arms, int warmupDays, double budget, String basket)
        implements FamilySpec {

    /** The observed mean basket (the default). */
    public NextBestActionSpec(List<String> arms, int warmupDays, double budget) {
        this(arms, warmupDays, budget, OBSERVED_MEAN);
    }

    public static final String OBSERVED_MEAN = "observed_mean";
    public static final ParamSpec BASKET = ParamSpec.word("basket", List.of(OBSERVED_MEAN,
            Prediction.NEXT_BASKET_VALUE.word()), OBSERVED_MEAN, "the basket an action's value is computed with: the "
            + "customer's observed mean basket, or next_basket_value (Gamma-Gamma prediction of the next basket, "
            + "learned at the end of the warm-up; docs/predictions.md)");

    public static final ParamSpec ARMS = ParamSpec.list("arms", ParamSpec.Kind.CHANNEL_ARMS,
            "channel:offer arms (email:ten_off); default: every channel with every offer and none");
    public static final ParamSpec BUDGET = ParamSpec.number("budget", 0, 1, 1.0,
            "share of opportunities contacted after warm-up (the highest-valued ones)");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("next_best_action",
            "per opportunity the channel:offer with the highest predicted profit, or no contact",
            List.of(ARMS, Params.WARMUP_DAYS, BUDGET, BASKET));

    public static NextBestActionSpec from(StrategySpec s) {
        return new NextBestActionSpec(s.names(ARMS), (int) s.number(Params.WARMUP_DAYS), s.number(BUDGET),
                s.word(BASKET));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        Scenario sc = ctx.scenario();
        // Not contacting is built in (its own model, chosen when no arm's value is positive).
        List<Arm> all = new ArrayList<>(arms.isEmpty() ? List.of()
                : ctx.arms(arms).stream().filter(x -> !x.isNoContact()).toList());
        for (ChannelSpec ch : all.isEmpty() ? sc.channels() : List.<ChannelSpec>of()) {
            all.add(new Arm(ch.name() + ":none", sc.channelIndex(ch.name()), -1));
            for (OfferSpec o : sc.offers()) {
                if (!o.name().equals(ActionSpec.NONE)) {
                    all.add(new Arm(ch.name() + ":" + o.name(), sc.channelIndex(ch.name()), sc.offerIndex(o.name())));
                }
            }
        }
        double expected = sc.population().segments().stream().mapToDouble(g -> g.share() * g.avgBasket()).sum();
        return new NextBestAction(all, warmupDays, budget, ctx.features().dimension() - 1, sc.economics().marginRate(),
                expected, sc.offers().stream().mapToDouble(OfferSpec::discount).toArray(),
                sc.offers().stream().mapToDouble(OfferSpec::fixedCost).toArray(),
                sc.channels().stream().mapToDouble(ChannelSpec::cost).toArray(),
                basket.equals(OBSERVED_MEAN) ? null : PredictorTrainer.of(Prediction.NEXT_BASKET_VALUE, 0, warmupDays,
                        ctx.features(), sc), ctx.history());
    }
}
