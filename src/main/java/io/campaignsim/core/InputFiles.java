package io.campaignsim.core;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one way input files are opened. Refuses what is not a readable regular file (a folder, a
 * character device such as {@code /dev/zero}, a FIFO or socket, which would be read without end or
 * block forever) and caps how many bytes are read, also when the file grows while it is read or
 * reports no size (as {@code /proc} files do). Every refusal is a {@link FileInputException}.
 */
public final class InputFiles {

    /**
     * Longest line a text input may have, in characters: far beyond any real header or record,
     * and small enough that a hostile line (50 MB of column names) is refused before it is split.
     */
    public static final int MAX_LINE_CHARS = 1 << 20;

    private InputFiles() {}

    /**
     * Checks that {@code file} is an existing, readable regular file.
     *
     * @param kind what the file should be, for the message, e.g. "a scenario .yaml file"
     */
    public static void requireRegularFile(Path file, String kind) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new FileInputException(name, "is a directory", kind);
        }
        if (!Files.exists(file)) {
            throw new FileInputException(name, Files.notExists(file) ? "no such file" : "cannot be accessed (permission denied)",
                    "an existing " + strip(kind));
        }
        if (!Files.isRegularFile(file)) {
            throw new FileInputException(name, "is not a regular file (a device, pipe or socket, which is read without end "
                    + "or blocks)", kind);
        }
        if (!Files.isReadable(file)) {
            throw new FileInputException(name, "file is not readable", "a file you have read permission for");
        }
    }

    /** The whole file, refused when it has more than {@code maxBytes}. */
    public static byte[] readAll(Path file, long maxBytes, String kind) {
        requireRegularFile(file, kind);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(file, maxBytes, kind);
            }
            return bytes;
        } catch (IOException e) {
            throw readFault(file, e);
        }
    }

    /**
     * A buffered UTF-8 reader (malformed bytes raise {@link java.nio.charset.MalformedInputException})
     * that fails with an {@link IOException} naming the cap once more than {@code maxBytes} are read.
     */
    public static BufferedReader reader(Path file, long maxBytes, String kind) {
        requireRegularFile(file, kind);
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge(file, maxBytes, kind);
            }
            InputStream in = new Capped(Files.newInputStream(file), maxBytes, file);
            return new BufferedReader(new LineCapped(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))),
                    1 << 16);
        } catch (IOException e) {
            throw readFault(file, e);
        }
    }

    /** A fault while reading {@code file}, as one line. */
    public static FileInputException readFault(Path file, IOException e) {
        if (e instanceof FileTooLarge t) {
            return new FileInputException(file.toString(), t.getMessage(), t.getMessage().startsWith("line ")
                    ? "lines of at most " + MAX_LINE_CHARS + " characters (is this the right file?)" : "a smaller file");
        }
        return new FileInputException(file.toString(), "cannot read: " + IoFaults.cause(e), "a readable file");
    }

    private static FileInputException tooLarge(Path file, long maxBytes, String kind) {
        return new FileInputException(file.toString(), "file is larger than " + bytes(maxBytes),
                "at most " + bytes(maxBytes) + " for " + kind);
    }

    /** A byte count in the largest whole unit, e.g. "4 MiB". */
    public static String bytes(long n) {
        if (n >= 1L << 30 && n % (1L << 30) == 0) {
            return n / (1L << 30) + " GiB";
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MiB", n / (double) (1L << 20));
        }
        if (n >= 1L << 10) {
            return String.format(Locale.ROOT, "%.0f KiB", n / 1024.0);
        }
        return n + " bytes";
    }

    private static String strip(String kind) {
        return kind.startsWith("a ") ? kind.substring(2) : kind.startsWith("an ") ? kind.substring(3) : kind;
    }

    /** Raised by a capped stream once the cap is passed. */
    static final class FileTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        FileTooLarge(String message) {
            super(message);
        }
    }

    /** Fails on a line longer than {@link #MAX_LINE_CHARS}, naming the line. */
    private static final class LineCapped extends java.io.FilterReader {
        private long line = 1;
        private int length;

        LineCapped(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = 0; i < n; i++) {
                see(b[off + i]);
            }
            return n;
        }

        private void see(char c) throws IOException {
            if (c == '\n') {
                line++;
                length = 0;
            } else if (++length > MAX_LINE_CHARS) {
                throw new FileTooLarge("line " + line + " is longer than " + MAX_LINE_CHARS + " characters");
            }
        }
    }

    /** Counts bytes and fails past the cap, so a file that grows while read cannot exhaust memory. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private final Path file;
        private long read;

        Capped(InputStream in, long max, Path file) {
            super(in);
            this.max = max;
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new FileTooLarge("file grew beyond " + bytes(max) + " while it was read (" + file + ")");
            }
        }
    }
}
