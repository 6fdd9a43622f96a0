package io.campaignsim.report.sweep;

import io.campaignsim.compare.sweep.PointResult;
import io.campaignsim.compare.sweep.SweepPoint;
import io.campaignsim.core.CompareMetric;
import io.campaignsim.core.UserInputException;
import io.campaignsim.report.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The finished points of a sweep that has not written its result yet: the output folder's staging area
 * for a sweep, the hidden folder {@code .<out>.sweep-checkpoint} beside the output folder. Each finished
 * point is one file written atomically, so a sweep stopped at any moment (Ctrl-C, kill, power loss) keeps
 * every point it finished, and the same command started again skips them. Point files hold every value
 * with all its digits ({@link Double#toString} round-trips exactly), so a resumed sweep's result is
 * byte-identical to an uninterrupted one.
 *
 * <p>Safety, as for result folders: the folder's {@value #MARKER} records its own real path and the
 * sweep's fingerprint (scenario text, overrides, parameters, design, strategies, replication seeds,
 * stepping, version); a folder without a marker proving it ours is never written into or deleted from. Points of a
 * different sweep are not discarded silently (they may be hours of work): the sweep stops and says so,
 * unless asked to start afresh. Only the files this class writes ({@value #MARKER}, {@code point-*.tsv}
 * and their temporary files) are ever deleted, and the folder only when nothing else is left in it.
 */
public final class SweepCheckpoint implements AutoCloseable {

    static final String MARKER = ".campaignsim-sweep-checkpoint";
    static final String LOCK = ".campaignsim-lock";
    static final String SUFFIX = ".sweep-checkpoint";
    private static final Pattern OURS = Pattern.compile("point-\\d{6}\\.tsv|\\.point-\\d{6}\\.tsv\\..*\\.tmp|\\."
            + "campaignsim-sweep-checkpoint(\\..*\\.tmp)?|\\.campaignsim-lock");
    private static final String HEADER = "# campaignsim sweep point";

    private final Path folder;
    private final String fingerprint;
    private final FileChannel lockChannel;

    private SweepCheckpoint(Path folder, String fingerprint, FileChannel lockChannel) {
        this.folder = folder;
        this.fingerprint = fingerprint;
        this.lockChannel = lockChannel;
    }

    /** The checkpoint folder of output folder {@code out}: {@code .<name>.sweep-checkpoint} beside it. */
    public static Path folderOf(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + SUFFIX);
    }

    /**
     * Opens (creating it if needed) the checkpoint of {@code out} for the sweep with {@code fingerprint}.
     *
     * @param fresh discard the finished points of a different (or the same) sweep instead of refusing
     * @throws UserInputException when the folder is not ours, is in use by another sweep, or holds another
     *     sweep's points and {@code fresh} is false
     */
    public static SweepCheckpoint open(Path out, String fingerprint, boolean fresh) throws IOException {
        Path folder = folderOf(out);
        Files.createDirectories(folder.getParent());
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserInputException(folder + " exists and is not a folder; campaignsim keeps a sweep's finished "
                        + "points there. Move it away or choose another --out");
            }
            String marker = readMarker(folder);
            String real = folder.toRealPath().toString();
            if (marker == null ? !onlyOurs(folder) : !marker.startsWith(real + "\n")) {
                throw new UserInputException(folder + " was not written by campaignsim for this output (no valid " + MARKER
                        + "); campaignsim never writes into it. Move it away or choose another --out");
            }
        } else {
            Files.createDirectory(folder);
        }
        FileChannel lock = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock held = lock.tryLock();
            if (held == null) {
                throw new UserInputException("another campaignsim sweep is writing " + out + " (its checkpoint "
                        + folder.getFileName() + " is locked); expected one sweep per output folder at a time");
            }
            SweepCheckpoint c = new SweepCheckpoint(folder.toRealPath(), fingerprint, lock);
            String marker = readMarker(folder);
            String mine = c.folder + "\n" + fingerprint + "\n";
            if (marker != null && !marker.equals(mine)) {
                if (!fresh) {
                    long points = c.pointFiles().size();
                    throw new UserInputException(out + " has " + points + " finished point" + (points == 1 ? "" : "s")
                            + " of a different sweep in " + folder.getFileName() + " (the scenario, --set, design, "
                            + "strategies, seeds, stepping or version changed); expected the same command to resume it, or --fresh "
                            + "to discard them");
                }
                c.deletePoints();
            } else if (marker != null && fresh) {
                c.deletePoints();
            }
            AtomicFiles.writeString(c.folder.resolve(MARKER), mine);
            return c;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A folder holding nothing but our lock and temporary files: what a sweep killed while creating it leaves. */
    private static boolean onlyOurs(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.allMatch(p -> OURS.matcher(p.getFileName().toString()).matches()
                    && !p.getFileName().toString().startsWith("point-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static String readMarker(Path folder) {
        Path m = folder.resolve(MARKER);
        try {
            if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS) || Files.size(m) > 4096) {
                return null;
            }
            return Files.readString(m);
        } catch (IOException e) {
            return null;
        }
    }

    /** The checkpoint folder. */
    public Path folder() {
        return folder;
    }

    /**
     * The stored result of {@code point}, if a finished one matches it (same fingerprint, values and shape);
     * a damaged or mismatching file is treated as absent and will be overwritten.
     */
    public Optional<PointResult> load(SweepPoint point, int strategies, int replications) {
        Path f = folder.resolve(fileName(point.index()));
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(f);
            int metrics = CompareMetric.values().length;
            if (lines.size() != 5 + strategies * replications || !lines.get(0).equals(HEADER)
                    || !lines.get(1).equals("fingerprint\t" + fingerprint) || !lines.get(2).equals("point\t" + point.index())
                    || !lines.get(3).equals(valuesLine(point)) || !lines.get(4).equals(columnsLine())) {
                return Optional.empty();
            }
            double[][][] v = new double[strategies][replications][metrics];
            for (int i = 5; i < lines.size(); i++) {
                String[] cells = lines.get(i).split("\t", -1);
                if (cells.length != 2 + metrics) {
                    return Optional.empty();
                }
                int s = Integer.parseInt(cells[0]);
                int r = Integer.parseInt(cells[1]);
                if (s * replications + r != i - 5) {
                    return Optional.empty();
                }
                for (int m = 0; m < metrics; m++) {
                    v[s][r][m] = Double.parseDouble(cells[2 + m]);
                }
            }
            return Optional.of(new PointResult(point.index(), v));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores a finished point (atomically: a reader sees the whole file or none). */
    public void save(SweepPoint point, PointResult result) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(HEADER).append('\n').append("fingerprint\t").append(fingerprint).append('\n')
                .append("point\t").append(point.index()).append('\n').append(valuesLine(point)).append('\n')
                .append(columnsLine()).append('\n');
        for (int s = 0; s < result.strategies(); s++) {
            for (int r = 0; r < result.values()[s].length; r++) {
                b.append(s).append('\t').append(r);
                for (CompareMetric m : CompareMetric.values()) {
                    b.append('\t').append(Double.toString(result.value(s, r, m)));
                }
                b.append('\n');
            }
        }
        AtomicFiles.writeString(folder.resolve(fileName(point.index())), b.toString());
    }

    /**
     * Deletes the checkpoint after the result is committed: the files this class wrote, then the folder if
     * nothing else is in it (a file someone put there stays, and so does the folder).
     */
    public void discard() throws IOException {
        deletePoints();
        lockChannel.close();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                if (OURS.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        }
    }

    /** Number of finished point files present (any sweep's). */
    List<Path> pointFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                if (p.getFileName().toString().matches("point-\\d{6}\\.tsv")) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private void deletePoints() throws IOException {
        for (Path p : pointFiles()) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        lockChannel.close();
    }

    static String fileName(int point) {
        return String.format(Locale.ROOT, "point-%06d.tsv", point);
    }

    private static String valuesLine(SweepPoint point) {
        return "values\t" + String.join("\t", point.values());
    }

    private static String columnsLine() {
        StringBuilder b = new StringBuilder("strategy\treplication");
        for (CompareMetric m : CompareMetric.values()) {
            b.append('\t').append(m.key());
        }
        return b.toString();
    }
}
