package io.campaignsim.strategy.spec;

import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.Arm;
import io.campaignsim.strategy.Strategy;
import io.campaignsim.strategy.StrategyContext;
import io.campaignsim.strategy.product.CategoryBandit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code next_product}: picks the category to recommend per customer with a contextual Thompson
 * bandit whose context is the purchase history (last category bought, and whether recently).
 * Without {@code arms}, every catalog category on the opportunity's channel, without offer.
 */
public record NextProductSpec(List<String> arms, double priorStrength, int recentDays, boolean bundles)
        implements FamilySpec {

    public static final ParamSpec PRIOR_STRENGTH = ParamSpec.number("prior_strength", 1e-3, 1e7, 200,
            "pseudo-contacts of the pooled prior in each (context, arm) cell: how much a context leans on the "
                    + "arm's conversion over all contexts");
    public static final ParamSpec RECENT_DAYS = ParamSpec.number("recent_days", 0, 3650, 30,
            "a purchase at most this many days ago makes the context 'recent'");
    public static final ParamSpec BUNDLES = ParamSpec.bool("bundles", false,
            "without arms: also every bundle of two categories (bike+helmets) as an arm, beside each category");
    public static final StrategyTypeInfo TYPE = new StrategyTypeInfo("next_product",
            "next best product: a contextual Thompson bandit over category arms (email:helmets) or bundles of two "
                    + "(email:bike+helmets), with the last purchased category (recent or not) as context and a prior "
                    + "pooled over contexts",
            List.of(Params.ARMS, PRIOR_STRENGTH, RECENT_DAYS, BUNDLES));

    /** Without bundles (the form before they existed). */
    public NextProductSpec(List<String> arms, double priorStrength, int recentDays) {
        this(arms, priorStrength, recentDays, false);
    }

    public static NextProductSpec from(StrategySpec s) {
        return new NextProductSpec(s.names(Params.ARMS), s.number(PRIOR_STRENGTH), (int) s.number(RECENT_DAYS),
                s.bool(BUNDLES));
    }

    @Override
    public Strategy create(StrategyContext ctx) {
        List<String> labels = arms;
        if (labels.isEmpty()) {
            List<String> cats = ctx.scenario().catalog().categories();
            labels = new ArrayList<>(cats);
            if (bundles) {
                for (int a = 0; a < cats.size(); a++) {
                    for (int b = a + 1; b < cats.size(); b++) {
                        labels.add(cats.get(a) + "+" + cats.get(b));
                    }
                }
            }
        }
        List<Arm> a = ctx.arms(labels);
        return new CategoryBandit(a, ctx.history(), ctx.scenario().catalog().categories().size(), priorStrength, recentDays);
    }
}
