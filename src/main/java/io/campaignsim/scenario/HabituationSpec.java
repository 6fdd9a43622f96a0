package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;

/**
 * Discount habituation (docs/model.md): customers who see incentive offers start waiting for
 * them, so their full-price (organic) purchase rate falls. Each seen offer adds
 * {@code perOffer &times;} (equivalent discount / 10 %) to a hidden habituation level that halves
 * every {@code halfLifeDays}; the organic purchase probability is multiplied by exp(&minus;level).
 * Off by default ({@code perOffer = 0}), so scenarios without it behave exactly as before.
 *
 * @param perOffer habituation added per seen offer worth 10 % off, [0, 10] (default 0: off)
 * @param halfLifeDays days for habituation to halve without offers, [1, 3650] (default 60)
 */
public record HabituationSpec(double perOffer, double halfLifeDays) implements java.io.Serializable {

    public static HabituationSpec off() {
        return new HabituationSpec(0.0, 60.0);
    }

    public boolean enabled() {
        return perOffer > 0;
    }

    static HabituationSpec read(YamlNode node, Problems problems) {
        if (node == null) {
            return off();
        }
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return off();
        }
        HabituationSpec h = new HabituationSpec(m.number("per_offer", 0.0, 0.0, 10.0),
                m.number("half_life_days", 60.0, 1.0, 3650.0));
        m.done();
        return h;
    }
}
