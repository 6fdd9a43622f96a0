package io.campaignsim.core;

/**
 * A file that cannot be used as given (missing, a folder, a device or pipe, too large,
 * unreadable, on a full or read-only disk): one line naming the path, what is wrong and what is
 * expected. Readers that report {@code file:line:col} problems turn it into their own form.
 */
public final class FileInputException extends UserInputException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String what;
    private final String expected;

    public FileInputException(String file, String what, String expected) {
        super(file + ": " + what + "; expected " + expected);
        this.file = file;
        this.what = what;
        this.expected = expected;
    }

    public String file() {
        return file;
    }

    public String what() {
        return what;
    }

    public String expected() {
        return expected;
    }
}
