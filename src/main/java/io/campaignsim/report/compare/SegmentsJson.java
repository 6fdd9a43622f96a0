package io.campaignsim.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.compare.SegmentIncrementals;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code segments} block of each strategy in comparison.json: segment names and the
 * strategy's mean true incremental profit per customer in each (6 decimals, null when undefined).
 * Files written before the block existed have none, and read back without it, so re-rendering them
 * gives the same bytes.
 */
final class SegmentsJson {

    static final String KEY = "segments";
    static final String NAMES = "names";
    static final String VALUES = "incremental_profit_per_customer";

    private SegmentsJson() {}

    /** Adds the block of {@code strategy} to its node; nothing when there are no segment figures for it. */
    static void write(ObjectNode strategyNode, SegmentIncrementals segments, String strategy) {
        if (segments == null || segments.of(strategy).isEmpty()) {
            return;
        }
        ObjectNode node = strategyNode.putObject(KEY);
        ArrayNode names = node.putArray(NAMES);
        segments.segments().forEach(names::add);
        ArrayNode values = node.putArray(VALUES);
        for (double v : segments.of(strategy)) {
            values.add(Numbers.decimal(v, Numbers.RATE_SCALE));
        }
    }

    /**
     * Reads the blocks of all strategies; null when no strategy has one.
     *
     * @throws IllegalArgumentException if strategies name different segments or a block's arrays differ in length
     */
    static SegmentIncrementals read(JsonNode strategies) {
        List<String> names = null;
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (JsonNode s : strategies) {
            JsonNode node = s.get(KEY);
            if (node == null || node.isNull()) {
                continue;
            }
            List<String> these = new ArrayList<>();
            node.path(NAMES).forEach(x -> these.add(x.asText()));
            if (names == null) {
                names = these;
            } else if (!names.equals(these)) {
                throw new IllegalArgumentException("strategies name different segments: " + names + " and " + these);
            }
            List<Double> v = new ArrayList<>();
            node.path(VALUES).forEach(x -> v.add(x.isNull() ? Double.NaN : x.asDouble()));
            if (v.size() != names.size()) {
                throw new IllegalArgumentException("segments block of " + s.path("name").asText() + " has "
                        + v.size() + " values for " + names.size() + " segments");
            }
            values.put(s.path("name").asText(), v);
        }
        return names == null ? null : new SegmentIncrementals(names, values);
    }
}
