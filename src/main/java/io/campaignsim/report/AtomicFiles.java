package io.campaignsim.report;

import io.campaignsim.core.UserInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Single-file outputs ({@code calibrate --out FILE.yaml}, {@code generate --out FILE.csv},
 * {@code bench --json}, {@code check --junit/--markdown}, baselines): a reader sees the old file or the
 * new one, never a half-written one. The new content goes to a hidden temporary file beside the target
 * ({@code .<name>.<random>.tmp}) and is renamed over it; a failure removes the temporary file and leaves
 * the target as it was. A symbolic link is followed: the file it points to is replaced, the link stays.
 * Only a regular file, or a path that does not exist yet, is ever replaced.
 */
public final class AtomicFiles {

    /** Writes the content to an open writer; the writer is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Checks, without writing anything, that {@code file} can be written: it does not exist or is a regular
     * file (not a folder, device, FIFO or socket), and its folder is writable. Call it before any long work.
     *
     * @param option how the user named the path, for the message (e.g. {@code --out})
     * @throws UserInputException with one line naming the path and what is wrong
     */
    public static void check(Path file, String option) {
        Path t = file.toAbsolutePath().normalize();
        String expected = "a path to a file for " + option;
        if (t.getFileName() == null) {
            throw new UserInputException(file + " is a file-system root; expected " + expected);
        }
        if (Files.isDirectory(t)) {
            throw new UserInputException(file + " is a folder; expected " + expected + " (a file name inside "
                    + "that folder, for example)");
        }
        if (Files.exists(t) && !Files.isRegularFile(t)) {
            throw new UserInputException(file + " is " + OutputTargets.specialKind(t)
                    + ", not a regular file; campaignsim only replaces regular files. Expected " + expected);
        }
        if (Files.exists(t)) {
            OutputTargets.checkWritable(realParent(t), file.toString(), expected);
        } else {
            OutputTargets.checkCreatable(t.getParent(), file.toString(), expected);
        }
    }

    /** Writes {@code text} as UTF-8, atomically (see the class comment). */
    public static void writeString(Path file, String text) throws IOException {
        write(file, w -> w.write(text));
    }

    /**
     * Writes what {@code content} produces as UTF-8, atomically (see the class comment). Creates missing
     * parent folders.
     *
     * @throws UserInputException when {@link #check} fails, or on a file-system fault (disk full,
     *     read-only, permission denied): one line with the path and the cause; the target is unchanged
     */
    public static void write(Path file, Content content) throws IOException {
        check(file, "the output");
        Path target = file.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            if (Files.isSymbolicLink(target)) {
                target = target.toRealPath();
            }
            tmp = createUnique(target.getParent(), "." + target.getFileName() + ".");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8),
                    1 << 16)) {
                content.writeTo(w);
            }
            AtomicOutputDirectory.move(tmp, target);
            tmp = null;
        } catch (UncheckedIOException e) {
            throw OutputTargets.fault(target, e.getCause());
        } catch (IOException e) {
            throw OutputTargets.fault(target, e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static Path realParent(Path t) {
        try {
            return t.toRealPath().getParent();
        } catch (IOException e) {
            return t.getParent();
        }
    }

    // Not Files.createTempFile: that makes the file owner-only (0600), and the temporary file becomes the
    // output, which should get the same permissions as any file the user creates.
    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve(prefix + UUID.randomUUID().toString().substring(0, 13) + ".tmp");
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
