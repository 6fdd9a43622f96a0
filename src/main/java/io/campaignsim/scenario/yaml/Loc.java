package io.campaignsim.scenario.yaml;

/** A position in a source file, 1-based line and column, as editors show it. */
public record Loc(int line, int column) implements java.io.Serializable {

    /** Position used when no better one is known (e.g. an empty file). */
    public static final Loc START = new Loc(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
