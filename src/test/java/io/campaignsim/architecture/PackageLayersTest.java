package io.campaignsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps one direction through the packages (README "Packages"): a package names only packages on
 * its own layer or below, {@code cli} is named by nobody, and no two packages name each other
 * through any chain, except a package and its own sub-package. The scan reads the sources, so an
 * import, a fully qualified name in code and a Javadoc link all count.
 */
class PackageLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/io/campaignsim");
    private static final Pattern PACKAGE = Pattern.compile("^package io\\.campaignsim\\.([a-z.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("io\\.campaignsim\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    /** Top-level package → layer; a package may name packages of its own layer or lower ones. */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("core", 0), Map.entry("random", 0), Map.entry("stats", 0),
            Map.entry("scenario", 1),
            Map.entry("population", 2), Map.entry("world", 2),
            Map.entry("engine", 3),
            Map.entry("strategy", 4), Map.entry("policy", 4), Map.entry("ml", 4),
            Map.entry("compare", 5), Map.entry("data", 5), Map.entry("bench", 5),
            Map.entry("report", 6),
            Map.entry("app", 7),
            Map.entry("cli", 8));

    @Test
    void everyPackageHasALayer() {
        Set<String> unknown = new TreeSet<>();
        for (String p : dependencies().keySet()) {
            if (!LAYERS.containsKey(top(p))) {
                unknown.add(p);
            }
        }
        assertEquals(Set.of(), unknown, "give each new top-level package a layer in LAYERS and README");
    }

    @Test
    void noPackageNamesAHigherLayer() {
        List<String> upward = new ArrayList<>();
        dependencies().forEach((from, tos) -> tos.forEach(to -> {
            Integer a = LAYERS.get(top(from));
            Integer b = LAYERS.get(top(to));
            if (a != null && b != null && b > a) {
                upward.add(from + " (layer " + a + ") -> " + to + " (layer " + b + ")");
            }
        }));
        assertEquals(List.of(), upward, "move the shared name down (e.g. into core) instead");
    }

    @Test
    void nothingNamesTheCommandLine() {
        List<String> users = new ArrayList<>();
        dependencies().forEach((from, tos) -> {
            if (!top(from).equals("cli") && tos.stream().anyMatch(t -> top(t).equals("cli"))) {
                users.add(from);
            }
        });
        assertEquals(List.of(), users);
    }

    @Test
    void noCyclesExceptParentAndChild() {
        Map<String, Set<String>> deps = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String a : deps.keySet()) {
            for (String b : deps.get(a)) {
                if (a.compareTo(b) < 0 && !related(a, b) && reaches(deps, b, a)) {
                    cycles.add(a + " <-> " + b);
                }
            }
        }
        assertEquals(List.of(), cycles, "packages that depend on each other through some chain");
    }

    @Test
    void theScanSeesTheSources() {
        Map<String, Set<String>> deps = dependencies();
        assertTrue(deps.size() > 20, "packages found: " + deps.keySet());
        assertTrue(deps.get("cli").contains("app"), "cli calls the jobs in app");
    }

    /** Whether one package is the other or one of its ancestors. */
    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    /** Whether {@code from} reaches {@code to} through dependencies between unrelated packages. */
    private static boolean reaches(Map<String, Set<String>> deps, String from, String to) {
        Set<String> seen = new TreeSet<>();
        List<String> queue = new ArrayList<>(List.of(from));
        while (!queue.isEmpty()) {
            String p = queue.remove(queue.size() - 1);
            if (p.equals(to)) {
                return true;
            }
            if (seen.add(p)) {
                queue.addAll(deps.getOrDefault(p, Set.of()));
            }
        }
        return false;
    }

    private static String top(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    /** Package (below io.campaignsim) → packages its sources name, itself excluded. */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher pm = PACKAGE.matcher(src);
                if (!pm.find()) {
                    continue;
                }
                String pkg = pm.group(1);
                Set<String> mine = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher rm = REFERENCE.matcher(src.substring(pm.end()));
                while (rm.find()) {
                    if (!rm.group(1).equals(pkg)) {
                        mine.add(rm.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deps;
    }
}
