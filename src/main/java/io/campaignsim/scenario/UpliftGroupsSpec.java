package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;

/**
 * Shares and effects of the four classic uplift groups. Each customer belongs to exactly one
 * (hidden); {@code effect} is the mean absolute change in the day's purchase probability when
 * the customer sees a contact (before channel, offer, category and fatigue modifiers).
 *
 * <pre>{@code
 * uplift_groups:
 *   persuadable:  { share: 0.30, effect: 0.03 }
 *   sure_thing:   { share: 0.20 }
 *   lost_cause:   { share: 0.40 }
 *   sleeping_dog: { share: 0.10, effect: -0.02 }
 * }</pre>
 *
 * <p>Sure things buy at {@code base_multiplier} (default 2) times their segment's rate whatever
 * happens; lost causes at 0.5 times; both have effect 0 by default.
 */
public record UpliftGroupsSpec(Group persuadable, Group sureThing, Group lostCause, Group sleepingDog, Loc loc) implements java.io.Serializable {

    /** One uplift group. */
    public record Group(double share, double effect, double baseMultiplier) implements java.io.Serializable {}

    /** Order used everywhere groups are indexed (population arrays, CSV codes, reports). */
    public static final java.util.List<String> NAMES =
            java.util.List.of("persuadable", "sure_thing", "lost_cause", "sleeping_dog");

    public static UpliftGroupsSpec defaults() {
        return new UpliftGroupsSpec(new Group(0.25, 0.03, 1.0), new Group(0.20, 0.0, 2.0),
                new Group(0.45, 0.0, 0.5), new Group(0.10, -0.02, 1.0), null);
    }

    public Group get(int index) {
        return switch (index) {
            case 0 -> persuadable;
            case 1 -> sureThing;
            case 2 -> lostCause;
            default -> sleepingDog;
        };
    }

    static UpliftGroupsSpec read(YamlNode node, Problems problems) {
        UpliftGroupsSpec d = defaults();
        if (node == null) {
            return d;
        }
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return d;
        }
        UpliftGroupsSpec s = new UpliftGroupsSpec(
                group(m, "persuadable", d.persuadable, 0.0, 1.0),
                group(m, "sure_thing", d.sureThing, -0.5, 0.5),
                group(m, "lost_cause", d.lostCause, -0.5, 0.5),
                group(m, "sleeping_dog", d.sleepingDog, -1.0, 0.0),
                node.loc());
        m.done();
        return s;
    }

    private static Group group(MapReader parent, String key, Group fallback, double minEffect, double maxEffect) {
        YamlNode n = parent.node(key);
        if (n == null) {
            return new Group(0.0, fallback.effect, fallback.baseMultiplier);
        }
        MapReader m = MapReader.of(n, parent.path(key), parent.problems());
        if (m == null) {
            return fallback;
        }
        Group g = new Group(m.requiredNumber("share", 0.0, 1.0), m.number("effect", fallback.effect, minEffect, maxEffect),
                m.number("base_multiplier", fallback.baseMultiplier, 0.0, 20.0));
        m.done();
        return g;
    }
}
