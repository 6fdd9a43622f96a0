package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed input in src/test/resources/bad/ through the real CLI (issue #9): exit code
 * 2, one line per problem naming {@code file:line:col} (files with a position) and what is
 * expected, no stack trace, and nothing written to the output folder. The first line of each is
 * pinned in bad/expected.tsv (the file name stands for itself).
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad");
    private static final String QUICKSTART = "scenarios/quickstart.yaml";

    @TempDir
    Path tmp;

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t", 2)).map(p -> Arguments.of(p[0], p[1]));
    }

    @Test
    void theCorpusHasAtLeastFiftyInputsAndEveryOneIsPinned() throws IOException {
        long files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> !p.getFileName().toString().equals("expected.tsv")).count();
        }
        assertTrue(files >= 50, "corpus size " + files);
        assertEquals(files, corpus().count(), "every corpus file has an expected first line");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputGetsOneClearLineAndExitCodeTwo(String name, String expectedFirstLine) {
        String file = CORPUS.resolve(name).toString();
        Path out = tmp.resolve("out");
        String[] args = name.endsWith(".csv")
                ? new String[] {"simulate", QUICKSTART, "--population", file, "--out", out.toString(), "-q"}
                : new String[] {"simulate", file, "--out", out.toString(), "-q"};
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(o), new PrintWriter(e)).execute(args);
        String err = e.toString();
        assertEquals(2, exit, err);
        List<String> lines = err.lines().toList();
        assertFalse(lines.isEmpty());
        assertEquals(file + expectedFirstLine, lines.get(0));
        for (String line : lines) {
            assertTrue(line.startsWith(file + ":"), "every line names the file: " + line);
            assertTrue(line.contains("; expected "), "every line says what is expected: " + line);
        }
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aDirectoryInsteadOfAFileAndAnOutputPathThatIsAFileAreRefused() throws IOException {
        StringWriter e = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(e))
                .execute("simulate", CORPUS.toString(), "-q");
        assertEquals(2, exit);
        assertEquals(1, e.toString().lines().count(), e.toString());
        assertTrue(e.toString().contains("is a directory"));

        Path file = Files.writeString(tmp.resolve("taken"), "precious");
        StringWriter e2 = new StringWriter();
        int exit2 = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(e2))
                .execute("simulate", QUICKSTART, "--size", "100", "--days", "2", "--out", file.toString(), "-q");
        assertEquals(2, exit2, e2.toString());
        assertEquals(1, e2.toString().lines().count(), e2.toString());
        assertEquals("precious", Files.readString(file));
    }
}
