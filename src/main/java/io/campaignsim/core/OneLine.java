package io.campaignsim.core;

/**
 * Makes a message one printable line: line breaks, tabs and other control characters that came
 * from the user's own input (a name with a newline, a path with a tab) are shown escaped, so that
 * every problem stays one line and input text never drives the terminal.
 */
public final class OneLine {

    private OneLine() {}

    public static String of(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.toString();
    }
}
