package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;

/**
 * Money: profit of a purchase = basket &times; margin_rate &minus; incentive cost; contact costs
 * come from the channels.
 *
 * @param marginRate gross margin on revenue before incentives, [0, 1] (default 0.4)
 * @param objective what "better" means when strategies are ranked: profit (default), revenue or conversions
 */
public record EconomicsSpec(double marginRate, String objective) {

    public static EconomicsSpec defaults() {
        return new EconomicsSpec(0.4, "profit");
    }

    static EconomicsSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return defaults();
        }
        MapReader m = MapReader.of(node, "economics", problems);
        if (m == null) {
            return defaults();
        }
        EconomicsSpec e = new EconomicsSpec(m.probability("margin_rate", 0.4),
                m.choice("objective", "profit", java.util.List.of("profit", "revenue", "conversions")));
        m.done();
        return e;
    }
}
