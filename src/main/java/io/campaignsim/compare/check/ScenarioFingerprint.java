package io.campaignsim.compare.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Hashes that tell whether a baseline still fits a scenario file.
 *
 * <p>The <b>file</b> hash covers every byte and is stored for information. The <b>world</b> hash
 * decides staleness. It covers what the strategies are tested <i>on</i> (population, channels,
 * offers, catalog, economics, horizon), and leaves out what {@code check} tests (the
 * {@code policy} and {@code strategies}), how it tests ({@code check}, {@code replications},
 * {@code seed}), how {@code compare} reads its holdout test ({@code holdout_share}, which changes no
 * simulated figure) and cosmetics ({@code name}, {@code description}, {@code report}, comments, key
 * order, number spelling). Hashing the whole file would make every policy change "scenario changed"
 * and so never catch the regressions {@code check} exists for.
 */
public final class ScenarioFingerprint {

    /** Top-level keys the world hash leaves out. */
    public static final List<String> NOT_WORLD = List.of("name", "description", "seed", "replications", "policy",
            "strategies", "check", "report", "holdout_share");

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ScenarioFingerprint() {}

    public static String fileSha256(byte[] bytes) {
        return sha256(bytes);
    }

    /** The world hash of scenario text that {@code ScenarioLoader} has already accepted. */
    public static String worldSha256(String yamlText) {
        try {
            JsonNode root = YAML.readTree(yamlText);
            if (root instanceof ObjectNode o) {
                o.remove(NOT_WORLD);
            }
            Object plain = CANONICAL.treeToValue(root, Object.class);
            return sha256(CANONICAL.writeValueAsBytes(plain));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
