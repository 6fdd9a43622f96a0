package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever a user adds to a result folder (files with any names, hidden files, nested folders,
 * symbolic links, edits of result files), and wherever a kill or an I/O fault lands among the steps of
 * the commit (or while the files are still being written), then once the next run has started:
 * <ol>
 *   <li>every file, folder and link the user added is still there, unchanged, and so is everything
 *       outside the result folder;
 *   <li>the folder holds one complete result, the old or the new one, and its marker lists exactly it;
 *   <li>no staging folder is left beside it.
 * </ol>
 * Each case is generated from its seed (deterministic), so a failure names a seed that reproduces it.
 */
class OutputFolderPropertyTest {

    /**
     * Cases in the normal build (a few seconds); for a long soak, e.g.
     * {@code mvn -B -ntp test -Dtest=OutputFolderPropertyTest -Dcampaignsim.outputCases=5000}.
     */
    private static final int CASES = Integer.getInteger("campaignsim.outputCases", 100);
    private static final String[] RESULT_NAMES = {"summary.json", "daily.csv", "segments.csv", "index.html",
        "charts/profit.png", "charts/conversions.png", "arms/a.csv", "arms/deep/b.csv", "report.md", "run.json"};
    private static final String NAME_CHARS = "abcXYZ019 -_.,'é中";

    @TempDir
    Path root;

    @AfterEach
    void noHook() {
        AtomicOutputDirectory.setHook(null);
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(CASES);
    }

    /** 500 further seeds in the slow suite (mvn -B -ntp -Pslow-tests test), under a minute on an idle machine. */
    static Stream<Long> soakSeeds() {
        return Stream.iterate(100_001L, s -> s + 1).limit(500);
    }

    @Tag("slow")
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("soakSeeds")
    void soak(long seed) throws IOException {
        userFilesSurviveAndTheResultIsCompleteWhereverTheCommitStops(seed);
    }

    /** What the generator decided for one case. */
    private record Case(Map<String, String> oldResult, Map<String, String> newResult, FaultKind fault, int faultIndex,
            String note) {}

    private enum FaultKind { NONE, KILL_WHILE_WRITING, KILL_AT_STEP, IO_FAULT_AT_STEP }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void userFilesSurviveAndTheResultIsCompleteWhereverTheCommitStops(long seed) throws IOException {
        Random rnd = new Random(seed);
        Path dir = Files.createDirectories(root.resolve("case-" + seed));
        Path target = dir.resolve("out");
        Path outside = Files.writeString(dir.resolve("outside.txt"), "outside " + seed);

        // One case in six writes a new folder (the single-rename commit); the others update an old result.
        boolean fresh = rnd.nextInt(6) == 0;
        Map<String, String> oldResult = fresh ? Map.of() : result(rnd, "old");
        Map<String, String> newResult = result(rnd, "new");
        if (!fresh) {
            AtomicOutputDirectoryTest.commit(target, oldResult);
        }

        // The user's additions, recorded as path -> "F:content" | "D" | "L:link target".
        Map<String, String> user = new TreeMap<>();
        int additions = fresh ? 0 : rnd.nextInt(8);
        for (int i = 0; i < additions; i++) {
            addUserThing(rnd, target, outside, oldResult, newResult, user);
        }
        // Sometimes the user edits a result file: an edited old file is theirs from now on, unless the new
        // result writes the same name (then it is replaced, as documented).
        Map<String, String> edited = new TreeMap<>();
        if (!fresh && rnd.nextInt(4) == 0) {
            String name = new ArrayList<>(oldResult.keySet()).get(rnd.nextInt(oldResult.size()));
            String text = "edited by hand " + seed + " " + "x".repeat(rnd.nextInt(20));
            Files.writeString(target.resolve(name), text);
            edited.put(name, text);
        }
        boolean clash = newResult.keySet().stream().anyMatch(n -> touchesUser(n, user));

        FaultKind fault = FaultKind.values()[rnd.nextInt(FaultKind.values().length)];
        int steps = countSteps(oldResult, newResult);
        int faultIndex = rnd.nextInt(Math.max(1, steps));
        Case c = new Case(oldResult, newResult, fault, faultIndex, "user " + user.keySet() + " edited " + edited.keySet());

