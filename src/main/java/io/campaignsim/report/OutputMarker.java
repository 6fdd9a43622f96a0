package io.campaignsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@value AtomicOutputDirectory#MARKER} file: proof that campaignsim created a folder, and the list of
 * the files it wrote there. A copied marker proves nothing, because it records the absolute real path of
 * the folder it was written for; so does a marker that cannot be read.
 *
 * <pre>{@code
 * {"written_by": "campaignsim", "format": 1, "path": "/home/ana/reports/quickstart",
 *  "staging": "/home/ana/reports/.quickstart.tmp-1b2c3d4e-5f60", "state": "ready", "mode": "rename",
 *  "files": {"summary.json": {"size": 2817, "modified_ms": 1764612345000, "sha256": "9f86d0..."}, ...}}
 * }</pre>
 *
 * @param path the real path of the result folder this marker belongs to
 * @param staging the real path of the staging folder that wrote it (a staging folder is ours only if this
 *     is its own path)
 * @param state {@code writing} (files still being written), {@code ready} (complete; commit under way),
 *     {@code done}
 * @param mode how the commit applies: {@code rename} (the staging folder becomes the result folder) or
 *     {@code in_place} (files are moved into the existing result folder one by one)
 * @param files every file written, by path relative to the folder with {@code /} separators
 */
record OutputMarker(String path, String staging, String state, String mode, Map<String, Stamp> files) {

    static final String WRITING = "writing";
    static final String READY = "ready";
    static final String DONE = "done";
    static final String RENAME = "rename";
    static final String IN_PLACE = "in_place";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A marker is small; anything larger is not one of ours, and is not read into memory. */
    private static final long MAX_BYTES = 16L << 20;

    OutputMarker {
        Objects.requireNonNull(path);
        files = Map.copyOf(files);
    }

    /**
     * Size, modification time and (for files up to {@link #HASHED_BYTES}) SHA-256 of a written file: a file
     * whose stamp still matches is unchanged since campaignsim wrote it. Where the hash is known it decides
     * (file times are coarse, a few milliseconds on Linux, so an edit right after a run can keep the time;
     * and a copy keeps the content but not the time); larger files (event logs) rely on size and time, as
     * rsync's quick check does.
     */
    record Stamp(long size, long modifiedMillis, String sha256) {

        static final long HASHED_BYTES = 64L << 20;

        static Stamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Stamp(a.size(), a.lastModifiedTime().toMillis(), a.size() <= HASHED_BYTES ? sha256(file) : null);
        }

        /** True when {@code file} is still the regular file that was stamped (a symlink never matches). */
        boolean matches(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile() || a.size() != size) {
                    return false;
                }
                // The content decides where it is known (a copy keeps it, but not the time); else the time.
                return sha256 != null ? sha256.equals(sha256(file)) : a.lastModifiedTime().toMillis() == modifiedMillis;
            } catch (IOException e) {
                return false;
            }
        }

        private static String sha256(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0;) {
                    md.update(buf, 0, n);
                }
                return HexFormat.of().formatHex(md.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

    OutputMarker with(String newState) {
        return new OutputMarker(path, staging, newState, mode, files);
    }

    String render() {
        ObjectNode root = JSON.createObjectNode();
        root.put("written_by", "campaignsim");
        root.put("format", 1);
        root.put("path", path);
        if (staging != null) {
            root.put("staging", staging);
        }
        root.put("state", state);
        root.put("mode", mode);
        ObjectNode f = root.putObject("files");
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode s = f.putObject(e.getKey());
            s.put("size", e.getValue().size());
            s.put("modified_ms", e.getValue().modifiedMillis());
            if (e.getValue().sha256() != null) {
                s.put("sha256", e.getValue().sha256());
            }
        });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the marker to {@code file} through a temporary sibling and a rename, so it is never half-written. */
    void writeTo(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(tmp, render(), StandardCharsets.UTF_8);
        AtomicOutputDirectory.move(tmp, file);
    }

    /**
     * Reads the marker in {@code folder}, or null when there is none or it is not a well-formed marker of
     * this format (which, for every caller, means "not ours").
     */
    static OutputMarker read(Path folder) {
        Path file = folder.resolve(AtomicOutputDirectory.MARKER);
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() > MAX_BYTES || a.size() == 0) {
                return null;
            }
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!"campaignsim".equals(root.path("written_by").asText(null)) || root.path("format").asInt(-1) != 1
                    || !root.path("path").isTextual() || !root.path("state").isTextual()
                    || !root.path("mode").isTextual() || !root.path("files").isObject()) {
                return null;
            }
            Map<String, Stamp> files = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("files").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!safeRelative(e.getKey()) || !e.getValue().path("size").canConvertToLong()
                        || !e.getValue().path("modified_ms").canConvertToLong()) {
                    return null;
                }
                JsonNode sha = e.getValue().path("sha256");
                files.put(e.getKey(), new Stamp(e.getValue().path("size").asLong(),
                        e.getValue().path("modified_ms").asLong(), sha.isTextual() ? sha.asText() : null));
            }
            String staging = root.path("staging").isTextual() ? root.path("staging").asText() : null;
            return new OutputMarker(root.path("path").asText(), staging, root.path("state").asText(),
                    root.path("mode").asText(), files);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A relative path that stays inside its folder: no absolute path, no {@code ..}, no empty part. */
    static boolean safeRelative(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
