package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputDirectoryTest {

    @TempDir
    Path parent;

    private Path target() {
        return parent.resolve("out");
    }

    private void commitFiles(String... names) throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target())) {
            for (String n : names) {
                Files.writeString(out.staging().resolve(n), n);
            }
            out.commit();
        }
    }

    /** Everything in the parent folder, so leftovers (staging, old copies) show up. */
    private List<String> parentListing() throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> targetListing() throws IOException {
        try (Stream<Path> s = Files.list(target())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void stagingIsAHiddenSiblingOfTheTarget() throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target())) {
            assertEquals(parent.toAbsolutePath(), out.staging().getParent());
            assertTrue(out.staging().getFileName().toString().startsWith(".out.tmp-"));
            assertTrue(Files.isDirectory(out.staging()));
        }
    }

    @Test
    void commitCreatesTheTarget() throws IOException {
        commitFiles("a.txt");
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "a.txt"), targetListing());
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void outputGetsTheSamePermissionsAsAnyNewFolder() throws IOException {
        assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"));
        commitFiles("a.txt");
        Path plain = Files.createDirectory(parent.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target()));
    }

    @Test
    void commitReplacesOldContentFully() throws IOException {
        commitFiles("a.txt", "b.txt");
        commitFiles("c.txt");
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "c.txt"), targetListing());
        assertEquals(List.of("out"), parentListing(), "no staging or old copy left behind");
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
        assertEquals("a.txt", Files.readString(target().resolve("a.txt")));
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
    void emptyExistingFolderIsReplaced() throws IOException {
        Files.createDirectory(target());
        commitFiles("a.txt");
        assertEquals(List.of(AtomicOutputDirectory.MARKER, "a.txt"), targetListing());
    }

    @Test
    void regularFileTargetIsAUserError() throws IOException {
        Files.writeString(target(), "not a folder");
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutputDirectory.create(target()));
        assertTrue(e.getMessage().contains("is a file; expected a directory path for --out"), e.getMessage());
        assertEquals(List.of("out"), parentListing());
    }

    @Test
    void foreignNonEmptyFolderIsNeverReplaced() throws IOException {
        Files.createDirectory(target());
        Files.writeString(target().resolve("thesis.tex"), "precious");
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicOutputDirectory.create(target()));
        assertTrue(e.getMessage().contains(AtomicOutputDirectory.MARKER), e.getMessage());
        assertEquals(List.of("thesis.tex"), targetListing());
    }

    @Test
    void commitTwiceIsAProgrammingError() throws IOException {
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target())) {
            out.commit();
            assertThrows(IllegalStateException.class, out::commit);
        }
        assertFalse(parentListing().stream().anyMatch(n -> n.startsWith(".")));
    }
}
