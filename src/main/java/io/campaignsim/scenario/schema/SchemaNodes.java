package io.campaignsim.scenario.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * Small builders of JSON Schema (draft-07) nodes, so that {@link ScenarioSchema} reads as a list
 * of keys with their types, ranges, defaults and one-line descriptions.
 */
final class SchemaNodes {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchemaNodes() {}

    /** A key of a section; {@code required} keys must be written. */
    record Prop(String key, ObjectNode schema, boolean required) {}

    static Prop req(String key, ObjectNode schema) {
        return new Prop(key, schema, true);
    }

    static Prop opt(String key, ObjectNode schema) {
        return new Prop(key, schema, false);
    }

    /** A section with exactly these keys: any other key is an error, as in the loader. */
    static ObjectNode object(String description, Prop... props) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        describe(o, description);
        ObjectNode properties = o.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (Prop p : props) {
            properties.set(p.key(), p.schema());
            if (p.required()) {
                required.add(p.key());
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    /** A mapping from user-chosen names (matching {@code namePattern}) to values of one schema. */
    static ObjectNode namedMap(String description, String namePattern, ObjectNode values) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        describe(o, description);
        o.putObject("propertyNames").put("pattern", namePattern);
        o.set("additionalProperties", values);
        return o;
    }

    /** A number in [min, max]. */
    static ObjectNode number(double min, double max, Double fallback, String description) {
        ObjectNode o = F.objectNode();
        o.put("type", "number");
        describe(o, description);
        putNumber(o, "minimum", min);
        if (max < Double.MAX_VALUE) {
            putNumber(o, "maximum", max);
        }
        if (fallback != null) {
            putNumber(o, "default", fallback);
        }
        return o;
    }

    /** A number in [min, max): the upper end excluded (JSON Schema exclusiveMaximum). */
    static ObjectNode numberBelow(double min, double max, Double fallback, String description) {
        ObjectNode o = F.objectNode();
        o.put("type", "number");
        describe(o, description);
        putNumber(o, "minimum", min);
        putNumber(o, "exclusiveMaximum", max);
        if (fallback != null) {
            putNumber(o, "default", fallback);
        }
        return o;
    }

    /** A number in (min, max): both ends excluded (JSON Schema exclusiveMinimum and exclusiveMaximum). */
    static ObjectNode numberBetween(double min, double max, Double fallback, String description) {
        ObjectNode o = F.objectNode();
        o.put("type", "number");
        describe(o, description);
        putNumber(o, "exclusiveMinimum", min);
        putNumber(o, "exclusiveMaximum", max);
        if (fallback != null) {
            putNumber(o, "default", fallback);
        }
        return o;
    }

    /** A whole number in [min, max]; bounds of a {@code long} are left out (any whole number). */
    static ObjectNode integer(long min, long max, Long fallback, String description) {
        ObjectNode o = F.objectNode();
        o.put("type", "integer");
        describe(o, description);
        if (min != Long.MIN_VALUE) {
            o.put("minimum", min);
        }
        if (max != Long.MAX_VALUE) {
            o.put("maximum", max);
        }
        if (fallback != null) {
            o.put("default", fallback);
        }
        return o;
    }

    static ObjectNode string(String description) {
        ObjectNode o = F.objectNode();
        o.put("type", "string");
        describe(o, description);
        return o;
    }

    /** A string matching {@code pattern}. */
    static ObjectNode pattern(String pattern, String description) {
        ObjectNode o = string(description);
        o.put("pattern", pattern);
        return o;
    }

    static ObjectNode bool(Boolean fallback, String description) {
        ObjectNode o = F.objectNode();
        o.put("type", "boolean");
        describe(o, description);
        if (fallback != null) {
            o.put("default", fallback);
        }
        return o;
    }

    /** One of a fixed set of words. */
    static ObjectNode oneWordOf(Collection<String> words, String fallback, String description) {
        ObjectNode o = F.objectNode();
        o.put("type", "string");
        describe(o, description);
        ArrayNode values = o.putArray("enum");
        words.forEach(values::add);
        if (fallback != null) {
            o.put("default", fallback);
        }
        return o;
    }

    /** A word that must be exactly {@code value} (the discriminator of a strategy type). */
    static ObjectNode constant(String value, String description) {
        ObjectNode o = F.objectNode();
        o.put("const", value);
        describe(o, description);
        return o;
    }

    static ObjectNode array(ObjectNode items, int minItems, int maxItems, String description) {
        ObjectNode o = F.objectNode();
        o.put("type", "array");
        describe(o, description);
        o.set("items", items);
        if (minItems > 0) {
            o.put("minItems", minItems);
        }
        if (maxItems < Integer.MAX_VALUE) {
            o.put("maxItems", maxItems);
        }
        return o;
    }

    /** A value that matches any one of {@code alternatives}. */
    static ObjectNode anyOf(String description, ObjectNode... alternatives) {
        ObjectNode o = F.objectNode();
        describe(o, description);
        ArrayNode a = o.putArray("anyOf");
        for (ObjectNode alt : alternatives) {
            a.add(alt);
        }
        return o;
    }

    /** Exactly one of {@code alternatives} (they are told apart by a constant key). */
    static ObjectNode oneOf(String description, Collection<ObjectNode> alternatives) {
        ObjectNode o = F.objectNode();
        describe(o, description);
        ArrayNode a = o.putArray("oneOf");
        alternatives.forEach(a::add);
        return o;
    }

    /** A reference to {@code #/definitions/<name>}, with its own description. */
    static ObjectNode ref(String name, String description) {
        ObjectNode o = F.objectNode();
        o.put("$ref", "#/definitions/" + name);
        describe(o, description);
        return o;
    }

    static ObjectNode emptyObject() {
        return F.objectNode();
    }

    private static void describe(ObjectNode o, String description) {
        if (description != null && !description.isEmpty()) {
            o.put("description", description);
        }
    }

    /** Whole numbers print as integers (10, not 10.0), so the file reads like the docs. */
    private static void putNumber(ObjectNode o, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            o.put(key, (long) v);
        } else {
            o.put(key, v);
        }
    }
}
