package io.campaignsim.scenario.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the schema and the loader describe the same files. A scenario that writes every
 * section ({@code every-section.yaml}) is walked together with the schema; for every object of the
 * schema met on the way, the loader must
 * <ul>
 *   <li>accept exactly the schema's keys: an extra key is rejected as unknown, and the loader's own
 *       list of expected keys in that message equals the schema's properties;</li>
 *   <li>require exactly the schema's required keys;</li>
 *   <li>accept every number at the schema's minimum and maximum and reject one just outside;</li>
 *   <li>accept every word of a schema enum and reject another word.</li>
 * </ul>
 * Every object schema, and every strategy type, must be met at least once.
 */
class ScenarioSchemaDriftTest {

    private static final Path FIXTURE = Path.of("src/test/resources/schema/every-section.yaml");
    private static final String EXTRA = "zz_not_a_key";
    private static final Pattern EXPECTED_KEYS = Pattern.compile("unknown key '([^']*)'.*; expected one of (.*)$");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private static ObjectNode schema;
    private static ObjectNode fixture;
    private static final List<Visit> visits = new ArrayList<>();
    private static final Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** One object of the fixture, the schema object it must match, and its path as the loader spells it. */
    record Visit(List<Object> pointer, ObjectNode schema, String yamlPath) {}

    @BeforeAll
    static void walkTheFixture() throws IOException {
        schema = ScenarioSchema.build();
        fixture = (ObjectNode) YAML.readTree(Files.readString(FIXTURE));
        assertEquals(List.of(), problems(fixture), "the fixture itself is a valid scenario");
        walk(fixture, schema, new ArrayList<>(), "");
    }

    @Test
    void everyObjectOfTheSchemaIsWrittenInTheFixture() {
        Set<JsonNode> all = Collections.newSetFromMap(new IdentityHashMap<>());
        collectObjects(schema, all, Collections.newSetFromMap(new IdentityHashMap<>()));
        List<String> missing = new ArrayList<>();
        for (JsonNode o : all) {
            if (!seen.contains(o)) {
                missing.add(o.path("description").asText(o.toString()));
            }
        }
        assertEquals(List.of(), missing, "add these sections to " + FIXTURE);
        assertTrue(all.size() >= 30, "objects in the schema: " + all.size());
    }

    @Test
    void theLoaderAcceptsExactlyTheSchemasKeys() {
        for (Visit v : firstVisits()) {
            ObjectNode doc = fixture.deepCopy();
            ((ObjectNode) at(doc, v.pointer())).put(EXTRA, 1);
            String unknown = (v.yamlPath().isEmpty() ? "" : v.yamlPath() + ".") + EXTRA;
            Set<String> loaderKeys = null;
            for (String line : problems(doc)) {
                Matcher m = EXPECTED_KEYS.matcher(line);
                if (m.find() && m.group(1).equals(unknown)) {
                    loaderKeys = new TreeSet<>(Arrays.asList(m.group(2).split(", ")));
                }
            }
            assertTrue(loaderKeys != null, "the loader rejects '" + unknown + "' as unknown: " + problems(doc));
            assertEquals(new TreeSet<>(keys(v.schema())), loaderKeys, "keys of " + v.yamlPath());
        }
    }

    @Test
    void theLoaderRequiresExactlyTheSchemasRequiredKeys() {
        for (Visit v : firstVisits()) {
            Set<String> required = new LinkedHashSet<>();
            v.schema().path("required").forEach(r -> required.add(r.asText()));
            ObjectNode original = (ObjectNode) at(fixture, v.pointer());
            for (String key : keys(v.schema())) {
                if (!original.has(key)) {
                    assertFalse(required.contains(key), v.yamlPath() + "." + key + " is required but not in the fixture");
                    continue;
                }
                ObjectNode doc = fixture.deepCopy();
                ((ObjectNode) at(doc, v.pointer())).remove(key);
                String path = (v.yamlPath().isEmpty() ? "" : v.yamlPath() + ".") + key;
                boolean reported = problems(doc).stream().anyMatch(l -> l.contains("missing key '" + path + "'"));
                assertEquals(required.contains(key), reported, path + (reported ? " is required by the loader"
                        : " is optional for the loader") + ": " + problems(doc));
            }
        }
    }

    @Test
    void numbersAreAcceptedExactlyInTheSchemasRange() {
        int checked = 0;
        for (Visit v : firstVisits()) {
            for (String key : keys(v.schema())) {
                JsonNode p = v.schema().path("properties").path(key);
                String type = p.path("type").asText();
                if (!type.equals("number") && !type.equals("integer")) {
                    continue;
                }
                boolean whole = type.equals("integer");
                String path = (v.yamlPath().isEmpty() ? "" : v.yamlPath() + ".") + key;
                if (p.has("minimum")) {
                    BigDecimal min = p.get("minimum").decimalValue();
                    assertAccepted(v, key, path, min);
                    assertRejected(v, key, path, min.subtract(step(min, whole)));
                    checked++;
                }
                if (p.has("maximum")) {
                    BigDecimal max = p.get("maximum").decimalValue();
                    assertAccepted(v, key, path, max);
                    assertRejected(v, key, path, max.add(step(max, whole)));
                    checked++;
                }
            }
        }
        assertTrue(checked > 60, "bounds checked: " + checked);
    }

