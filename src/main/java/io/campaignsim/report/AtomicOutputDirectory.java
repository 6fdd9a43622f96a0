package io.campaignsim.report;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a whole output folder at once: files go into a hidden staging folder next to the target,
 * and {@link #commit()} swaps it in with an atomic rename. A failure, an exception or Ctrl-C before
 * the commit leaves the previous complete folder (or nothing), never a half-written one.
 *
 * <pre>{@code
 * try (var out = AtomicOutputDirectory.create(target)) {
 *     Files.writeString(out.staging().resolve("summary.json"), json);
 *     out.commit();
 * }
 * }</pre>
 *
 * <p>Because a commit deletes the previous target, an existing non-empty folder is only replaced if
 * it carries the {@value #MARKER} file that every commit writes; otherwise {@link #create} refuses,
 * so {@code --out ~} cannot wipe a home folder.
 *
 * @implNote Not thread-safe for writers; one instance per output. A JVM shutdown hook (removed on
 *     close) deletes the staging folder if the process is interrupted before the commit.
 */
public final class AtomicOutputDirectory implements AutoCloseable {

    /** Empty file that marks a folder as written by campaignsim, and so safe to replace. */
    public static final String MARKER = ".campaignsim-output";

    private static final String STAGING_INFIX = ".tmp-";
    private static final String OLD_INFIX = ".old-";

    private final Path target;
    private final Path staging;
    private final Thread cleanupOnExit;
    private boolean committed;
    private boolean closed;

    private AtomicOutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.cleanupOnExit = new Thread(this::discardQuietly, "campaignsim-discard-staging");
    }

    /**
     * Creates the staging folder {@code .<name>.tmp-<random>} in the target's parent (creating the
     * parent if needed).
     *
     * @throws UserInputException if the target is a regular file, or a non-empty folder that campaignsim did not write
     */
    public static AtomicOutputDirectory create(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Path name = t.getFileName();
        if (name == null) {
            throw new UserInputException(target + " is a file-system root; expected a directory path for --out");
        }
        if (Files.isRegularFile(t)) {
            throw new UserInputException(target + " is a file; expected a directory path for --out");
        }
        if (Files.isDirectory(t) && !isEmpty(t) && !Files.exists(t.resolve(MARKER))) {
            throw new UserInputException(target + " is a folder that campaignsim did not write (no " + MARKER
                    + " file), and writing would replace everything in it; expected a new or empty directory path for --out");
        }
        Path parent = t.getParent();
        Files.createDirectories(parent);
        Path staging = createUnique(parent, "." + name + STAGING_INFIX);
        AtomicOutputDirectory out = new AtomicOutputDirectory(t, staging);
        Runtime.getRuntime().addShutdownHook(out.cleanupOnExit);
        return out;
    }

    /** The folder to write files into; it becomes the target on {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** The final folder (absolute, normalised). */
    public Path target() {
        return target;
    }

    /**
     * Replaces the target with the staging folder: moves the old target aside, renames staging to
     * target atomically, then deletes the old folder. If the rename fails the old target is put back.
     */
    public synchronized void commit() throws IOException {
        if (committed || closed) {
            throw new IllegalStateException("commit after " + (committed ? "commit" : "close"));
        }
        Files.createFile(staging.resolve(MARKER));
        Path old = null;
        if (Files.exists(target)) {
            String stagingName = staging.getFileName().toString();
            String random = stagingName.substring(stagingName.lastIndexOf(STAGING_INFIX) + STAGING_INFIX.length());
            old = staging.resolveSibling("." + target.getFileName() + OLD_INFIX + random);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (old != null) {
                try {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteRecursively(old);
        }
    }

    /** Deletes the staging folder unless committed. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it will find the staging folder gone
        }
        if (!committed) {
            deleteRecursively(staging);
        }
    }

    // Synchronized with commit(), so an interrupt during a commit waits for it to finish.
    private synchronized void discardQuietly() {
        if (!committed && !closed) {
            try {
                deleteRecursively(staging);
            } catch (IOException | UncheckedIOException e) {
                // best effort while the JVM exits; a leftover hidden .tmp- folder is harmless
            }
        }
    }

    // Not Files.createTempDirectory: that makes the folder owner-only (0700), and the staging folder
    // becomes the report, which should get the same permissions as any folder the user creates.
    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve(prefix + UUID.randomUUID().toString().substring(0, 13));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
