package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs of issue #21 through the real command line, in-process: each row of
 * src/test/resources/hostile/cases.tsv is a case id, the exit code, a regular expression the
 * first line of stderr must match in full, and the arguments. Every case also asserts that no
 * stack trace or "internal error" is printed, at most {@value #MAX_LINES} lines appear, and that
 * nothing was written or lost: the scratch folder (with a user's file and an earlier result in it)
 * is byte-for-byte the same afterwards.
 *
 * <p>In the arguments {@code {c}} is the corpus folder and {@code {t}} the scratch folder;
 * {@code @NAME} makes a generated input in the scratch folder (see {@link #generate}).
 */
class HostileInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");
    /** 20 problems and the "and N more" line. */
    static final int MAX_LINES = 21;

    @TempDir
    Path tmp;

    record Case(String id, int exit, String firstLine, String args) {}

    static List<Case> cases() {
        try {
            List<Case> out = new ArrayList<>();
            for (String line : Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t", 4);
                out.add(new Case(p[0], Integer.parseInt(p[1]), p[2], p[3]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> corpus() {
        return cases().stream().map(c -> Arguments.of(c.id(), c));
    }

    @Test
    void theCorpusHasAtLeast150CasesWithDistinctIds() {
        List<Case> all = cases();
        assertTrue(all.size() >= 150, "corpus size " + all.size());
        assertEquals(all.size(), all.stream().map(Case::id).distinct().count(), "ids are unique");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileInputGetsOneClearLineAndNothingIsWrittenOrLost(String id, Case c) throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.writeString(work.resolve("notes.txt"), "a user's notes");
        Files.createDirectories(work.resolve("existing-folder"));
        Files.writeString(work.resolve("existing-folder/keep.txt"), "keep");
        List<String> args = new ArrayList<>();
        for (String token : c.args().split(" ")) {
            if (token.startsWith("@")) {
                Path made = generate(token.substring(1), tmp);
                Assumptions.assumeTrue(made != null, "cannot make " + token + " here");
                args.add(made.toString());
            } else {
                args.add(token.replace("{c}", CORPUS.toString()).replace("{t}", work.toString())
                        .replace("\\n", "\n").replace("\\s", " "));
            }
        }
        Map<String, String> before = snapshot(work);
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        String err = r.err();
        List<String> lines = err.lines().toList();
        assertEquals(c.exit(), r.exit(), id + ": " + err);
        assertFalse(lines.isEmpty(), id + ": says what is wrong");
        assertTrue(Pattern.compile(c.firstLine(), Pattern.DOTALL).matcher(lines.get(0)).matches(),
                id + ": first line\n  " + lines.get(0) + "\ndoes not match\n  " + c.firstLine());
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("internal error"),
                id + ": no stack trace: " + err);
        assertFalse(err.contains("org.yaml") || err.contains("StreamReadConstraints") || err.contains("com.fasterxml"),
                id + ": no library internals: " + err);
        assertTrue(lines.size() <= MAX_LINES, id + ": at most " + MAX_LINES + " lines, got " + lines.size());
        assertEquals(before, snapshot(work), id + ": nothing written, nothing lost");
    }

    /** Every file under {@code dir} (hidden ones too) with its content. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String key = dir.relativize(p).toString();
                m.put(key, Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.ISO_8859_1) : "<dir>");
            }
        }
        return m;
    }

    /** Inputs too large or too special to keep in the repository; null when this system cannot make them. */
    static Path generate(String name, Path dir) throws IOException {
        Path gen = Files.createDirectories(dir.resolve("gen"));
        Path f = gen.resolve(name);
        switch (name) {
            case "fifo.yaml", "fifo.csv" -> {
                try {
                    Process p = new ProcessBuilder("mkfifo", f.toString()).start();
                    return p.waitFor() == 0 ? f : null;
                } catch (IOException | InterruptedException e) {
                    return null;
                }
            }
            case "header50m.csv", "popheader50m.csv", "opeheader50m.csv" -> {
                // 50 MB header line of unknown columns
                StringBuilder sb = new StringBuilder(52_000_000);
                for (int i = 0; sb.length() < 50_000_000; i++) {
                    sb.append("unknown_column_").append(i).append(',');
                }
                sb.append("x\n1\n");
                Files.writeString(f, sb);
                return f;
            }
            case "header20k.csv" -> {
                // 20,000 unknown columns: fits the line cap, so the problem cap must hold
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 20_000; i++) {
                    sb.append("col").append(i).append(',');
                }
                sb.append("x\n");
                Files.writeString(f, sb);
                return f;
            }
            case "unknown-keys.yaml" -> {
                StringBuilder sb = new StringBuilder("name: x\n");
                for (int i = 0; i < 5000; i++) {
                    sb.append("unknown_").append(i).append(": 1\n");
                }
                Files.writeString(f, sb);
                return f;
            }
            case "big.yaml" -> {
                Files.writeString(f, "# padding\n".repeat(500_000));
                return f;
            }
            default -> throw new IllegalArgumentException("no generator for @" + name);
        }
    }
}
