package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;

/**
 * An incentive attached to a contact. The discount is paid only when the customer buys on the
 * day of the contact (redemption); it raises the contact's effect by the customer's hidden
 * discount sensitivity.
 *
 * <pre>{@code
 * offers:
 *   - { name: none }
 *   - { name: ten_off, discount: 0.10 }
 *   - { name: free_ship, fixed_cost: 4.90 }
 * }</pre>
 *
 * @param name unique offer name
 * @param discount fraction of the basket given away on redemption, [0, 1) (default 0)
 * @param fixedCost fixed cost per redemption in currency units, e.g. free shipping (default 0)
 * @param loc where the offer is declared
 */
public record OfferSpec(String name, double discount, double fixedCost, Loc loc) implements java.io.Serializable {

    static OfferSpec read(YamlNode node, Problems problems) {
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return null;
        }
        OfferSpec o = new OfferSpec(m.name("name", null, true), m.number("discount", 0.0, 0.0, 0.99),
                m.number("fixed_cost", 0.0, 0.0, 1e6), node.loc());
        m.done();
        return o;
    }
}
