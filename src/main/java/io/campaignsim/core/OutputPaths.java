package io.campaignsim.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * Checks an output path before any work starts, so that a run never computes for minutes and
 * then fails to write: not inside a kernel file system ({@code /proc}, {@code /sys}, {@code /dev}),
 * every name short enough for the file system once the hidden staging sibling's prefix and suffix
 * are added, the whole path short enough, a folder where a folder is expected and a file where a
 * file is, parents that are folders, and a writable place to create it.
 */
public final class OutputPaths {

    /** Longest name of the file or folder written (bytes): 255 minus room for {@code .<name>.tmp-<random>}. */
    public static final int MAX_NAME_BYTES = 200;
    /** Longest path (bytes): Linux's PATH_MAX of 4096 minus room for the staging and report file names. */
    public static final int MAX_PATH_BYTES = 3800;

    private static final Set<String> KERNEL_FILE_SYSTEMS = Set.of("proc", "sysfs", "devtmpfs", "devpts", "cgroup",
            "cgroup2", "debugfs", "tracefs", "securityfs", "configfs", "bpf", "pstore", "efivarfs", "fusectl",
            "hugetlbfs", "mqueue", "binfmt_misc");
    private static final Set<String> KERNEL_ROOTS = Set.of("/proc", "/sys", "/dev");

    private OutputPaths() {}

    /** An output folder (written atomically, replacing an earlier result). */
    public static void checkFolder(Path out, String option) {
        check(out, option, true);
    }

    /** An output file. */
    public static void checkFile(Path out, String option) {
        check(out, option, false);
    }

    /**
     * What is wrong with the shape of {@code out} as text ("…; expected …", without the path),
     * looking only at the text (lengths, control characters, kernel file systems), or null; for
     * validators that report at a position and must not depend on the disk.
     */
    public static String shapeProblem(String out, String option) {
        try {
            shape(out, Path.of(out).toAbsolutePath().normalize(), option);
            return null;
        } catch (java.nio.file.InvalidPathException e) {
            return "is not a valid path (" + e.getReason() + "); expected a folder path for " + option;
        } catch (UserInputException e) {
            String m = e.getMessage();
            return m.startsWith(out + ": ") ? m.substring(out.length() + 2) : m;
        }
    }

    private static void check(Path out, String option, boolean folder) {
        String expected = folder ? "a folder path for " + option : "a file path for " + option;
        Path abs = out.toAbsolutePath().normalize();
        shape(out.toString(), abs, option);
        if (abs.getFileName() == null) {
            throw refuse(out, "is a file-system root", expected);
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) || Files.exists(abs)) {
            if (Files.isDirectory(abs)) {
                if (!folder) {
                    throw refuse(out, "is a folder", expected + " (a file name, e.g. " + abs.getFileName()
                            + "/fitted.yaml)");
                }
            } else if (Files.isRegularFile(abs)) {
                if (folder) {
                    throw refuse(out, "is a file", expected);
                }
            } else {
                throw refuse(out, "is not a regular file or folder (a device, pipe, socket or broken link)", expected);
            }
        }
        Path existing = abs.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw refuse(out, "names " + existing + " as a folder, but it is a file", expected
                    + " whose parents are folders");
        }
        try {
            String type = Files.getFileStore(existing).type();
            if (KERNEL_FILE_SYSTEMS.contains(type)) {
                throw refuse(out, "is on a " + type + " kernel file system, not storage", expected + " on a disk");
            }
            String real = existing.toRealPath().toString();
            for (String root : KERNEL_ROOTS) {
                if (real.equals(root) || real.startsWith(root + "/")) {
                    throw refuse(out, "is inside " + root + " (through a link), a kernel file system", expected
                            + " on a disk");
                }
            }
        } catch (IOException e) {
            // the store's type is a refinement; the write itself reports a real fault in one line
        }
        if (!Files.isWritable(existing)) {
            throw refuse(out, "cannot be created in " + existing + ": permission denied or read-only file system",
                    expected + " in a folder you can write to");
        }
    }

    private static void shape(String out, Path abs, String option) {
        String text = abs.toString();
        if (out.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw refuse(out, "contains a line break or another control character", "a path of printable characters for "
                    + option);
        }
        for (Path part : abs) {
            int n = part.toString().getBytes(StandardCharsets.UTF_8).length;
            if (n > MAX_NAME_BYTES) {
                throw refuse(out, "has a name of " + n + " bytes, too long for the file system once the hidden "
                        + "staging name is added", "names of at most " + MAX_NAME_BYTES + " bytes in " + option);
            }
        }
        int total = text.getBytes(StandardCharsets.UTF_8).length;
        if (total > MAX_PATH_BYTES) {
            throw refuse(out, "is " + total + " bytes long as an absolute path", "at most " + MAX_PATH_BYTES
                    + " bytes in " + option);
        }
        for (String root : KERNEL_ROOTS) {
            if (text.equals(root) || text.startsWith(root + "/")) {
                throw refuse(out, "is inside " + root + ", a kernel file system, not storage", "a path on a disk for "
                        + option + ", e.g. reports/…");
            }
        }
    }

    private static UserInputException refuse(String out, String what, String expected) {
        return new UserInputException(out + ": " + what + "; expected " + expected);
    }

    private static UserInputException refuse(Path out, String what, String expected) {
        return new UserInputException(out + ": " + what + "; expected " + expected);
    }
}
