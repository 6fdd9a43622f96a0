package io.campaignsim.scenario.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where each node came from, so that every
 * validation message can name {@code file:line:col}. Built by {@link YamlTreeReader}
 * from Jackson's streaming YAML parser; we never parse YAML by hand.
 */
public sealed interface YamlNode {

    Loc loc();

    /** Path from the document root, such as {@code population.segments[1].share}. */
    String path();

    /** What the node is, in words a user reads in an error message. */
    String kind();

    /** A mapping; entries keep the order of the file. */
    record MapNode(Map<String, YamlNode> entries, Map<String, Loc> keyLocs, Loc loc, String path)
            implements YamlNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLocs = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocs));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** A sequence. */
    record ListNode(List<YamlNode> items, Loc loc, String path) implements YamlNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** What YAML resolved a scalar to; a quoted {@code "42"} stays a string. */
    enum ScalarType { STRING, NUMBER, BOOLEAN }

    /**
     * A scalar value with the type YAML gave it. {@code quoted} says whether it was written in
     * quotes, so that a position inside it (an expression error) maps to the right column.
     */
    record ScalarNode(String text, ScalarType type, boolean quoted, Loc loc, String path) implements YamlNode {
        @Override
        public String kind() {
            return switch (type) {
                case STRING -> "the text '" + text + "'";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
            };
        }
    }

    /** An explicit null or an empty value ({@code key:} with nothing after it). */
    record NullNode(Loc loc, String path) implements YamlNode {
        @Override
        public String kind() {
            return "an empty value";
        }
    }
}
