package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * How to generate the synthetic population.
 *
 * @param size number of customers, 1 to 50,000,000
 * @param segments segments with shares summing to 1
 * @param heterogeneity log-normal spread (sigma) of individual rates around the segment means, [0, 2], default 0.5
 * @param upliftGroups hidden uplift-group mix and effects
 * @param regions region labels, observed; default north, south, east, west
 * @param hourModes peak hours of the day customers prefer, with weights (default 8h 0.25, 12h 0.25, 19h 0.5)
 * @param habituation discount habituation (default off)
 */
public record PopulationSpec(long size, List<SegmentSpec> segments, double heterogeneity,
        UpliftGroupsSpec upliftGroups, List<String> regions, List<HourMode> hourModes, HabituationSpec habituation) implements java.io.Serializable {

    /** Largest population accepted; beyond it the struct-of-arrays would not fit a laptop's heap. */
    public static final long MAX_SIZE = 50_000_000L;
    /** Segments, regions and categories are stored as byte codes per customer. */
    public static final int MAX_CODES = 127;

    public PopulationSpec {
        segments = List.copyOf(segments);
        regions = List.copyOf(regions);
        hourModes = List.copyOf(hourModes);
        habituation = habituation == null ? HabituationSpec.off() : habituation;
    }

    /** Without discount habituation (the form before it existed). */
    public PopulationSpec(long size, List<SegmentSpec> segments, double heterogeneity, UpliftGroupsSpec upliftGroups,
            List<String> regions, List<HourMode> hourModes) {
        this(size, segments, heterogeneity, upliftGroups, regions, hourModes, HabituationSpec.off());
    }

    /** A peak of the preferred-hour distribution: customers prefer hours near {@code hour}. */
    public record HourMode(int hour, double weight) implements java.io.Serializable {}

    public PopulationSpec withSize(long newSize) {
        return new PopulationSpec(newSize, segments, heterogeneity, upliftGroups, regions, hourModes, habituation);
    }

    static PopulationSpec read(YamlNode node, Problems problems) {
        MapReader m = MapReader.of(node, "population", problems);
        if (m == null) {
            return null;
        }
        long size = m.requiredInteger("size", 1, MAX_SIZE);
        List<SegmentSpec> segments = m.list("segments", true, n -> SegmentSpec.read(n, problems));
        m.checkCount("segments", MAX_CODES, "at least one segment with name, share and purchase_rate");
        double heterogeneity = m.number("heterogeneity", 0.5, 0.0, 2.0);
        UpliftGroupsSpec groups = UpliftGroupsSpec.read(m.node("uplift_groups"), problems);
        List<String> regions = m.has("regions") ? m.names("regions", false) : List.of("north", "south", "east", "west");
        m.checkCount("regions", MAX_CODES, "at least one region name");
        List<HourMode> modes = List.of(new HourMode(8, 0.25), new HourMode(12, 0.25), new HourMode(19, 0.5));
        if (m.has("hour_modes")) {
            modes = m.list("hour_modes", false, n -> {
                MapReader h = MapReader.of(n, n.path(), problems);
                if (h == null) {
                    return null;
                }
                HourMode mode = new HourMode((int) h.requiredInteger("hour", 0, 23), h.requiredNumber("weight", 0.0, 1e6));
                h.done();
                return mode;
            });
            m.checkCount("hour_modes", 24, "at least one { hour, weight }");
            if (!modes.isEmpty() && modes.stream().mapToDouble(HourMode::weight).sum() <= 0) {
                problems.add(m.locOf("hour_modes"), "population.hour_modes has no positive weight",
                        "at least one hour with weight > 0");
            }
        }
        HabituationSpec habituation = HabituationSpec.read(m.node("discount_habituation"), problems);
        m.done();
        return new PopulationSpec(size, segments, heterogeneity, groups, regions, modes, habituation);
    }
}
