package io.campaignsim.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.compare.check.Baseline;
import io.campaignsim.core.UserInputException;
import io.campaignsim.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes baselines as {@code DIR/<scenario-name>.json}: keys in a fixed order, two-space
 * indent, '\n' line ends and one line per metric (its per-replication values), so a baseline update
 * reads well in a diff. Writes are atomic.
 */
public final class BaselineStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BaselineStore() {}

    public static Path fileFor(Path dir, String scenarioName) {
        return dir.resolve(scenarioName + ".json");
    }

    public static void write(Path file, Baseline b) throws IOException {
        AtomicFiles.writeString(file, toJson(b));
    }

    static String toJson(Baseline b) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", Baseline.FORMAT);
        root.put("campaignsim_version", b.version());
        root.put("scenario", b.scenario());
        root.put("scenario_sha256", b.scenarioSha256());
        root.put("world_sha256", b.worldSha256());
        root.put("seed", b.seed());
        root.put("run_seed", b.runSeed());
        root.put("replications", b.replications());
        root.put("days", b.days());
        root.put("size", b.size());
        ObjectNode strategies = root.putObject("strategies");
        b.values().forEach((strategy, metrics) -> {
            ObjectNode s = strategies.putObject(strategy);
            metrics.forEach((metric, values) -> {
                ArrayNode a = s.putArray(metric);
                for (double v : values) {
                    a.add(v);
                }
            });
        });
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    /** Reads a baseline; a missing or malformed file is a user error naming the file. */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the baseline (" + e.getMessage()
                    + "); re-create it with --update-baseline");
        }
        String problem = problem(root);
        if (problem != null) {
            throw new UserInputException(file + ": not a campaignsim baseline: " + problem
                    + "; re-create it with --update-baseline");
        }
        Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("strategies").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> s = it.next();
            Map<String, double[]> metrics = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> mt = s.getValue().fields(); mt.hasNext();) {
                Map.Entry<String, JsonNode> m = mt.next();
                double[] v = new double[m.getValue().size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = m.getValue().get(i).asDouble();
                }
                metrics.put(m.getKey(), v);
            }
            values.put(s.getKey(), metrics);
        }
        return new Baseline(root.get("campaignsim_version").asText(), root.get("scenario").asText(),
                root.get("scenario_sha256").asText(), root.get("world_sha256").asText(), root.get("seed").asLong(),
                root.get("run_seed").asLong(), root.get("replications").asInt(), root.get("days").asInt(),
                root.get("size").asLong(), values);
    }

    /** What is wrong with the tree, or null. */
    private static String problem(JsonNode root) {
        if (root == null || !root.isObject()) {
            return "expected a JSON object";
        }
        if (root.path("format").asInt(-1) != Baseline.FORMAT) {
            return "format is " + root.path("format") + ", expected " + Baseline.FORMAT;
        }
        for (String k : new String[] {"campaignsim_version", "scenario", "scenario_sha256", "world_sha256"}) {
            if (!root.path(k).isTextual()) {
                return "missing text '" + k + "'";
            }
        }
        for (String k : new String[] {"seed", "run_seed", "replications", "days", "size"}) {
            if (!root.path(k).isIntegralNumber()) {
                return "missing whole number '" + k + "'";
            }
        }
        JsonNode strategies = root.path("strategies");
        if (!strategies.isObject()) {
            return "missing object 'strategies'";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = strategies.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> s = it.next();
            if (!s.getValue().isObject()) {
                return "strategies." + s.getKey() + " is not an object of metrics";
            }
            for (Iterator<Map.Entry<String, JsonNode>> mt = s.getValue().fields(); mt.hasNext();) {
                Map.Entry<String, JsonNode> m = mt.next();
                if (!m.getValue().isArray()) {
                    return "strategies." + s.getKey() + "." + m.getKey() + " is not a list of numbers";
                }
                for (JsonNode v : m.getValue()) {
                    if (!v.isNumber()) {
                        return "strategies." + s.getKey() + "." + m.getKey() + " holds " + v + ", not a number";
                    }
                }
            }
        }
        return null;
    }
}
