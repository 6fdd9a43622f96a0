package io.campaignsim.scenario.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed schema is what the code generates, and an independent JSON Schema validator
 * (networknt) accepts every bundled scenario with it and rejects broken ones.
 */
class ScenarioSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws IOException {
        assertEquals(ScenarioSchema.json(), Files.readString(Path.of(ScenarioSchema.FILE)),
                "regenerate it: campaignsim schema > " + ScenarioSchema.FILE);
    }

    @Test
    void everyBundledScenarioValidates() throws IOException {
        JsonSchema schema = validator();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "bundled scenarios: " + files);
        for (Path f : files) {
            Set<ValidationMessage> errors = schema.validate(YAML.readTree(f.toFile()));
            assertEquals(Set.of(), errors, f.toString());
        }
    }

    @Test
    void theValidatorRejectsUnknownKeysWrongTypesRangesAndStrategyParameters() throws IOException {
        JsonSchema schema = validator();
        JsonNode good = YAML.readTree(Path.of("scenarios/quickstart.yaml").toFile());
        assertEquals(Set.of(), schema.validate(good));

        ObjectNode typo = good.deepCopy();
        ((ObjectNode) typo.get("channels").get("email")).put("costs", 0.1);
        assertFalse(schema.validate(typo).isEmpty(), "channels.email.costs is not a key");

        ObjectNode range = good.deepCopy();
        ((ObjectNode) range.get("population")).put("heterogeneity", 2.5);
        assertFalse(schema.validate(range).isEmpty(), "heterogeneity above 2");

        ObjectNode type = good.deepCopy();
        type.put("horizon_days", "thirty");
        assertFalse(schema.validate(type).isEmpty(), "horizon_days is a string");

        ObjectNode param = good.deepCopy();
        ((ObjectNode) param.get("strategies").get(0)).put("epsilon", 0.1);
        assertFalse(schema.validate(param).isEmpty(), "holdout takes no epsilon");

        ObjectNode strategy = good.deepCopy();
        ((ObjectNode) strategy.get("strategies").get(0)).put("type", "thompsen");
        assertFalse(schema.validate(strategy).isEmpty(), "no such strategy type");
    }

    private static JsonSchema validator() throws IOException {
        JsonNode schemaNode = new ObjectMapper().readTree(Path.of(ScenarioSchema.FILE).toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode);
    }
}
