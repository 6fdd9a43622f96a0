package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;

/**
 * A customer segment: its share of the population and the means around which each member's
 * hidden rates are drawn (see docs/model.md).
 *
 * <pre>{@code
 * - { name: loyal, share: 0.2, purchase_rate: 0.02, churn_hazard: 0.001, avg_basket: 85 }
 * }</pre>
 *
 * @param name unique segment name; observed by policies as {@code segment == "loyal"}
 * @param share fraction of the population, in (0, 1]; all shares sum to 1
 * @param purchaseRate mean daily organic purchase probability of an active member, in [0, 0.5]
 * @param churnHazard mean daily churn hazard at zero fatigue and a fresh purchase, in [0, 0.5]
 * @param avgBasket mean basket value in currency units, &gt; 0 (default 60)
 * @param discountSensitivity mean relative lift of a 10 % discount on a contact's effect (default 0.3)
 * @param tenureDays mean customer tenure at the start, in days (default 365)
 * @param loc where the segment is declared
 */
public record SegmentSpec(String name, double share, double purchaseRate, double churnHazard, double avgBasket,
        double discountSensitivity, double tenureDays, Loc loc) {

    static SegmentSpec read(YamlNode node, Problems problems) {
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return null;
        }
        SegmentSpec s = new SegmentSpec(
                m.name("name", null, true),
                m.requiredNumber("share", 0.0, 1.0),
                m.requiredNumber("purchase_rate", 0.0, 0.5),
                m.number("churn_hazard", 0.001, 0.0, 0.5),
                m.number("avg_basket", 60.0, 0.01, 1e7),
                m.number("discount_sensitivity", 0.3, 0.0, 10.0),
                m.number("tenure_days", 365.0, 0.0, 36500.0),
                node.loc());
        m.done();
        return s;
    }
}
