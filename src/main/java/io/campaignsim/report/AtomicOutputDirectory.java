package io.campaignsim.report;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a result folder as a whole: files go into a hidden staging folder next to the target, and
 * {@link #commit()} puts them in place. A failure, an exception or Ctrl-C before the commit leaves the
 * previous result as it was (or nothing), never a half-written one.
 *
 * <pre>{@code
 * AtomicOutputDirectory.check(target);            // up front, before any work
 * try (var out = AtomicOutputDirectory.create(target)) {
 *     Files.writeString(out.staging().resolve("summary.json"), json);
 *     out.commit();
 * }
 * }</pre>
 *
 * <p>The rules (also in docs/outputs.md, "Safe replacement"):
 * <ul>
 *   <li><b>Files you add are kept.</b> The {@value #MARKER} file records the folder's own real path and
 *       the files campaignsim wrote (size and modification time). A commit replaces and removes only those
 *       files; anything else in the folder stays where it is. If a new result file would replace a file
 *       campaignsim did not write, the commit is refused with the names, and nothing changes. An old
 *       result file you edited since it was written is kept, not removed.
 *   <li><b>A marker proves ownership only where it was written.</b> A marker that records another path
 *       (a copied or moved folder) or cannot be read means "not ours": a non-empty folder without a valid
 *       marker is refused up front, never written into.
 *   <li><b>Only folders and regular files.</b> A target that is a device, FIFO or socket is refused.
 *   <li><b>Recoverable commit.</b> A new folder is one rename of the staging folder. An existing folder
 *       is updated in place: the staging marker first says "ready" (the point of no return), then each
 *       file is renamed into the folder, old result files are removed, and the folder's marker is
 *       replaced last. A run killed in between leaves the staging folder marked "ready", and the next
 *       {@link #create} or {@link #check}-then-create for that target (any later run) finishes the commit
 *       before it starts; staging folders of killed runs that had not reached "ready" are deleted. Only
 *       staging folders proven ours (marker with their own path, lock not held by a live run) are touched.
 * </ul>
 *
 * @implNote Safe for concurrent runs into the same target: each staging folder holds a lock
 *     ({@value #LOCK}) for as long as its run lives, and in-place commits hold the target's lock, so a
 *     live run's files are never taken for a dead run's leftovers and two commits never interleave. One
 *     instance per output, not thread-safe for writers. A JVM shutdown hook (removed on close) deletes
 *     the staging folder if the process is interrupted before the commit.
 */
public final class AtomicOutputDirectory implements AutoCloseable {

    /** The marker file: proof that campaignsim wrote the folder, and the list of what it wrote. */
    public static final String MARKER = ".campaignsim-output";
    /** Lock file of a staging or result folder; empty, never part of a result. */
    static final String LOCK = ".campaignsim-lock";
    static final String STAGING_INFIX = ".tmp-";

    /** The steps of a commit, in order; a test seam can stop a commit after any of them. */
    enum Step {
        /** The staging marker says "ready": from here on the commit is finished, by this run or the next. */
        READY,
        /** The staging folder was renamed to the target (new folders). */
        RENAMED,
        /** One file was moved into the target (existing folders). */
        FILE_MOVED,
        /** One old result file was removed from the target (existing folders). */
        OLD_REMOVED,
        /** The target's marker now lists the new files (existing folders). */
        MARKER_WRITTEN,
        /** The staging folder is gone. */
        CLEANED
    }

    /** Test seam: called after each step; may throw an IOException (a fault) or {@link Crash} (a kill). */
    interface StepHook {
        void after(Step step) throws IOException;
    }

    /** Thrown by a test hook to stand for the process dying at that point: nothing more is done, not even cleanup. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash(Step step) {
            super("simulated kill after " + step, null, false, false);
        }
    }

    private static final StepHook NO_HOOK = step -> {};
    private static final ThreadLocal<StepHook> HOOK = ThreadLocal.withInitial(() -> NO_HOOK);

    private final Path target;
    private final Path staging;
    private final FileChannel lockChannel;
    private boolean update;
    private final Thread cleanupOnExit;
    private boolean committed;
    private boolean ready;
    private boolean closed;
    private boolean crashed;

    private AtomicOutputDirectory(Path target, Path staging, FileChannel lockChannel) {
        this.target = target;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.cleanupOnExit = new Thread(this::discardQuietly, "campaignsim-discard-staging");
    }

    /**
     * Checks, without writing anything, that {@code target} can become a result folder: it is absent, an
     * empty folder, or a folder campaignsim wrote there (valid {@value #MARKER}); not a file, device, FIFO
     * or socket; and in a place we may write. Call it before any long work, so a bad {@code --out} fails
     * in a second, not after the simulation.
     *
     * @throws UserInputException with one line naming the path and what is wrong
     */
    public static void check(Path target) {
        targetOf(target, false);
    }

    /**
     * Finishes or discards what killed runs left for {@code target}, then creates the staging folder
     * {@code .<name>.tmp-<random>} beside it (creating missing parent folders).
     *
     * @throws UserInputException as {@link #check}, or when the file system refuses (one line: path and cause)
     */
    public static AtomicOutputDirectory create(Path target) throws IOException {
        return create(target, false);
    }

    private static AtomicOutputDirectory create(Path target, boolean update) throws IOException {
        Path t = targetOf(target, update);
        try {
            Files.createDirectories(t.getParent());
            t = t.getParent().toRealPath().resolve(t.getFileName());
            recover(t);
            Path staging = createUnique(t.getParent(), "." + t.getFileName() + STAGING_INFIX).toRealPath();
            FileChannel lock = null;
            AtomicOutputDirectory out = null;
            try {
                lock = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock.lock();
                // The shutdown hook is in place before the marker makes the folder visible as a staging
                // folder, so a Ctrl-C from then on always removes it.
                out = new AtomicOutputDirectory(t, staging, lock);
                out.update = update;
                Runtime.getRuntime().addShutdownHook(out.cleanupOnExit);
                new OutputMarker(t.toString(), staging.toString(), OutputMarker.WRITING, OutputMarker.RENAME,
                        Map.of()).writeTo(staging.resolve(MARKER));
                return out;
            } catch (IOException | RuntimeException e) {
                if (out != null) {
                    out.close(); // removes the hook and the staging folder, releases the lock
                } else {
                    if (lock != null) {
                        lock.close();
                    }
                    deleteRecursively(staging);
                }
                throw e;
            }
        } catch (UserInputException e) {
            throw e;
        } catch (IOException e) {
            throw OutputTargets.fault(t, e);
        }
    }

    /**
     * Like {@link #create}, for adding or redrawing files in an existing result folder (the {@code report}
     * command): on commit the staged files replace their namesakes among the files campaignsim wrote, or
     * are added, and nothing is removed. The folder must hold a well-formed marker. It may be a copy (a
     * downloaded CI artifact): then a namesake is replaced only if its content still matches the copied
     * marker's SHA-256, i.e. it provably is a copy of campaignsim's file; after the commit the folder is
     * campaignsim's, with its own path in the marker.
     *
     * @throws UserInputException when the target is not an existing folder with a campaignsim marker
     */
    public static AtomicOutputDirectory update(Path target) throws IOException {
        return create(target, true);
    }

    /** The folder to write files into; its content becomes the target's on {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** The final folder (absolute; its parent is a real path). */
    public Path target() {
        return target;
    }

    /**
     * The one-line error for a file-system fault while writing into {@link #staging()} (disk full,
     * permission denied...): it names the target and the cause, and says nothing was changed there.
     * Use as {@code catch (IOException e) { throw out.writeFailed(e); }}.
     */
    public UserInputException writeFailed(IOException e) {
        return OutputTargets.fault(target, e);
    }

    /**
     * Puts the staged files in place: a rename of the staging folder when the target does not exist,
     * otherwise an in-place update that keeps every file campaignsim did not write (see the class
     * comment). Afterwards the target's marker lists exactly the staged files.
     *
     * @throws UserInputException when a staged file would replace a file campaignsim did not write (nothing
     *     changed), or on a file-system fault (one line: path and cause)
     */
    public synchronized void commit() throws IOException {
        if (committed || closed) {
            throw new IllegalStateException("commit after " + (committed ? "commit" : "close"));
        }
        try {
            Map<String, OutputMarker.Stamp> files = scan(staging);
            if (!update && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                OutputMarker marker = new OutputMarker(target.toString(), staging.toString(), OutputMarker.READY,
                        OutputMarker.RENAME, files);
                marker.writeTo(staging.resolve(MARKER));
                ready = true;
                reached(Step.READY);
                if (renameInto(staging, target)) {
                    reached(Step.RENAMED);
                    committed = true;
                    return;
                }
                ready = false; // another run created the target meanwhile: update it in place instead
            }
            try (FileChannel targetLock = lockTarget(target)) {
                recoverLocked(target);
                if (update && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new UserInputException(target + " was removed while redrawing; nothing was written");
                }
                OutputMarker old = update ? adopted(target, target.toString()) : existingResult(target, target.toString());
                List<String> clashes = clashes(target, old, files.keySet());
                if (update) {
                    Map<String, OutputMarker.Stamp> merged = new TreeMap<>(old.files());
                    merged.putAll(files);
                    files = merged; // the manifest keeps the untouched files; nothing is removed
                }
                if (!clashes.isEmpty()) {
                    throw new UserInputException(target + ": the new result would replace " + clashes.size()
                            + (clashes.size() == 1 ? " file" : " files") + " that campaignsim did not write: "
                            + String.join(", ", clashes.subList(0, Math.min(10, clashes.size())))
                            + (clashes.size() > 10 ? ", ..." : "")
                            + "; nothing was changed. Move " + (clashes.size() == 1 ? "it" : "them")
                            + " away or choose another --out");
                }
                OutputMarker marker = new OutputMarker(target.toString(), staging.toString(), OutputMarker.READY,
                        OutputMarker.IN_PLACE, files);
                marker.writeTo(staging.resolve(MARKER));
                ready = true;
                reached(Step.READY);
                applyInPlace(staging, target, marker);
            }
            committed = true;
        } catch (Crash c) {
            crashed = true;
            throw c;
        } catch (UserInputException e) {
            throw e;
        } catch (IOException e) {
            if (!ready) {
                throw OutputTargets.fault(target, e);
            }
            UserInputException u = new UserInputException("cannot finish writing " + target + ": "
                    + OutputTargets.fault(target, e).getMessage().replaceFirst("^cannot write [^:]*: ", "")
                            .replaceFirst("; nothing was changed there.*$", "")
                    + "; the complete result waits in " + staging.getFileName()
                    + " and the next run into this folder puts it in place");
            u.initCause(e);
            throw u;
        }
    }

    /**
     * Deletes the staging folder unless committed (or unless its commit had begun: then it is left for
     * the next run to finish, see {@link #create}). Releases the staging folder's lock.
     */
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
        try {
            if (!committed && !ready && !crashed) {
                deleteRecursively(staging);
            }
        } finally {
            lockChannel.close();
        }
    }

    /**
     * Test seam: stands for the process being killed now (before or during a commit): releases the lock
     * and does nothing else, so the staging folder stays as a kill -9 would leave it.
     */
    synchronized void abandon() throws IOException {
        crashed = true;
        close();
    }

    /** Test seam: stop after {@code step} by the hook's choice. Reset with {@code null}. */
    static void setHook(StepHook hook) {
        if (hook == null) {
            HOOK.remove();
        } else {
            HOOK.set(hook);
        }
    }

    private static void reached(Step step) throws IOException {
        HOOK.get().after(step);
    }

    // Synchronized with commit(), so an interrupt during a commit waits for it to finish.
    private synchronized void discardQuietly() {
        if (!committed && !closed && !ready) {
            try {
                deleteRecursively(staging);
            } catch (IOException | UncheckedIOException e) {
                // best effort while the JVM exits; the next run into the same target removes it
            }
        }
    }

    // ---------------------------------------------------------------- checks

    /** The checked, absolute target; throws UserInputException when it cannot be a result folder. */
    private static Path targetOf(Path given, boolean update) {
        Path t = given.toAbsolutePath().normalize();
        if (t.getFileName() == null) {
            throw new UserInputException(given + " is a file-system root; expected a directory path for --out");
        }
        String expected = "a new or empty directory path, or a folder campaignsim wrote, for --out";
        if (Files.exists(t)) {
            if (Files.isRegularFile(t)) {
                throw new UserInputException(given + " is a file; expected a directory path for --out");
            }
            if (!Files.isDirectory(t)) {
                throw new UserInputException(given + " is " + OutputTargets.specialKind(t)
                        + ", not a folder; expected a directory path for --out");
            }
            try {
                t = t.toRealPath();
            } catch (IOException e) {
                throw OutputTargets.fault(t, e);
            }
            OutputTargets.checkWritable(t, given.toString(), expected);
            if (update) {
                adopted(t, given.toString());
            } else {
                existingResult(t, given.toString());
            }
        } else if (update) {
            throw new UserInputException(given + " does not exist; expected a result folder written by campaignsim");
        } else {
            OutputTargets.checkCreatable(t, given.toString(), expected);
        }
        return t;
    }

    /**
     * The marker of an existing result folder, or an empty one for an empty folder.
     *
     * @throws UserInputException when the folder holds anything and no marker proves campaignsim wrote it there
     */
    private static OutputMarker existingResult(Path realTarget, String given) {
        OutputMarker m = OutputMarker.read(realTarget);
        if (m != null && m.path().equals(realTarget.toString())) {
            return m;
        }
        List<String> entries;
        try (Stream<Path> s = Files.list(realTarget)) {
            entries = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(LOCK)).toList();
        } catch (IOException e) {
            throw OutputTargets.fault(realTarget, e);
        }
        if (entries.isEmpty()) {
            return new OutputMarker(realTarget.toString(), null, OutputMarker.DONE, OutputMarker.IN_PLACE, Map.of());
        }
        String why = entries.contains(MARKER)
                ? "its " + MARKER + " file does not prove campaignsim wrote this folder (copied or moved from "
                        + (m != null ? m.path() : "elsewhere") + ", written by an older version, or damaged)"
                : "it was not written by campaignsim (no " + MARKER + " file)";
        throw new UserInputException(given + " is a folder with " + entries.size()
                + (entries.size() == 1 ? " entry" : " entries") + " and " + why
                + "; campaignsim never writes into such a folder. Choose a new or empty directory path for --out");
    }

    /**
     * The marker of a result folder to update: its own, or, for a copied or moved result folder, the copied
     * marker's list narrowed to the files whose content still matches (provably copies of campaignsim's).
     */
    private static OutputMarker adopted(Path realTarget, String given) {
        OutputMarker m = OutputMarker.read(realTarget);
        if (m == null) {
            throw new UserInputException(given + " is not a result folder written by campaignsim (no valid " + MARKER
                    + " file); expected a folder written by a campaignsim command");
        }
        if (m.path().equals(realTarget.toString())) {
            return m;
        }
        Map<String, OutputMarker.Stamp> proven = new TreeMap<>();
        m.files().forEach((name, stamp) -> {
            if (stamp.sha256() != null && parentsAreRealFolders(realTarget, name)
                    && stamp.matches(realTarget.resolve(name))) {
                proven.put(name, stamp);
            }
        });
        return new OutputMarker(realTarget.toString(), null, OutputMarker.DONE, OutputMarker.IN_PLACE, proven);
    }

    /** Staged files that would replace something in the target that campaignsim did not write. */
    private static List<String> clashes(Path target, OutputMarker old, Iterable<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Path dest = target.resolve(name);
            if (!parentsAreRealFolders(target, name)) {
                out.add(name.substring(0, name.indexOf('/')));
                continue;
            }
            if (!Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            boolean regular = Files.isRegularFile(dest, LinkOption.NOFOLLOW_LINKS);
            if (!regular || !old.files().containsKey(name)) {
                out.add(name);
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    /** Every folder on the way to {@code name} in {@code root} is absent or a real folder (not a symlink, not a file). */
    private static boolean parentsAreRealFolders(Path root, String name) {
        Path p = root;
        String[] parts = name.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            p = p.resolve(parts[i]);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- commit steps

    /** Renames {@code staging} to {@code target}; false when the target appeared meanwhile (not empty). */
    private static boolean renameInto(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            return false;
        }
    }

    /**
     * Moves every listed file from {@code staging} into {@code target} (pages last, so a page never links a
     * chart that is not there yet), removes old result files that are gone from the new result and
     * unchanged, writes the target's marker, and deletes the staging folder. Idempotent: a run that finds
     * a half-done commit calls it again and it finishes.
     */
    private static void applyInPlace(Path staging, Path target, OutputMarker marker) throws IOException {
        OutputMarker old = OutputMarker.read(target);
        Map<String, OutputMarker.Stamp> oldFiles = old != null && old.path().equals(target.toString())
                && !staging.toString().equals(old.staging()) ? old.files() : Map.of();
        List<String> order = new ArrayList<>(marker.files().keySet());
        order.sort(Comparator.comparing((String n) -> n.endsWith(".html") || n.endsWith(".md")).thenComparing(n -> n));
        for (String name : order) {
            Path from = staging.resolve(name);
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                continue; // moved by the interrupted attempt
            }
            Path to = target.resolve(name);
            if (to.getParent() != null && !to.getParent().equals(target)) {
                Files.createDirectories(to.getParent());
            }
            move(from, to);
            reached(Step.FILE_MOVED);
        }
        List<Path> emptied = new ArrayList<>();
        for (Map.Entry<String, OutputMarker.Stamp> e : new TreeMap<>(oldFiles).entrySet()) {
            if (marker.files().containsKey(e.getKey()) || !parentsAreRealFolders(target, e.getKey())) {
                continue;
            }
            Path file = target.resolve(e.getKey());
            if (e.getValue().matches(file)) {
                Files.delete(file);
                emptied.add(file.getParent());
                reached(Step.OLD_REMOVED);
            }
        }
        for (Path dir : emptied) {
            for (Path d = dir; d != null && !d.equals(target) && d.startsWith(target); d = d.getParent()) {
                if (!isEmptyFolder(d)) {
                    break;
                }
                Files.deleteIfExists(d);
            }
        }
        OutputMarker done = marker.with(OutputMarker.DONE);
        Path next = staging.resolve(MARKER + ".next");
        Files.writeString(next, done.render());
        move(next, target.resolve(MARKER));
        reached(Step.MARKER_WRITTEN);
        deleteStaging(staging);
        reached(Step.CLEANED);
    }

    /** Deletes a staging folder of ours, marker last, so that until the end it can still be proven ours. */
    private static void deleteStaging(Path staging) throws IOException {
        Files.deleteIfExists(staging.resolve(LOCK));
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(staging) && !p.equals(staging.resolve(MARKER))) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.deleteIfExists(staging.resolve(MARKER));
        Files.deleteIfExists(staging);
    }

    private static FileChannel lockTarget(Path target) throws IOException {
        FileChannel ch = FileChannel.open(target.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            ch.lock();
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- recovery

    /**
     * Finishes the commits of killed runs into {@code target} and deletes their unfinished staging folders.
     * Only hidden siblings named {@code .<name>.tmp-*} whose marker records their own real path and this
     * target, and whose lock no live run holds, are touched (plus empty folders of that name).
     */
    static void recover(Path target) throws IOException {
        if (leftovers(target).isEmpty()) {
            return;
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && OutputMarker.read(target) != null) {
            try (FileChannel lock = lockTarget(target)) {
                recoverLocked(target);
            }
        } else {
            recoverLocked(target);
        }
    }

    private static List<Path> leftovers(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        String prefix = "." + target.getFileName() + STAGING_INFIX;
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private static void recoverLocked(Path target) throws IOException {
        for (Path s : leftovers(target)) {
            if (isEmptyFolder(s)) {
                Files.deleteIfExists(s); // what a cleanup killed after its last file leaves; holds nothing
                continue;
            }
            OutputMarker m = OutputMarker.read(s);
            Path real = s.toRealPath();
            if (m == null && onlyAnUnlockedLock(s)) {
                deleteStaging(s); // a run killed right after creating its staging folder: holds nothing
                continue;
            }
            if (m == null || !real.toString().equals(m.staging()) || !m.path().equals(target.toString())) {
                continue; // not provably ours: never touched
            }
            FileChannel ch = FileChannel.open(s.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException inThisJvm) {
                    lock = null;
                }
                if (lock == null) {
                    continue; // a live run
                }
                finish(s, target, m);
            } finally {
                ch.close();
            }
        }
    }

    /** True when {@code dir} holds nothing but an empty lock file that no live run holds. */
    private static boolean onlyAnUnlockedLock(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> entries = s.toList();
            if (entries.size() != 1 || !entries.get(0).getFileName().toString().equals(LOCK)
                    || !Files.isRegularFile(entries.get(0), LinkOption.NOFOLLOW_LINKS) || Files.size(entries.get(0)) != 0) {
                return false;
            }
        }
        try (FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.WRITE)) {
            return ch.tryLock() != null;
        } catch (OverlappingFileLockException inThisJvm) {
            return false;
        }
    }

    /** Finishes (state ready) or discards (state writing) the staging folder of a dead run. */
    private static void finish(Path staging, Path target, OutputMarker m) throws IOException {
        if (!m.state().equals(OutputMarker.READY)) {
            deleteStaging(staging);
            return;
        }
        boolean targetExists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (m.mode().equals(OutputMarker.RENAME)) {
            if (!targetExists && renameInto(staging, target)) {
                return;
            }
            deleteStaging(staging); // another complete result took the place meanwhile
            return;
        }
        OutputMarker current = targetExists ? OutputMarker.read(target) : null;
        if (current == null || !current.path().equals(target.toString())) {
            deleteStaging(staging); // the folder was removed or replaced by the user: nothing to finish
            return;
        }
        applyInPlace(staging, target, m);
    }

    // ---------------------------------------------------------------- helpers

    /** Every regular file under {@code dir}, by relative path, except the marker and lock. */
    private static Map<String, OutputMarker.Stamp> scan(Path dir) throws IOException {
        Map<String, OutputMarker.Stamp> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String rel = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (p.equals(dir) || a.isDirectory() || rel.equals(MARKER) || rel.equals(LOCK)
                        || rel.equals(MARKER + ".next")) {
                    continue;
                }
                if (!a.isRegularFile()) {
                    throw new IllegalStateException("staged output " + rel + " is not a regular file");
                }
                files.put(rel, OutputMarker.Stamp.of(p));
            }
        }
        return files;
    }

    /** Atomic rename, replacing {@code to} (falls back to a plain replace where atomic moves are unsupported). */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a folder this run created (its own staging folder), all of it. */
    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