        boolean newLanded = run(target, c);
        // The next run: it finishes or discards what the previous one left, before doing anything else.
        AtomicOutputDirectory.create(target).close();
        if (!newLanded && (fault == FaultKind.KILL_AT_STEP || fault == FaultKind.IO_FAULT_AT_STEP) && !clash) {
            newLanded = true; // past "ready" (every step is), so the next run finished it
        }

        String why = "seed " + seed + ": " + c;
        // 1. Nothing of the user's is lost or changed.
        for (Map.Entry<String, String> e : user.entrySet()) {
            Path p = target.resolve(e.getKey());
            String v = e.getValue();
            if (v.equals("D")) {
                assertTrue(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS), why + ": folder " + e.getKey());
            } else if (v.startsWith("L:")) {
                assertTrue(Files.isSymbolicLink(p), why + ": link " + e.getKey());
                assertEquals(v.substring(2), Files.readSymbolicLink(p).toString(), why);
            } else {
                assertTrue(Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS), why + ": file " + e.getKey());
                assertEquals(v.substring(2), Files.readString(p), why + ": file " + e.getKey());
            }
        }
        assertEquals("outside " + seed, Files.readString(outside), why);
        for (Map.Entry<String, String> e : edited.entrySet()) {
            if (!(newLanded && newResult.containsKey(e.getKey()))) {
                assertEquals(e.getValue(), Files.readString(target.resolve(e.getKey())), why + ": edited " + e.getKey());
            }
        }
        // 2. One complete result, the old or the new one.
        Map<String, String> expected = newLanded ? newResult : oldResult;
        Map<String, String> other = newLanded ? oldResult : newResult;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!edited.containsKey(e.getKey()) || newLanded && newResult.containsKey(e.getKey())) {
                assertEquals(e.getValue(), Files.readString(target.resolve(e.getKey())),
                        why + ": " + (newLanded ? "new" : "old") + " " + e.getKey());
            }
        }
        for (String name : other.keySet()) {
            if (!expected.containsKey(name) && !edited.containsKey(name) && !user.containsKey(name)) {
                assertFalse(Files.exists(target.resolve(name), LinkOption.NOFOLLOW_LINKS), why + ": stray " + name);
            }
        }
        if (fresh && !newLanded) {
            assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS), why + ": no old result, so no folder");
        } else {
            assertEquals(expected.keySet(), new TreeMap<>(OutputMarker.read(target).files()).keySet(), why + ": marker");
        }
        // 3. No staging folder left.
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(fresh && !newLanded ? List.of("outside.txt") : List.of("out", "outside.txt"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), why);
        }
    }

    /** Runs the commit of the new result with the case's fault; true when the new result landed. */
    private static boolean run(Path target, Case c) throws IOException {
        AtomicOutputDirectory out;
        try {
            out = AtomicOutputDirectory.create(target);
        } catch (UserInputException e) {
            return false;
        }
        AtomicOutputDirectoryTest.stage(out, c.newResult());
        if (c.fault() == FaultKind.KILL_WHILE_WRITING) {
            out.abandon();
            return false;
        }
        AtomicInteger reached = new AtomicInteger();
        AtomicOutputDirectory.setHook(step -> {
            if (reached.getAndIncrement() == c.faultIndex()) {
                if (c.fault() == FaultKind.KILL_AT_STEP) {
                    throw new AtomicOutputDirectory.Crash(step);
                }
                if (c.fault() == FaultKind.IO_FAULT_AT_STEP) {
                    throw new FileSystemException(target.toString(), null, "Input/output error");
                }
            }
        });
        try {
            out.commit();
            out.close();
            return true;
        } catch (AtomicOutputDirectory.Crash kill) {
            out.abandon();
            return false;
        } catch (UserInputException refusedOrFault) {
            out.close();
            return false;
        } finally {
            AtomicOutputDirectory.setHook(null);
        }
    }

    private int countSteps(Map<String, String> oldResult, Map<String, String> newResult) throws IOException {
        Path probe = Files.createDirectories(root.resolve("probe-" + System.nanoTime())).resolve("out");
        if (!oldResult.isEmpty()) {
            AtomicOutputDirectoryTest.commit(probe, oldResult);
        }
        AtomicInteger n = new AtomicInteger();
        AtomicOutputDirectory.setHook(step -> n.incrementAndGet());
        try {
            AtomicOutputDirectoryTest.commit(probe, newResult);
        } finally {
            AtomicOutputDirectory.setHook(null);
        }
        return n.get();
    }

    private static Map<String, String> result(Random rnd, String version) {
        Map<String, String> m = new TreeMap<>();
        for (String n : RESULT_NAMES) {
            if (rnd.nextInt(3) > 0) {
                m.put(n, version + " " + n + " " + rnd.nextLong());
            }
        }
        if (m.isEmpty()) {
            m.put("summary.json", version);
        }
        return m;
    }

    /** Adds one random file, hidden file, folder, nested file or link to the result folder. */
    private static void addUserThing(Random rnd, Path target, Path outside, Map<String, String> oldResult,
            Map<String, String> newResult, Map<String, String> user) throws IOException {
        String name = randomName(rnd);
        switch (rnd.nextInt(6)) {
            case 0 -> name = "." + name; // hidden
            case 1 -> name = (rnd.nextBoolean() ? "charts/" : "arms/") + name; // inside a result sub-folder
            case 2 -> name = name + "/" + randomName(rnd) + "/" + randomName(rnd); // nested folders
            case 3 -> {
                // a name the new result also writes, but not the old one: the commit must refuse
                List<String> fresh = newResult.keySet().stream().filter(n -> !oldResult.containsKey(n)).toList();
                if (!fresh.isEmpty() && rnd.nextInt(3) == 0) {
                    name = fresh.get(rnd.nextInt(fresh.size()));
                }
            }
            default -> { }
        }
        if (name.startsWith(AtomicOutputDirectory.MARKER) || name.startsWith(AtomicOutputDirectory.LOCK)
                || oldResult.containsKey(name) || user.containsKey(name) || isPrefixOfAny(name, user.keySet())
                || isPrefixOfAny(name, oldResult.keySet())) {
            return;
        }
        Path p = target.resolve(name);
        for (Path q = p.getParent(); q != null && !q.equals(target); q = q.getParent()) {
            String rel = target.relativize(q).toString();
            if (user.containsKey(rel) && !user.get(rel).equals("D") || oldResult.containsKey(rel)) {
                return; // would need a folder where a file or link is
            }
        }
        Files.createDirectories(p.getParent());
        for (Path q = p.getParent(); !q.equals(target); q = q.getParent()) {
            String rel = target.relativize(q).toString();
            user.putIfAbsent(rel, "D"); // holds a user file, so it must stay
        }
        switch (rnd.nextInt(4)) {
            case 0 -> {
                Files.createDirectories(p);
                user.put(name, "D");
            }
            case 1 -> {
                Path to = rnd.nextBoolean() ? outside : target.resolve(new ArrayList<>(oldResult.keySet()).get(0));
                Files.createSymbolicLink(p, to);
                user.put(name, "L:" + to);
            }
            default -> {
                String text = "user " + name + " " + rnd.nextInt();
                Files.writeString(p, text);
                user.put(name, "F:" + text);
            }
        }
    }

    private static boolean isPrefixOfAny(String name, Iterable<String> names) {
        for (String n : names) {
            if (n.startsWith(name + "/") || name.startsWith(n + "/")) {
                return true;
            }
        }
        return false;
    }

    /** True when writing {@code resultName} would need to replace one of the user's things. */
    private static boolean touchesUser(String resultName, Map<String, String> user) {
        for (Map.Entry<String, String> u : user.entrySet()) {
            if (resultName.equals(u.getKey()) || resultName.startsWith(u.getKey() + "/") && !u.getValue().equals("D")) {
                return true;
            }
        }
        return false;
    }

    private static String randomName(Random rnd) {
        int len = 1 + rnd.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(NAME_CHARS.charAt(rnd.nextInt(NAME_CHARS.length())));
        }
        String s = b.toString().trim();
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            return "n" + rnd.nextInt(1000);
        }
        return s;
    }

}
