package io.campaignsim.report;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Checks shared by {@link AtomicOutputDirectory} and {@link AtomicFiles}: what kind of file a path is,
 * whether its folder can be written, and one-line messages for environment faults (disk full, read-only
 * file system, permission denied).
 */
final class OutputTargets {

    private OutputTargets() {}

    /** "a character device", "a FIFO (named pipe)", ... for a path that is neither a regular file nor a folder. */
    static String specialKind(Path p) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0010000: return "a FIFO (named pipe)";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: fall back to the generic name
        }
        return "a special file";
    }

    /**
     * Throws when no file can be created in {@code dir}'s place: walks up to the nearest folder that
     * exists and checks it is a folder we may write in, on a writable file system.
     */
    static void checkCreatable(Path dir, String given, String expected) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserInputException(given + ": " + p + " is a broken symbolic link; expected " + expected);
            }
            p = p.getParent();
        }
        if (p == null) {
            return;
        }
        if (!Files.isDirectory(p)) {
            throw new UserInputException(given + ": " + p + " is " + (Files.isRegularFile(p) ? "a file" : specialKind(p))
                    + ", so nothing can be created under it; expected " + expected);
        }
        checkWritable(p, given, expected);
    }

    /** Throws when {@code dir} (an existing folder) is on a read-only file system or we may not write in it. */
    static void checkWritable(Path dir, String given, String expected) {
        String cause = null;
        try {
            if (Files.getFileStore(dir).isReadOnly()) {
                cause = "read-only file system";
            }
        } catch (IOException e) {
            // the store cannot be asked; the access check below still applies
        }
        if (cause == null && !Files.isWritable(dir)) {
            cause = "permission denied";
        }
        if (cause != null) {
            throw new UserInputException("cannot write in " + dir + " (" + cause + ")" + (given.equals(dir.toString())
                    ? "" : " for " + given) + "; expected " + expected);
        }
    }

    /** True when {@code p} exists and is neither a regular file nor a folder (after following links). */
    static boolean isSpecial(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return !a.isRegularFile() && !a.isDirectory();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * One line for a file-system fault while writing {@code target}: the path and the cause in words
     * ("no space left on device", "read-only file system", "permission denied"), never a stack trace.
     */
    static UserInputException fault(Path target, IOException thrown) {
        // Libraries wrap the operating system's error (ImageIO: "I/O error writing PNG file!" around
        // "No space left on device"): the innermost I/O error is the one that says what happened.
        IOException e = thrown;
        for (Throwable c = thrown.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof IOException io) {
                e = io;
            }
        }
        String cause;
        String where = "";
        if (e instanceof AccessDeniedException ade) {
            cause = "permission denied";
            where = ade.getFile();
        } else if (e instanceof NoSuchFileException nsf) {
            cause = "no such file or folder (removed while writing?)";
            where = nsf.getFile();
        } else if (e instanceof FileSystemException fse) {
            cause = fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
            where = fse.getFile();
        } else {
            cause = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        cause = cause.toLowerCase(Locale.ROOT);
        String detail = where != null && !where.isEmpty() && !where.equals(target.toString()) ? " (at " + where + ")" : "";
        String fix = cause.contains("space") || cause.contains("quota") ? "Free some space or choose another --out"
                : "Choose a folder you may write in for --out";
        UserInputException u = new UserInputException("cannot write " + target + ": " + cause + detail
                + "; nothing was changed there. " + fix);
        u.initCause(thrown);
        return u;
    }
}
