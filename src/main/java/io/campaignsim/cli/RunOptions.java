package io.campaignsim.cli;

import io.campaignsim.core.UserInputException;

/** Checks and terminal facts shared by the commands that run simulations. */
final class RunOptions {

    private RunOptions() {}

    /** Rejects a set option outside [min, max] with one line naming it. */
    static void checkRange(String option, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            throw new UserInputException(option + " is " + value + "; expected " + min + " to " + max);
        }
    }

    /** Colour only on a real terminal that is not 'dumb' and when NO_COLOR is unset. */
    static boolean colorTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM")) && System.getenv("NO_COLOR") == null;
    }
}
