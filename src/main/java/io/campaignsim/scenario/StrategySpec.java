package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment strategy to compare (run by {@code compare}), as declared: its name, its type and
 * the parameters written, each read and range-checked from the type's {@link ParamSpec}s. The
 * strategy layer turns it into a typed spec (one record per family) that builds the strategy;
 * see docs/scenario.md and docs/strategies.md.
 *
 * <pre>{@code
 * strategies:
 *   - { name: control, type: holdout }
 *   - { name: ts, type: thompson, arms: [ten_off, free_ship, none] }
 * }</pre>
 *
 * @param name unique strategy name
 * @param typeInfo the type and the parameters it accepts
 * @param params the parameters written, by key (numbers as Double, words as lower-case String,
 *     booleans as Boolean, name lists as List of String, hours as List of Integer); absent keys
 *     and values that failed their check are missing
 * @param loc where the strategy is declared
 * @param paramLocs where each written parameter's value is (for errors that span sections)
 */
public record StrategySpec(String name, StrategyTypeInfo typeInfo, Map<String, Object> params, Loc loc,
        Map<String, Loc> paramLocs) implements java.io.Serializable {

    /** A strategy without parameter locations (built in code). */
    public StrategySpec(String name, StrategyTypeInfo typeInfo, Map<String, Object> params, Loc loc) {
        this(name, typeInfo, params, loc, Map.of());
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

    /** The type name, as written after {@code type:}. */
    public String type() {
        return typeInfo.name();
    }

    static StrategySpec read(YamlNode node, StrategyCatalog catalog, Problems problems) {
        MapReader m = MapReader.of(node, node.path(), problems);
        if (m == null) {
            return null;
        }
        String name = m.name("name", null, true);
        String typeName = m.requiredString("type", "a strategy type: " + catalog.names());
        StrategyTypeInfo type = catalog.type(typeName);
        if (type == null) {
            if (!typeName.isEmpty()) {
                problems.add(m.locOf("type"), m.path("type") + " is '" + typeName + "'"
                        + MapReader.suggestion(typeName, catalog.names()), "one of " + String.join(", ", catalog.names()));
            }
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Loc> locs = new LinkedHashMap<>();
        for (ParamSpec p : type.params()) {
            Object v = p.read(m);
            if (v != null) {
                params.put(p.key(), v);
                locs.put(p.key(), m.locOf(p.key()));
            }
        }
        m.done();
        return new StrategySpec(name, type, params, node.loc(), locs);
    }

    /** A NUMBER parameter, or its default. */
    public double number(ParamSpec p) {
        if (p.kind() != ParamSpec.Kind.NUMBER_BELOW_MAX) {
            check(p, ParamSpec.Kind.NUMBER);
        }
        return params.get(p.key()) instanceof Double d ? d : (Double) p.defaultValue();
    }

    /** A WORD parameter (lower case), or its default. */
    public String word(ParamSpec p) {
        return params.get(check(p, ParamSpec.Kind.WORD).key()) instanceof String w ? w : (String) p.defaultValue();
    }

    /** A BOOLEAN parameter, or its default. */
    public boolean bool(ParamSpec p) {
        return params.get(check(p, ParamSpec.Kind.BOOLEAN).key()) instanceof Boolean b ? b : (Boolean) p.defaultValue();
    }

    /** A list of names (arms, offers, channels), or an empty list. */
    @SuppressWarnings("unchecked")
    public List<String> names(ParamSpec p) {
        if (!p.kind().isList() || p.kind() == ParamSpec.Kind.HOURS) {
            throw new IllegalArgumentException(p.key() + " is not a list of names");
        }
        return params.get(p.key()) instanceof List<?> l ? (List<String>) l : List.of();
    }

    /** A list of hours, or an empty list. */
    @SuppressWarnings("unchecked")
    public List<Integer> hours(ParamSpec p) {
        return params.get(check(p, ParamSpec.Kind.HOURS).key()) instanceof List<?> l ? (List<Integer>) l : List.of();
    }

    /** The name lists of every parameter of {@code kind} (for reference checks). */
    @SuppressWarnings("unchecked")
    List<String> allNames(ParamSpec.Kind kind) {
        return typeInfo.params().stream().filter(p -> p.kind() == kind)
                .flatMap(p -> params.get(p.key()) instanceof List<?> l ? ((List<String>) l).stream() : java.util.stream.Stream.empty())
                .toList();
    }

    private static ParamSpec check(ParamSpec p, ParamSpec.Kind kind) {
        if (p.kind() != kind) {
            throw new IllegalArgumentException(p.key() + " is a " + p.kind() + " parameter, not " + kind);
        }
        return p;
    }
}
