package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment strategy to compare (run by {@code compare}). The type decides which parameters
 * are allowed; see docs/scenario.md.
 *
 * <pre>{@code
 * strategies:
 *   - { name: control, type: holdout }
 *   - { name: ts, type: thompson, arms: [ten_off, free_ship, none] }
 * }</pre>
 *
 * @param name unique strategy name
 * @param type one of {@link StrategyType}
 * @param params the type's parameters as written (numbers as Double, lists as List of String)
 * @param loc where the strategy is declared
 * @param paramLocs where each written parameter's value is (for errors that span sections)
 */
public record StrategySpec(String name, StrategyType type, Map<String, Object> params, Loc loc, Map<String, Loc> paramLocs) {

    /** A strategy without parameter locations (built in code). */
    public StrategySpec(String name, StrategyType type, Map<String, Object> params, Loc loc) {
        this(name, type, params, loc, Map.of());
    }

    /** Where parameter {@code key} is written, or where the strategy is when it is not. */
    public Loc locOf(String key) {
        Loc l = paramLocs.get(key);
        return l != null ? l : loc;
    }


    public StrategySpec {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        paramLocs = paramLocs == null ? Map.of() : Map.copyOf(paramLocs);
    }

    static StrategySpec read(YamlNode node, Problems problems) {
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return null;
        }
        String name = m.name("name", null, true);
        String typeName = m.requiredString("type", "a strategy type: " + StrategyType.names());
        StrategyType type = StrategyType.byName(typeName);
        if (type == null) {
            if (!typeName.isEmpty()) {
                problems.add(m.locOf("type"), m.path("type") + " is '" + typeName + "'"
                        + MapReader.suggestion(typeName, StrategyType.names()), "one of " + String.join(", ", StrategyType.names()));
            }
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Loc> locs = new LinkedHashMap<>();
        for (StrategyType.Param p : type.params()) {
            if (!m.has(p.key())) {
                continue;
            }
            Object v = switch (p.kind()) {
                case NUMBER -> m.number(p.key(), Double.NaN, p.min(), p.max());
                case NUMBER_BELOW_MAX -> m.numberBelow(p.key(), Double.NaN, p.min(), p.max());
                case NAMES -> m.names(p.key(), false);
                case WORD -> m.choice(p.key(), p.words().get(0), p.words());
                case BOOLEAN -> m.bool(p.key(), false);
                case HOURS -> m.list(p.key(), false, n -> {
                    if (n instanceof YamlNode.ScalarNode sc && sc.type() == YamlNode.ScalarType.NUMBER
                            && sc.text().matches("\\d{1,2}") && Integer.parseInt(sc.text()) <= 23) {
                        return sc.text();
                    }
                    problems.add(n.loc(), n.path() + " is " + n.kind(), "an hour from 0 to 23");
                    return null;
                });
            };
            params.put(p.key(), v);
            locs.put(p.key(), m.locOf(p.key()));
        }
        m.done();
        return new StrategySpec(name, type, params, node.loc(), locs);
    }

    /** A numeric parameter, or {@code fallback} when not written. */
    public double number(String key, double fallback) {
        Object v = params.get(key);
        return v instanceof Double d && !d.isNaN() ? d : fallback;
    }

    /** A list parameter, or an empty list. */
    @SuppressWarnings("unchecked")
    public List<String> names(String key) {
        Object v = params.get(key);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }
}
