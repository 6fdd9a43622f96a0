package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AtomicOutputDirectoryTest {

    @TempDir
    Path parent;

    @AfterEach
    void noHook() {
        AtomicOutputDirectory.setHook(null);
    }

    private Path target() {
        return parent.resolve("out");
    }

    private void commitFiles(String... names) throws IOException {
        commit(target(), contents("v", names));
    }

    private static Map<String, String> contents(String version, String... names) {
        Map<String, String> m = new TreeMap<>();
        for (String n : names) {
            m.put(n, version + ":" + n);
        }
        return m;
    }

    static void commit(Path target, Map<String, String> files) throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target)) {
            stage(out, files);
            out.commit();
        }
    }

    static void stage(AtomicOutputDirectory out, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = out.staging().resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
    }

    /** Everything in the parent folder, so leftovers (staging, old copies) show up. */
    private List<String> parentListing() throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The target's entries, without the lock file (an empty file every result folder may hold). */
    private List<String> targetListing() throws IOException {
        try (Stream<Path> s = Files.list(target())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(AtomicOutputDirectory.LOCK)).sorted()
                    .toList();
        }
    }

    @Test
    void stagingIsAHiddenSiblingOfTheTarget() throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target())) {
            assertEquals(parent.toRealPath(), out.staging().getParent());
            assertTrue(out.staging().getFileName().toString().startsWith(".out.tmp-"));
            assertTrue(Files.isDirectory(out.staging()));
        }
    }

    @Test
    void commitCreatesTheTargetWithAMarkerRecordingItsPathAndFiles() throws IOException {
        commitFiles("a.txt", "sub/b.txt");
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "a.txt", "sub"), targetListing());
        assertEquals(List.of("out"), parentListing());
        OutputMarker m = OutputMarker.read(target());
        assertEquals(target().toRealPath().toString(), m.path());
        assertEquals(List.of("a.txt", "sub/b.txt"), new ArrayList<>(new TreeMap<>(m.files()).keySet()));
        assertEquals(Files.size(target().resolve("a.txt")), m.files().get("a.txt").size());
    }

    @Test
    void outputGetsTheSamePermissionsAsAnyNewFolder() throws IOException {
        assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"));
        commitFiles("a.txt");
        Path plain = Files.createDirectory(parent.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target()));
    }

    @Test
    void commitReplacesOldResultFully() throws IOException {
        commitFiles("a.txt", "b.txt", "sub/c.txt");
        commitFiles("c.txt");
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "c.txt"), targetListing(), "old files and emptied sub-folder gone");
        assertEquals("v:c.txt", Files.readString(target().resolve("c.txt")));
        assertEquals(List.of("out"), parentListing(), "no staging or old copy left behind");
    }

    @Test
    void filesTheUserAddedAreKeptInPlace() throws IOException {
        commitFiles("a.txt", "sub/b.txt");
        Files.writeString(target().resolve("notes.md"), "my notes");
        Files.writeString(target().resolve(".hidden"), "hidden");
        Files.writeString(target().resolve("sub/mine.txt"), "mine");
        Files.createDirectories(target().resolve("drafts/deep"));
        Files.writeString(target().resolve("drafts/deep/x"), "x");
        Path outside = Files.writeString(parent.resolve("precious.txt"), "precious");
        Files.createSymbolicLink(target().resolve("link"), outside);
        commitFiles("c.txt");
        assertEquals(List.of(".campaignsim-output", ".hidden", "c.txt", "drafts", "link", "notes.md", "sub"),
                targetListing());
        assertEquals("my notes", Files.readString(target().resolve("notes.md")));
        assertEquals("mine", Files.readString(target().resolve("sub/mine.txt")));
        assertFalse(Files.exists(target().resolve("sub/b.txt")), "the old result file is gone");
        assertEquals("x", Files.readString(target().resolve("drafts/deep/x")));
        assertEquals(outside, Files.readSymbolicLink(target().resolve("link")));
        assertEquals("precious", Files.readString(outside));
    }

    @Test
    void aStagedFileThatWouldReplaceAUserFileIsRefusedAndNothingChanges() throws IOException {
        commitFiles("a.txt");
        Files.writeString(target().resolve("b.txt"), "user's b");
        UserInputException e = assertThrows(UserInputException.class, () -> commitFiles("a.txt", "b.txt"));
        assertTrue(e.getMessage().contains("would replace 1 file that campaignsim did not write: b.txt"), e.getMessage());
        assertEquals("user's b", Files.readString(target().resolve("b.txt")));
        assertEquals("v:a.txt", Files.readString(target().resolve("a.txt")));
        assertEquals(List.of("a.txt"), List.copyOf(OutputMarker.read(target()).files().keySet()));
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void aUserSymlinkWhereTheResultNeedsAFolderIsRefusedAndItsTargetUntouched() throws IOException {
        commitFiles("a.txt");
        Path elsewhere = Files.createDirectory(parent.resolve("elsewhere"));
        Files.createSymbolicLink(target().resolve("charts"), elsewhere);
        UserInputException e = assertThrows(UserInputException.class, () -> commitFiles("a.txt", "charts/x.png"));
        assertTrue(e.getMessage().contains("charts"), e.getMessage());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count(), "nothing written through the link");
        }
    }

    @Test
    void anOldResultFileTheUserEditedIsKept() throws IOException {
        commitFiles("a.txt", "b.txt");
        Path b = target().resolve("b.txt");
        Files.writeString(b, "edited by hand, longer than before");
        commitFiles("a.txt");
        assertEquals("edited by hand, longer than before", Files.readString(b));
    }

    @Test
    void exceptionBeforeCommitKeepsPreviousContentAndRemovesStaging() throws IOException {
        commitFiles("a.txt");
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target())) {
                Files.writeString(out.staging().resolve("half.txt"), "half");
                throw new IllegalStateException("simulated failure");
            }
        });
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "a.txt"), targetListing());
        assertEquals("v:a.txt", Files.readString(target().resolve("a.txt")));
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void failureWithNoPreviousOutputLeavesNothing() throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target())) {
            Files.writeString(out.staging().resolve("half.txt"), "half");
        }
        assertEquals(List.of(), parentListing());
    }

    @Test
    void createsMissingParents() throws IOException {
        Path deep = parent.resolve("x/y/out");
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(deep)) {
            out.commit();
        }
        assertTrue(Files.isDirectory(deep));
    }

    @Test
    void emptyExistingFolderIsUsedInPlace() throws IOException {
        Files.createDirectory(target());
        commitFiles("a.txt");
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "a.txt"), targetListing());
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void regularFileTargetIsAUserError() throws IOException {
        Files.writeString(target(), "not a folder");
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutputDirectory.create(target()));
        assertTrue(e.getMessage().contains("is a file; expected a directory path for --out"), e.getMessage());
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void foreignNonEmptyFolderIsNeverWrittenInto() throws IOException {
        Files.createDirectory(target());
        Files.writeString(target().resolve("thesis.tex"), "precious");
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutputDirectory.check(target()));
        assertTrue(e.getMessage().contains("no " + AtomicOutputDirectory.MARKER), e.getMessage());
        assertThrows(UserInputException.class, () -> AtomicOutputDirectory.create(target()));
        assertEquals(List.of("thesis.tex"), targetListing());
        assertEquals(List.of("out"), parentListing());
    }

    /** {@code cp -r reports/x/. ~/work/}: the copied marker names reports/x, so ~/work is not ours. */
    @Test
    void aCopiedMarkerProvesNothing() throws IOException {
        commitFiles("a.txt");
        Path work = Files.createDirectory(parent.resolve("work"));
        Files.writeString(work.resolve("thesis.tex"), "precious");
        try (Stream<Path> s = Files.list(target())) {
            for (Path p : s.toList()) {
                Files.copy(p, work.resolve(p.getFileName()));
            }
        }
        UserInputException e = assertThrows(UserInputException.class, () -> commit(work, contents("w", "b.txt")));
        assertTrue(e.getMessage().contains("does not prove campaignsim wrote this folder (copied or moved from "
                + target().toRealPath()), e.getMessage());
        assertEquals("precious", Files.readString(work.resolve("thesis.tex")));
        assertEquals("v:a.txt", Files.readString(work.resolve("a.txt")));
        assertFalse(Files.exists(work.resolve("b.txt")));
    }

    @Test
    void aMovedResultFolderIsNoLongerOurs() throws IOException {
        commitFiles("a.txt");
        Path moved = Files.move(target(), parent.resolve("moved"));
        assertThrows(UserInputException.class, () -> AtomicOutputDirectory.check(moved));
        assertEquals("v:a.txt", Files.readString(moved.resolve("a.txt")));
    }

    @Test
    void malformedAndOldStyleMarkersMeanNotOurs() throws IOException {
        for (String content : new String[] {"", "{", "[]", "{\"written_by\":\"campaignsim\",\"format\":1}",
            "{\"written_by\":\"campaignsim\",\"format\":1,\"path\":\"" + parent.toRealPath().resolve("m")
                    + "\",\"state\":\"done\",\"mode\":\"in_place\",\"files\":{\"../../etc/passwd\":{\"size\":1,\"modified_ms\":1}}}"}) {
            Path dir = Files.createDirectories(parent.resolve("m"));
            Files.writeString(dir.resolve(AtomicOutputDirectory.MARKER), content);
            Files.writeString(dir.resolve("doc.txt"), "doc");
            assertThrows(UserInputException.class, () -> commit(dir, contents("x", "doc2.txt")), content);
            assertEquals("doc", Files.readString(dir.resolve("doc.txt")));
        }
    }

    @Test
    void aFifoTargetIsRefusedBeforeAnyWork() throws Exception {
        Path fifo = parent.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo not available");
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutputDirectory.check(fifo));
        assertEquals(fifo + " is a FIFO (named pipe), not a folder; expected a directory path for --out", e.getMessage());
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo));
    }

    @Test
    void aDeviceTargetIsRefused() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutputDirectory.create(devNull));
        assertEquals("/dev/null is a character device, not a folder; expected a directory path for --out", e.getMessage());
    }

    @Test
    void aPathUnderAFileIsRefused() throws IOException {
        Files.writeString(parent.resolve("f"), "f");
        UserInputException e = assertThrows(UserInputException.class,
                () -> AtomicOutputDirectory.check(parent.resolve("f/out")));
        assertTrue(e.getMessage().contains("is a file, so nothing can be created under it"), e.getMessage());
    }

    @Test
    void commitTwiceIsAProgrammingError() throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target())) {
            out.commit();
            assertThrows(IllegalStateException.class, out::commit);
        }
        assertFalse(parentListing().stream().anyMatch(n -> n.startsWith(".")));
    }

    @Test
    void updateReplacesAndAddsButRemovesNothing() throws IOException {
        commitFiles("a.txt", "b.txt");
        Files.writeString(target().resolve("notes.md"), "mine");
        try (AtomicOutputDirectory out = AtomicOutputDirectory.update(target())) {
            stage(out, contents("redrawn", "b.txt", "c.txt"));
            out.commit();
        }
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "a.txt", "b.txt", "c.txt", "notes.md"), targetListing());
        assertEquals("v:a.txt", Files.readString(target().resolve("a.txt")));
        assertEquals("redrawn:b.txt", Files.readString(target().resolve("b.txt")));
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), new ArrayList<>(new TreeMap<>(OutputMarker.read(target()).files())
                .keySet()), "the manifest still lists every file campaignsim wrote");
        assertEquals(List.of("out"), parentListing());
    }

    /** report on a downloaded copy: files proven (by content) to be copies of ours are redrawn, the rest kept. */
    @Test
    void updateOfACopiedResultReplacesOnlyProvenCopies() throws IOException {
        commitFiles("a.txt", "b.txt", "c.txt");
        Path copy = Files.createDirectory(parent.resolve("copy"));
        try (Stream<Path> s = Files.list(target())) {
            for (Path p : s.toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        Files.writeString(copy.resolve("b.txt"), "the user changed this copy");
        Map<String, String> redrawn = contents("redrawn", "a.txt", "b.txt");
        UserInputException e = assertThrows(UserInputException.class, () -> {
            try (AtomicOutputDirectory out = AtomicOutputDirectory.update(copy)) {
                stage(out, redrawn);
                out.commit();
            }
        });
        assertTrue(e.getMessage().contains("would replace 1 file that campaignsim did not write: b.txt"), e.getMessage());
        assertEquals("the user changed this copy", Files.readString(copy.resolve("b.txt")));
        try (AtomicOutputDirectory out = AtomicOutputDirectory.update(copy)) {
            stage(out, contents("redrawn", "a.txt"));
            out.commit();
        }
        assertEquals("redrawn:a.txt", Files.readString(copy.resolve("a.txt")));
        OutputMarker m = OutputMarker.read(copy);
        assertEquals(copy.toRealPath().toString(), m.path(), "the copy is now campaignsim's own result folder");
        assertEquals(List.of("a.txt", "c.txt"), new ArrayList<>(new TreeMap<>(m.files()).keySet()),
                "the changed copy of b.txt is the user's now");
    }

    @Test
    void updateNeedsAResultFolderOfOurs() throws IOException {
        Files.createDirectory(target());
        Files.writeString(target().resolve("comparison.json"), "{}");
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutputDirectory.update(target()));
        assertTrue(e.getMessage().contains("is not a result folder written by campaignsim (no valid .campaignsim-output"),
                e.getMessage());
        assertEquals(List.of("out"), parentListing());
    }

    // ------------------------------------------------------------ leftovers of killed runs

    @Test
    void aKilledRunsStagingFolderIsDeletedByTheNextRun() throws IOException {
        commitFiles("a.txt");
        AtomicOutputDirectory dead = AtomicOutputDirectory.create(target());
        stage(dead, contents("dead", "half.txt"));
        dead.abandon(); // kill -9 while writing
        assertEquals(2, parentListing().size());
        commitFiles("b.txt");
        assertEquals(List.of("out"), parentListing());
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "b.txt"), targetListing());
    }

    @Test
    void aRunKilledRightAfterCreatingItsStagingFolderLeavesOnlyALockThatTheNextRunRemoves() throws IOException {
        commitFiles("a.txt");
        Path early = Files.createDirectory(parent.resolve(".out.tmp-killed-early"));
        Files.createFile(early.resolve(AtomicOutputDirectory.LOCK));
        commitFiles("b.txt");
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void hiddenFoldersThatLookLikeStagingButAreNotProvablyOursAreNeverTouched() throws IOException {
        commitFiles("a.txt");
        Path noMarker = Files.createDirectory(parent.resolve(".out.tmp-user-made"));
        Files.writeString(noMarker.resolve("keep.txt"), "keep");
        Path otherPath = Files.createDirectory(parent.resolve(".out.tmp-copied"));
        Files.writeString(otherPath.resolve("keep.txt"), "keep");
        new OutputMarker(target().toRealPath().toString(), parent.toRealPath().resolve(".out.tmp-elsewhere").toString(),
                OutputMarker.READY, OutputMarker.IN_PLACE, Map.of("keep.txt", new OutputMarker.Stamp(4, 0, null)))
                .writeTo(otherPath.resolve(AtomicOutputDirectory.MARKER));
        commitFiles("b.txt");
        assertEquals("keep", Files.readString(noMarker.resolve("keep.txt")));
        assertEquals("keep", Files.readString(otherPath.resolve("keep.txt")));
        assertFalse(Files.exists(target().resolve("keep.txt")), "a staging folder that is not provably ours is not committed");
    }

    @Test
    void aLiveRunsStagingFolderIsLeftAloneAndBothCommitsLand() throws IOException {
        commitFiles("a.txt");
        try (AtomicOutputDirectory first = AtomicOutputDirectory.create(target())) {
            stage(first, contents("first", "f.txt"));
            commit(target(), contents("second", "s.txt")); // a second run starts and finishes meanwhile
            assertTrue(Files.isDirectory(first.staging()), "the live run's staging folder survives");
            first.commit();
        }
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "f.txt"), targetListing());
        assertEquals(List.of("out"), parentListing());
    }

    // ------------------------------------------------------------ the commit window

    /** How many times each step is reached when committing {@code next} over {@code previous}. */
    private static Map<AtomicOutputDirectory.Step, Integer> steps(Path target, Map<String, String> previous,
            Map<String, String> next) throws IOException {
        Map<AtomicOutputDirectory.Step, Integer> seen = new TreeMap<>();
        if (previous != null) {
            commit(target, previous);
        }
        AtomicOutputDirectory.setHook(step -> seen.merge(step, 1, Integer::sum));
        try {
            commit(target, next);
        } finally {
            AtomicOutputDirectory.setHook(null);
        }
        return seen;
    }

    @Test
    void stepsOfBothKindsOfCommit() throws IOException {
        Map<String, String> old = contents("old", "a.txt", "b.txt", "index.html");
        Map<String, String> nu = contents("new", "a.txt", "c.txt", "index.html");
        assertEquals(Map.of(AtomicOutputDirectory.Step.READY, 1, AtomicOutputDirectory.Step.RENAMED, 1),
                steps(parent.resolve("fresh"), null, nu));
        assertEquals(Map.of(AtomicOutputDirectory.Step.READY, 1, AtomicOutputDirectory.Step.FILE_MOVED, 3,
                AtomicOutputDirectory.Step.OLD_REMOVED, 1, AtomicOutputDirectory.Step.MARKER_WRITTEN, 1,
                AtomicOutputDirectory.Step.CLEANED, 1), steps(parent.resolve("again"), old, nu));
    }

    /**
     * A kill after every step of an in-place commit, then the next run: the killed run's result is put in
     * place completely (it was past "ready"), the user's file stays, and no staging folder is left.
     */
    @ParameterizedTest
    @EnumSource(value = AtomicOutputDirectory.Step.class, names = {"READY", "FILE_MOVED", "OLD_REMOVED",
        "MARKER_WRITTEN"})
    void aKillInsideAnInPlaceCommitIsFinishedByTheNextRun(AtomicOutputDirectory.Step killAt) throws IOException {
        Map<String, String> old = contents("old", "a.txt", "b.txt", "sub/s.txt", "index.html");
        Map<String, String> nu = contents("new", "a.txt", "c.txt", "index.html");
        commit(target(), old);
        Files.writeString(target().resolve("notes.txt"), "mine");
        AtomicOutputDirectory out = AtomicOutputDirectory.create(target());
        stage(out, nu);
        AtomicOutputDirectory.setHook(step -> {
            if (step == killAt) {
                throw new AtomicOutputDirectory.Crash(step);
            }
        });
        assertThrows(AtomicOutputDirectory.Crash.class, out::commit);
        AtomicOutputDirectory.setHook(null);
        out.abandon();
        AtomicOutputDirectory.check(target()); // still ours
        try (AtomicOutputDirectory next = AtomicOutputDirectory.create(target())) {
            assertEquals(List.of(next.staging().getFileName().toString(), "out"), parentListing(),
                    "the killed run's staging folder is gone once its commit is finished");
        }
        assertResult(nu);
        assertEquals("mine", Files.readString(target().resolve("notes.txt")));
    }

    @Test
    void aKillBetweenReadyAndTheRenameOfANewFolderIsFinishedByTheNextRun() throws IOException {
        Map<String, String> nu = contents("new", "a.txt", "index.html");
        AtomicOutputDirectory out = AtomicOutputDirectory.create(target());
        stage(out, nu);
        AtomicOutputDirectory.setHook(step -> {
            throw new AtomicOutputDirectory.Crash(step);
        });
        assertThrows(AtomicOutputDirectory.Crash.class, out::commit);
        AtomicOutputDirectory.setHook(null);
        out.abandon();
        assertFalse(Files.exists(target()));
        AtomicOutputDirectory.create(target()).close();
        assertResult(nu);
        assertEquals(List.of("out"), parentListing());
    }

    @ParameterizedTest
    @EnumSource(value = AtomicOutputDirectory.Step.class, names = {"FILE_MOVED", "OLD_REMOVED"})
    void aFaultAfterReadySaysTheNextRunFinishesItAndItDoes(AtomicOutputDirectory.Step failAt) throws IOException {
        Map<String, String> old = contents("old", "a.txt", "b.txt");
        Map<String, String> nu = contents("new", "a.txt", "c.txt");
        commit(target(), old);
        AtomicInteger calls = new AtomicInteger();
        AtomicOutputDirectory.setHook(step -> {
            if (step == failAt && calls.incrementAndGet() == 1) {
                throw new java.nio.file.FileSystemException(target().toString(), null, "Input/output error");
            }
        });
        UserInputException e = assertThrows(UserInputException.class, () -> commit(target(), nu));
        AtomicOutputDirectory.setHook(null);
        assertTrue(e.getMessage().startsWith("cannot finish writing " + target().toRealPath() + ": input/output error; "
                + "the complete result waits in .out.tmp-"), e.getMessage());
        assertTrue(e.getMessage().endsWith("and the next run into this folder puts it in place"), e.getMessage());
        AtomicOutputDirectory.create(target()).close();
        assertResult(nu);
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void aFaultBeforeReadyChangesNothing() throws IOException {
        Map<String, String> old = contents("old", "a.txt", "b.txt");
        commit(target(), old);
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target())) {
            stage(out, contents("new", "a.txt"));
            UserInputException e = assertThrows(UserInputException.class, () -> {
                throw out.writeFailed(new java.nio.file.FileSystemException(out.staging().resolve("a.txt").toString(),
                        null, "No space left on device"));
            });
            assertTrue(e.getMessage().startsWith("cannot write " + target().toRealPath()
                    + ": no space left on device (at "), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was changed there"), e.getMessage());
        }
        assertResult(old);
        assertEquals(List.of("out"), parentListing());
    }

    /** The target holds exactly {@code files} as its result: contents, and the marker's list. */
    private void assertResult(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            assertEquals(e.getValue(), Files.readString(target().resolve(e.getKey())), e.getKey());
        }
        assertEquals(files.keySet(), new TreeMap<>(OutputMarker.read(target()).files()).keySet());
        try (Stream<Path> walk = Files.walk(target())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = target().relativize(p).toString();
                assertTrue(files.containsKey(rel) || rel.startsWith(".campaignsim-") || rel.equals("notes.txt"),
                        "unexpected " + rel);
            }
        }
    }
}
