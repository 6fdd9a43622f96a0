package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.YamlNode;
import java.util.List;

/**
 * The declarative description of one strategy parameter: its key, how it is written, its range
 * or allowed words, its default and a one-line description. Scenario loading reads and checks a
 * strategy's keys from these descriptions alone; the strategy layer declares them next to the
 * typed spec that uses them, and the JSON Schema of scenario files is generated from them, so
 * the three cannot drift.
 *
 * @param key the YAML key
 * @param kind how the value is written
 * @param min smallest allowed number (NUMBER, HOURS), else 0
 * @param max largest allowed number (NUMBER, HOURS), else 0
 * @param words the allowed values of a WORD parameter, else empty
 * @param defaultValue the value when the key is absent: a Double (NaN: "none, see doc"), a String
 *     word, a Boolean, or an empty list (for a list whose default the doc describes)
 * @param doc one line for documentation, help and the JSON Schema
 */
public record ParamSpec(String key, Kind kind, double min, double max, List<String> words, Object defaultValue,
        String doc) implements java.io.Serializable {

    /** How a parameter is written in YAML. */
    public enum Kind {
        /** A number in [min, max]. */
        NUMBER,
        /** A number in [min, max): the upper end excluded (e.g. a discount factor below 1). */
        NUMBER_BELOW_MAX,
        /** One of {@code words}, case-insensitive. */
        WORD,
        /** true or false. */
        BOOLEAN,
        /** A list of arms: offers ('ten_off', 'none') or channel:offer ('sms:ten_off'). */
        ARMS,
        /** A list of channel:offer arms ('email:ten_off'). */
        CHANNEL_ARMS,
        /** A list of offer names (or 'none'). */
        OFFERS,
        /** A list of channel names. */
        CHANNELS,
        /** A list of hours of the day, 0 to 23. */
        HOURS;

        /** Whether the value is a list of names. */
        public boolean isList() {
            return this != NUMBER && this != NUMBER_BELOW_MAX && this != WORD && this != BOOLEAN;
        }
    }

    public ParamSpec {
        words = List.copyOf(words);
    }

    public static ParamSpec number(String key, double min, double max, double defaultValue, String doc) {
        return new ParamSpec(key, Kind.NUMBER, min, max, List.of(), defaultValue, doc);
    }

    /** A number in [min, max), the upper end excluded. */
    public static ParamSpec below(String key, double min, double max, double defaultValue, String doc) {
        return new ParamSpec(key, Kind.NUMBER_BELOW_MAX, min, max, List.of(), defaultValue, doc);
    }

    public static ParamSpec word(String key, List<String> words, String defaultValue, String doc) {
        return new ParamSpec(key, Kind.WORD, 0, 0, words, defaultValue, doc);
    }

    public static ParamSpec bool(String key, boolean defaultValue, String doc) {
        return new ParamSpec(key, Kind.BOOLEAN, 0, 0, List.of(), defaultValue, doc);
    }

    /** A list of names of {@code kind} (ARMS, CHANNEL_ARMS, OFFERS, CHANNELS) or HOURS. */
    public static ParamSpec list(String key, Kind kind, String doc) {
        if (!kind.isList()) {
            throw new IllegalArgumentException(kind + " is not a list kind");
        }
        return kind == Kind.HOURS ? new ParamSpec(key, kind, 0, 23, List.of(), List.of(), doc)
                : new ParamSpec(key, kind, 0, 0, List.of(), List.of(), doc);
    }

    /**
     * Reads this parameter from {@code m}, reporting a wrong type or value to the reader's
     * problems; returns null when the key is absent or its value unusable.
     */
    Object read(MapReader m) {
        if (!m.has(key)) {
            return null;
        }
        Object v = switch (kind) {
            case NUMBER -> m.number(key, Double.NaN, min, max);
            case NUMBER_BELOW_MAX -> m.numberBelow(key, Double.NaN, min, max);
            case WORD -> m.choice(key, null, words);
            case BOOLEAN -> {
                boolean written = m.node(key) instanceof YamlNode.ScalarNode s && s.type() == YamlNode.ScalarType.BOOLEAN;
                boolean value = m.bool(key, false); // reports a value that is not a boolean
                yield written ? value : null;
            }
            case ARMS, CHANNEL_ARMS, OFFERS, CHANNELS -> m.names(key, false);
            case HOURS -> m.list(key, false, n -> {
                if (n instanceof YamlNode.ScalarNode sc && sc.type() == YamlNode.ScalarType.NUMBER
                        && sc.text().matches("\\d{1,2}") && Integer.parseInt(sc.text()) <= 23) {
                    return Integer.valueOf(sc.text());
                }
                m.problems().add(n.loc(), n.path() + " is " + n.kind(), "an hour from 0 to 23");
                return null;
            });
        };
        return v instanceof Double d && d.isNaN() ? null : v;
    }
}
