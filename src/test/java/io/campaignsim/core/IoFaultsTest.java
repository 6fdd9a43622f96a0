package io.campaignsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environment faults and path checks say what and where in one line (issue #21). */
class IoFaultsTest {

    @Test
    void eachFaultIsNamedInPlainWordsWithThePath() {
        assertEquals("out/x.png: cannot write the report: no space left on the device; expected free space on that "
                + "disk, or another --out on a disk with room",
                IoFaults.describe(new FileSystemException("out/x.png", null, "No space left on device"), "write the report",
                        Path.of("out")));
        assertEquals("ro/a: cannot write: read-only file system; expected a writable location",
                IoFaults.describe(new FileSystemException("ro/a", null, "Read-only file system"), "write", null));
        assertEquals("p: cannot read: permission denied; expected a path you have permission for (check the owner and mode)",
                IoFaults.describe(new AccessDeniedException("p"), "read", null));
    }

    @Test
    void aLibraryWrapperIsSeenThroughAndTheFallbackPathIsNamed() {
        IOException wrapped = new IOException("I/O error writing PNG file!", new IOException("No space left on device"));
        assertEquals("reports/q: cannot write the report: no space left on the device; expected free space on that "
                + "disk, or another --out on a disk with room", IoFaults.describe(wrapped, "write the report",
                Path.of("reports/q")));
    }

    @Test
    void outputPathsAreCheckedByShapeAndOnDisk(@TempDir Path dir) throws IOException {
        assertNull(OutputPaths.shapeProblem("reports/x", "--out"));
        assertTrue(OutputPaths.shapeProblem("/proc/x", "--out").startsWith("is inside /proc"));
        assertTrue(OutputPaths.shapeProblem("a".repeat(201), "--out").startsWith("has a name of 201 bytes"));
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThrows(UserInputException.class, () -> OutputPaths.checkFolder(file, "--out"));
        assertThrows(UserInputException.class, () -> OutputPaths.checkFile(dir, "--out"));
        assertThrows(UserInputException.class, () -> OutputPaths.checkFile(file.resolve("under"), "--out"));
        OutputPaths.checkFolder(dir.resolve("new/deeper"), "--out");
        OutputPaths.checkFile(file, "--out"); // replacing one's own file is allowed
    }

    @Test
    void inputFilesMustBeRegularAndWithinTheirCap(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("s.yaml"), "x".repeat(100));
        assertEquals(100, InputFiles.readAll(f, 100, "a file").length);
        FileInputException big = assertThrows(FileInputException.class, () -> InputFiles.readAll(f, 99, "a file"));
        assertEquals("file is larger than 99 bytes", big.what());
        FileInputException folder = assertThrows(FileInputException.class, () -> InputFiles.readAll(dir, 99, "a file"));
        assertEquals("is a directory", folder.what());
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            FileInputException dev = assertThrows(FileInputException.class, () -> InputFiles.readAll(zero, 99, "a file"));
            assertTrue(dev.what().startsWith("is not a regular file"), dev.what());
        }
    }

    @Test
    void controlCharactersFromInputAreShownEscaped() {
        assertEquals("name 'a\\nb\\tc\\u0007'", OneLine.of("name 'a\nb\tc\u0007'"));
    }
}
