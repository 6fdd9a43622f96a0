package io.campaignsim.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in one line what the file system refused (permission denied, disk full, read-only file
 * system, a missing folder) and where, so that an environment fault never reads as a bug.
 */
public final class IoFaults {

    private IoFaults() {}

    /** The cause in plain words, e.g. "permission denied" or "no space left on the device". */
    public static String cause(IOException e) {
        // libraries wrap the system's words ("I/O error writing PNG file!" around "No space left on device")
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof IOException inner) {
                String said = cause(inner);
                if (!said.equals(inner.getMessage()) || inner instanceof FileSystemException) {
                    return said;
                }
            }
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("access denied")) {
            return "permission denied";
        }
        if (r.contains("no space left") || r.contains("disk quota")) {
            return "no space left on the device";
        }
        if (r.contains("read-only file system")) {
            return "read-only file system";
        }
        if (e instanceof NoSuchFileException || r.contains("no such file")) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException || r.contains("not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder is not empty";
        }
        if (e instanceof FileSystemLoopException || r.contains("too many levels of symbolic links")) {
            return "symbolic link loop";
        }
        if (r.contains("file name too long")) {
            return "file name too long";
        }
        if (r.contains("input/output error")) {
            return "input/output error (a failing disk or network share)";
        }
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason.trim();
    }

    /** The path the fault names, or {@code fallback} when the exception names none. */
    public static String where(IOException e, Path fallback) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile();
        }
        return fallback == null ? null : fallback.toString();
    }

    /**
     * One line for a fault while reading or writing: {@code PATH: cannot ACTION: CAUSE; expected …}.
     *
     * @param action e.g. "write the report" or "read"
     * @param fallback the path to name when the exception names none (e.g. the output folder)
     */
    public static String describe(IOException e, String action, Path fallback) {
        String where = where(e, fallback);
        String cause = cause(e);
        return (where == null ? "" : where + ": ") + "cannot " + action + ": " + cause + "; expected "
                + advice(cause);
    }

    /** As {@link #describe}, as an exception the command line prints in one line with exit code 2. */
    public static UserInputException fault(IOException e, String action, Path fallback) {
        return new UserInputException(describe(e, action, fallback));
    }

    private static String advice(String cause) {
        return switch (cause) {
            case "permission denied" -> "a path you have permission for (check the owner and mode)";
            case "no space left on the device" -> "free space on that disk, or another --out on a disk with room";
            case "read-only file system" -> "a writable location";
            case "no such file or folder" -> "an existing path";
            case "a part of the path is a file, not a folder" -> "a path whose parents are folders";
            default -> "a path that the file system accepts";
        };
    }

    /** True for the I/O exceptions that mean the thread was interrupted, not that the disk refused. */
    public static boolean isInterruption(Throwable e) {
        return e instanceof java.nio.channels.ClosedByInterruptException || e instanceof java.io.InterruptedIOException;
    }
}
