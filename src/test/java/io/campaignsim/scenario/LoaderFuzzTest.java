package io.campaignsim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test (issue #9): random mutations of the bundled scenarios (lines deleted,
 * duplicated, swapped, truncated, tokens replaced by junk) never make the loader throw anything
 * but a validation error, and every validation error names a position inside the file.
 */
class LoaderFuzzTest {

    private static final String[] JUNK = {"", "-1", "1e309", "NaN", "\t", ":", "- ", "[", "]", "{", "}", "\"", "'",
        "&a", "*a", "!!str", "?", "|", ">", "#", "%", "@", "`", "null", "~", "true", "0x1F", "1_000", ".inf",
        "\u00e9\u00e8", "\uD83D\uDE00", "a: b: c", "{ x: [1, {y: 2}] }", "'''", "\\", "---", "...", "2026-11-26",
        "99999999999999999999999", "0.0000000001", "policy", "name"};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quickstart", "retail-winback", "cross-sell"})
    void mutatedScenariosOnlyEverFailWithValidationErrors(String scenario) throws IOException {
        String text = Files.readString(Path.of("scenarios/" + scenario + ".yaml"));
        Random random = new Random(scenario.hashCode());
        ScenarioLoader loader = new ScenarioLoader();
        int failures = 0;
        for (int trial = 0; trial < 1500; trial++) {
            String mutated = mutate(text, random);
            try {
                loader.parse(mutated, "fuzz.yaml");
            } catch (ScenarioException e) {
                failures++;
                int lines = mutated.split("\n", -1).length + 1;
                for (Problem p : e.problems()) {
                    assertTrue(p.loc() == null || (p.loc().line() >= 1 && p.loc().line() <= lines),
                            "position outside the file: " + p.format("fuzz.yaml"));
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("trial " + trial + " threw " + e + " for:\n" + mutated, e);
            }
        }
        assertTrue(failures > 500, "the mutations should mostly break the file: " + failures);
    }

    private static String mutate(String text, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits && !lines.isEmpty(); k++) {
            int i = r.nextInt(lines.size());
            switch (r.nextInt(6)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> {
                    int j = r.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case 3 -> {
                    String line = lines.get(i);
                    int at = line.isEmpty() ? 0 : r.nextInt(line.length());
                    lines.set(i, line.substring(0, at) + JUNK[r.nextInt(JUNK.length)] + line.substring(at));
                }
                case 4 -> {
                    String[] tokens = lines.get(i).split("(?<=[ ,:\\[\\]{}])|(?=[ ,:\\[\\]{}])");
                    tokens[r.nextInt(tokens.length)] = JUNK[r.nextInt(JUNK.length)];
                    lines.set(i, String.join("", tokens));
                }
                default -> {
                    String joined = String.join("\n", lines);
                    return joined.substring(0, r.nextInt(joined.length() + 1));
                }
            }
        }
        return String.join("\n", lines);
    }
}
