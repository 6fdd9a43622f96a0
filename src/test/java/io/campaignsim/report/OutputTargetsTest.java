package io.campaignsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;

/**
 * The one-line messages for environment faults. Permission denied cannot be produced for real when the
 * tests run as root (root may write anywhere), so its message is checked here from the exception Java
 * throws for it; a full disk and a read-only file system are also produced for real in
 * {@code OutputEnvironmentFaultTest}.
 */
class OutputTargetsTest {

    private static final Path OUT = Path.of("/data/reports/q");

    @Test
    void permissionDeniedNamesTheFileThatWasRefused() {
        assertEquals("cannot write /data/reports/q: permission denied (at /data/reports/.q.tmp-1/summary.json); nothing "
                + "was changed there. Choose a folder you may write in for --out",
                OutputTargets.fault(OUT, new AccessDeniedException("/data/reports/.q.tmp-1/summary.json")).getMessage());
    }

    @Test
    void aReadOnlyFileSystemSaysSo() {
        assertEquals("cannot write /data/reports/q: read-only file system; nothing was changed there. Choose a folder "
                + "you may write in for --out",
                OutputTargets.fault(OUT, new FileSystemException("/data/reports/q", null, "Read-only file system"))
                        .getMessage());
    }

    @Test
    void aFullDiskWrappedByALibraryIsReportedByTheOperatingSystemsReason() {
        IOException enospc = new IOException("No space left on device");
        assertEquals("cannot write /data/reports/q: no space left on device; nothing was changed there. Free some "
                + "space or choose another --out",
                OutputTargets.fault(OUT, new IIOException("I/O error writing PNG file!", enospc)).getMessage());
    }
}
