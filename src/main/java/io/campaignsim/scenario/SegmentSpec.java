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
 * @param upliftShares this segment's own mix of uplift groups (persuadable, sure_thing, lost_cause,
 *     sleeping_dog), or empty to use {@code population.uplift_groups} shares; the groups' effects are
 *     always the population's. A segment-dependent mix is what makes uplift predictable from
 *     observed data, as it is in real customer bases.
 * @param loc where the segment is declared
 * @param weekdayShares the distribution of members' hidden preferred weekday, Monday first (7
 *     weights summing to 1), or empty for uniform (the default); {@code preferred_weekdays:
 *     { tuesday: 0.6, wednesday: 0.4 }}, weekdays left out get 0
 */
public record SegmentSpec(String name, double share, double purchaseRate, double churnHazard, double avgBasket,
        double discountSensitivity, double tenureDays, java.util.List<Double> upliftShares, Loc loc,
        java.util.List<Double> weekdayShares) implements java.io.Serializable {

    /** Weekday names, Monday (0, day 0 of a run) first. */
    public static final java.util.List<String> WEEKDAYS = java.util.List.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    public SegmentSpec {
        upliftShares = java.util.List.copyOf(upliftShares);
        weekdayShares = weekdayShares == null ? java.util.List.of() : java.util.List.copyOf(weekdayShares);
    }

    /** With uniform preferred weekdays (the form before {@code preferred_weekdays} existed). */
    public SegmentSpec(String name, double share, double purchaseRate, double churnHazard, double avgBasket,
            double discountSensitivity, double tenureDays, java.util.List<Double> upliftShares, Loc loc) {
        this(name, share, purchaseRate, churnHazard, avgBasket, discountSensitivity, tenureDays, upliftShares, loc,
                java.util.List.of());
    }

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
                upliftShares(m),
                node.loc(),
                weekdayShares(m));
        m.done();
        return s;
    }

    private static java.util.List<Double> weekdayShares(MapReader parent) {
        YamlNode n = parent.node("preferred_weekdays");
        if (n == null) {
            return java.util.List.of();
        }
        MapReader m = MapReader.of(n, parent.path("preferred_weekdays"), parent.problems());
        if (m == null) {
            return java.util.List.of();
        }
        double[] w = new double[WEEKDAYS.size()];
        double sum = 0;
        for (int d = 0; d < w.length; d++) {
            w[d] = m.number(WEEKDAYS.get(d), 0.0, 0.0, 1e6);
            sum += w[d];
        }
        m.done();
        if (!(sum > 0)) {
            parent.problems().add(n.loc(), parent.path("preferred_weekdays") + " has no positive weight",
                    "weights by weekday name, e.g. { tuesday: 0.6, wednesday: 0.4 }");
            return java.util.List.of();
        }
        java.util.List<Double> shares = new java.util.ArrayList<>();
        for (double x : w) {
            shares.add(x / sum);
        }
        return shares;
    }

    private static java.util.List<Double> upliftShares(MapReader parent) {
        YamlNode n = parent.node("uplift_groups");
        if (n == null) {
            return java.util.List.of();
        }
        MapReader m = MapReader.of(n, parent.path("uplift_groups"), parent.problems());
        if (m == null) {
            return java.util.List.of();
        }
        java.util.List<Double> shares = new java.util.ArrayList<>();
        for (String g : UpliftGroupsSpec.NAMES) {
            shares.add(m.probability(g, 0.0));
        }
        m.done();
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > ScenarioValidator.SHARE_TOLERANCE) {
            parent.problems().add(n.loc(), parent.path("uplift_groups") + " shares sum to " + Math.round(sum * 1e6) / 1e6,
                    "shares that sum to 1, e.g. { persuadable: 0.4, sure_thing: 0.2, lost_cause: 0.3, sleeping_dog: 0.1 }");
        }
        return shares;
    }
}
