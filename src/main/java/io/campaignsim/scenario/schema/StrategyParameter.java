package io.campaignsim.scenario.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.scenario.StrategyType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a strategy type as the schema shows it. This is the only place that reads
 * the strategy registry's parameter list ({@link StrategyType#params()}): when strategy types
 * become typed spec records, {@link #byType()} maps their parameter list instead.
 *
 * @param key the YAML key
 * @param schema its type and range
 */
record StrategyParameter(String key, ObjectNode schema) {

    /** Strategy type name → its parameters, in registry order. */
    static Map<String, List<StrategyParameter>> byType() {
        Map<String, List<StrategyParameter>> out = new LinkedHashMap<>();
        for (StrategyType t : StrategyType.values()) {
            out.put(t.yamlName(), t.params().stream().map(StrategyParameter::of).toList());
        }
        return out;
    }

    private static StrategyParameter of(StrategyType.Param p) {
        ObjectNode schema = switch (p.kind()) {
            case NUMBER -> SchemaNodes.number(p.min(), p.max(), null, null);
            case NAMES -> SchemaNodes.array(SchemaNodes.string(null), 0, Integer.MAX_VALUE, null);
            case WORD -> SchemaNodes.oneWordOf(p.words(), null, null);
            case BOOLEAN -> SchemaNodes.bool(null, null);
            case HOURS -> SchemaNodes.array(SchemaNodes.integer(0, 23, null, null), 0, Integer.MAX_VALUE,
                    "Hours of the day, 0..23.");
        };
        return new StrategyParameter(p.key(), schema);
    }
}
