package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;

/**
 * One thing wrong with an input, where it is and what would be right.
 *
 * @param loc where in the file, or {@code null} when the problem has no position
 * @param what what is wrong, naming the key or path
 * @param expected what is expected instead (how to fix it)
 */
public record Problem(Loc loc, String what, String expected) {

    /** Formats as {@code file:line:col: what; expected ...}: one line a user can act on. */
    public String format(String file) {
        StringBuilder b = new StringBuilder(file);
        if (loc != null) {
            b.append(':').append(loc.line()).append(':').append(loc.column());
        }
        b.append(": ").append(io.campaignsim.core.OneLine.of(what));
        if (expected != null && !expected.isEmpty()) {
            b.append("; expected ").append(io.campaignsim.core.OneLine.of(expected));
        }
        return b.toString();
    }
}
