package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * Money: profit of a purchase = basket &times; margin_rate &minus; incentive cost; contact costs
 * come from the channels. Customer lifetime value (CLV) at the horizon = profit over the horizon
 * plus the residual value of the customers still active, discounted at {@code discountRate}
 * (docs/model.md, "Customer lifetime value").
 *
 * @param marginRate gross margin on revenue before incentives, [0, 1] (default 0.4)
 * @param objective what "better" means when strategies are ranked: profit (default), revenue, conversions or clv
 * @param discountRate annual discount rate of future margin in CLV, [0, 10] (default 0: undiscounted)
 * @param residualDays days after the horizon whose expected margin counts as residual value (default 365)
 * @param clvDeclared whether the scenario wrote {@code discount_rate}: what {@code objective: clv} and
 *     {@code reward: clv} need, so that the value they optimise is stated, not implied
 * @param loc where the economics section is (for errors about it), or null when absent
 */
public record EconomicsSpec(double marginRate, String objective, double discountRate, int residualDays,
        boolean clvDeclared, Loc loc) implements java.io.Serializable {

    public static final String CLV = "clv";
    /** Longest residual window: ten years of expected margin after the horizon. */
    public static final int MAX_RESIDUAL_DAYS = 3650;

    /** The pre-CLV form (profit, revenue or conversions; residual value undiscounted over 365 days). */
    public EconomicsSpec(double marginRate, String objective) {
        this(marginRate, objective, 0.0, 365, false, null);
    }

    public static EconomicsSpec defaults() {
        return new EconomicsSpec(0.4, "profit");
    }

    /** Per-day discount factor of future value: (1 + discount_rate)^(-1/365); exactly 1 without discounting. */
    public double dailyDiscount() {
        return discountRate == 0 ? 1.0 : Math.pow(1 + discountRate, -1.0 / 365);
    }

    static EconomicsSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return defaults();
        }
        MapReader m = MapReader.of(node, "economics", problems);
        if (m == null) {
            return defaults();
        }
        double margin = m.probability("margin_rate", 0.4);
        String objective = m.choice("objective", "profit", List.of("profit", "revenue", "conversions", CLV));
        boolean declared = m.has("discount_rate");
        double rate = m.number("discount_rate", 0.0, 0.0, 10.0);
        int residual = (int) m.integer("residual_days", 365, 0, MAX_RESIDUAL_DAYS);
        if (CLV.equals(objective) && !declared) {
            problems.add(m.locOf("objective"), "economics.objective is clv, but economics.discount_rate is not set",
                    "economics.discount_rate (annual, e.g. 0.10; 0 for undiscounted) and optionally residual_days "
                            + "(default 365), so that the CLV being ranked is stated");
        }
        EconomicsSpec e = new EconomicsSpec(margin, objective, rate, residual, declared, node.loc());
        m.done();
        return e;
    }
}
