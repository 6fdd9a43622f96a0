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
        ArrayNode seeds = root.putArray("replication_seeds");
        for (long seed : b.replicationSeeds()) {
            seeds.add(seed);
        }
        root.put("run_seed", b.runSeed());
        root.put("replications", b.replications());
        root.put("days", b.days());
        root.put("size", b.size());
        root.put("stepping", b.stepping().key());
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

    /** Baselines hold a few numbers per strategy and metric; anything larger is not one. */
    static final long MAX_BYTES = 16L << 20;

    /** Reads a baseline; a missing or malformed file is a user error naming the file. */
    public static Baseline read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a baseline; a missing or malformed file is a user error naming the file and, when
     * {@code scenarioFile} is given, the command that regenerates it.
     */
    public static Baseline read(Path file, Path scenarioFile) {
        String fix = scenarioFile == null ? "re-create it with --update-baseline"
                : "regenerate it with: campaignsim check " + scenarioFile + " --baseline "
                        + (file.getParent() == null ? "." : file.getParent()) + " --update-baseline";
        JsonNode root;
        try {
            root = JSON.readTree(new String(io.campaignsim.core.InputFiles.readAll(file, MAX_BYTES, "a baseline .json file"),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the baseline (" + e.getMessage()
                    + "); " + fix);
        }
        String problem = problem(root);
        if (problem != null) {
            throw new UserInputException(file + ": not a campaignsim baseline: " + problem
                    + "; " + fix);
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
        long[] seeds = new long[root.get("replication_seeds").size()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = root.get("replication_seeds").get(i).asLong();
        }
        return new Baseline(root.get("campaignsim_version").asText(), root.get("scenario").asText(),
                root.get("scenario_sha256").asText(), root.get("world_sha256").asText(), root.get("seed").asLong(),
                seeds, root.get("run_seed").asLong(), root.get("replications").asInt(), root.get("days").asInt(),
                root.get("size").asLong(), values, stepping(root));
    }

    /** The stepping the baseline was made with; baselines from before it was recorded were made on the daily engine. */
    private static io.campaignsim.engine.Stepping stepping(JsonNode root) {
        JsonNode s = root.get("stepping");
        return s == null ? io.campaignsim.engine.Stepping.DAILY : io.campaignsim.engine.Stepping.parse(s.asText());
    }

    /** What is wrong with the tree, or null. */
    private static String problem(JsonNode root) {
        if (root == null || !root.isObject()) {
            return "expected a JSON object";
        }
        if (root.path("format").asInt(-1) == 1) {
            return "it is in format 1, which has no replication seeds (check now reruns the baseline's own seeds "
                    + "and compares replication by replication)";
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
        JsonNode stepping = root.get("stepping");
        if (stepping != null) {
            try {
                io.campaignsim.engine.Stepping.parse(stepping.isTextual() ? stepping.asText() : stepping.toString());
            } catch (IllegalArgumentException e) {
                return "'stepping' " + e.getMessage();
            }
        }
        JsonNode seeds = root.path("replication_seeds");
        if (!seeds.isArray() || seeds.size() != root.path("replications").asInt()) {
            return "'replication_seeds' must list one whole number per replication";
        }
        for (JsonNode v : seeds) {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                return "replication_seeds holds " + v + ", not a 64-bit whole number";
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
                if (m.getValue().size() != root.path("replications").asInt()) {
                    return "strategies." + s.getKey() + "." + m.getKey() + " has " + m.getValue().size()
                            + " values, expected one per replication (" + root.path("replications").asInt() + ")";
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