    @Test
    void wordsAreAcceptedExactlyAsTheSchemasEnums() {
        for (Visit v : firstVisits()) {
            for (String key : keys(v.schema())) {
                JsonNode p = v.schema().path("properties").path(key);
                if (!p.has("enum")) {
                    continue;
                }
                String path = (v.yamlPath().isEmpty() ? "" : v.yamlPath() + ".") + key;
                for (JsonNode word : p.get("enum")) {
                    ObjectNode doc = with(v, key, JsonNodeFactory.instance.textNode(word.asText()));
                    assertEquals(List.of(), about(problems(doc), path), path + ": " + word);
                }
                ObjectNode doc = with(v, key, JsonNodeFactory.instance.textNode("zz_not_a_word"));
                assertFalse(about(problems(doc), path).isEmpty(), path + " rejects zz_not_a_word");
            }
        }
    }

    private static void assertAccepted(Visit v, String key, String path, BigDecimal value) {
        List<String> lines = about(problems(with(v, key, JsonNodeFactory.instance.numberNode(value))), path);
        assertEquals(List.of(), lines, path + " = " + value.toPlainString() + " is inside the schema's range");
    }

    private static void assertRejected(Visit v, String key, String path, BigDecimal value) {
        List<String> lines = about(problems(with(v, key, JsonNodeFactory.instance.numberNode(value))), path);
        assertTrue(lines.stream().anyMatch(l -> l.contains("out of range")),
                path + " = " + value.toPlainString() + " is outside the schema's range: " + lines);
    }

    /** Just outside a bound: 1 for whole numbers, else a thousandth of the bound's size (at least 0.001). */
    private static BigDecimal step(BigDecimal bound, boolean whole) {
        return whole ? BigDecimal.ONE : bound.abs().max(BigDecimal.ONE).multiply(new BigDecimal("0.001"));
    }

    /** Problems the loader reports on the value at {@code path} (its own messages start with the path). */
    private static List<String> about(List<String> lines, String path) {
        return lines.stream().filter(l -> l.contains(": " + path + " is ")).toList();
    }

    private static ObjectNode with(Visit v, String key, JsonNode value) {
        ObjectNode doc = fixture.deepCopy();
        ((ObjectNode) at(doc, v.pointer())).set(key, value);
        return doc;
    }

    /** The first visit of each schema object (later ones would test the same keys again). */
    private static List<Visit> firstVisits() {
        Set<JsonNode> done = Collections.newSetFromMap(new IdentityHashMap<>());
        return visits.stream().filter(v -> done.add(v.schema())).toList();
    }

    private static List<String> keys(ObjectNode objectSchema) {
        List<String> keys = new ArrayList<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The loader's problem lines for a document, empty when it loads. */
    private static List<String> problems(ObjectNode doc) {
        try {
            new ScenarioLoader().parse(YAML.writeValueAsString(doc), "s.yaml");
            return List.of();
        } catch (ScenarioException e) {
            return e.lines();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode resolve(JsonNode s) {
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = schema.get("definitions").get(ref.substring("#/definitions/".length()));
        }
        return s;
    }

    private static void walk(JsonNode value, JsonNode s, List<Object> pointer, String yamlPath) {
        s = resolve(s);
        if (s.has("oneOf")) {
            JsonNode chosen = null;
            for (JsonNode alt : s.get("oneOf")) {
                if (alt.path("properties").path("type").path("const").asText().equals(value.path("type").asText())) {
                    chosen = alt;
                }
            }
            if (chosen == null) {
                fail("no alternative of " + yamlPath + " for " + value);
            }
            s = chosen;
        }
        if (s.has("anyOf")) { // alternatives told apart by their JSON type (a list of values or a range mapping)
            for (JsonNode alt : s.get("anyOf")) {
                String type = alt.path("type").asText();
                if (value.isObject() && type.equals("object") || value.isArray() && type.equals("array")) {
                    s = alt;
                    break;
                }
            }
        }
        if (value.isObject() && s.has("properties")) {
            seen.add(s);
            visits.add(new Visit(List.copyOf(pointer), (ObjectNode) s, yamlPath));
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode child = s.get("properties").get(e.getKey());
                if (child == null) {
                    fail("the fixture writes " + yamlPath + "." + e.getKey() + ", which the schema does not have");
                }
                walk(e.getValue(), child, append(pointer, e.getKey()), join(yamlPath, e.getKey()));
            }
        } else if (value.isObject() && s.path("additionalProperties").isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), s.get("additionalProperties"), append(pointer, e.getKey()), join(yamlPath, e.getKey()));
            }
        } else if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), s.get("items"), append(pointer, i), yamlPath + "[" + i + "]");
            }
        }
    }

    /** Every object schema with fixed keys reachable from {@code s}, following references once. */
    private static void collectObjects(JsonNode s, Set<JsonNode> out, Set<JsonNode> followed) {
        if (s.has("$ref")) {
            JsonNode target = resolve(s);
            if (followed.add(target)) {
                collectObjects(target, out, followed);
            }
            return;
        }
        if (s.has("properties")) {
            out.add(s);
            s.get("properties").forEach(p -> collectObjects(p, out, followed));
        }
        for (String k : List.of("items", "additionalProperties")) {
            if (s.path(k).isObject()) {
                collectObjects(s.get(k), out, followed);
            }
        }
        for (String k : List.of("oneOf", "anyOf")) {
            if (s.has(k)) {
                s.get(k).forEach(a -> collectObjects(a, out, followed));
            }
        }
    }

    private static JsonNode at(JsonNode doc, List<Object> pointer) {
        JsonNode n = doc;
        for (Object step : pointer) {
            n = step instanceof Integer i ? ((ArrayNode) n).get(i) : n.get((String) step);
        }
        return n;
    }

    private static List<Object> append(List<Object> pointer, Object step) {
        List<Object> p = new ArrayList<>(pointer);
        p.add(step);
        return p;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
