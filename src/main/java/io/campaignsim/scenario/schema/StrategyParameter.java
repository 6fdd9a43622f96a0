package io.campaignsim.scenario.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.scenario.ParamSpec;
import io.campaignsim.scenario.StrategyCatalog;
import io.campaignsim.scenario.StrategyTypeInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a strategy type as the schema shows it, made from the strategy registry's own
 * declaration ({@link ParamSpec}: key, kind, range, words, default, description), the same one the
 * loader reads strategies with.
 *
 * @param key the YAML key
 * @param schema its type, range, default and description
 */
record StrategyParameter(String key, ObjectNode schema) {

    /** Strategy type → its description and parameters, in registry order. */
    static Map<StrategyTypeInfo, List<StrategyParameter>> byType() {
        Map<StrategyTypeInfo, List<StrategyParameter>> out = new LinkedHashMap<>();
        for (StrategyTypeInfo t : StrategyCatalog.installed().types()) {
            out.put(t, t.params().stream().map(StrategyParameter::of).toList());
        }
        return out;
    }

    private static StrategyParameter of(ParamSpec p) {
        ObjectNode schema = switch (p.kind()) {
            case NUMBER -> SchemaNodes.number(p.min(), p.max(),
                    p.defaultValue() instanceof Double d && !d.isNaN() ? d : null, p.doc());
            case NUMBER_BELOW_MAX -> SchemaNodes.numberBelow(p.min(), p.max(),
                    p.defaultValue() instanceof Double d && !d.isNaN() ? d : null, p.doc());
            case WORD -> SchemaNodes.oneWordOf(p.words(), p.defaultValue() instanceof String s ? s : null, p.doc());
            case BOOLEAN -> SchemaNodes.bool(p.defaultValue() instanceof Boolean b ? b : null, p.doc());
            case ARMS, OFFERS, CHANNELS -> SchemaNodes.array(SchemaNodes.string(null), 0, Integer.MAX_VALUE, p.doc());
            case CHANNEL_ARMS -> SchemaNodes.array(SchemaNodes.pattern("^[^:]+:[^:]+$", "channel:offer"), 0,
                    Integer.MAX_VALUE, p.doc());
            case HOURS -> SchemaNodes.array(SchemaNodes.integer((long) p.min(), (long) p.max(), null, null), 0,
                    Integer.MAX_VALUE, p.doc());
        };
        return new StrategyParameter(p.key(), schema);
    }
}
