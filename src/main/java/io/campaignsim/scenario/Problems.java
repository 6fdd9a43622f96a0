package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems found in one input so that users see them all at once, up to
 * {@link #MAX_SHOWN}: past that only a count is kept, so a hostile input (a header of a million
 * unknown columns) cannot build a million messages. The last line then says how many more there were.
 */
public final class Problems {

    /** Problems kept and printed per input; the rest are counted. */
    public static final int MAX_SHOWN = 20;

    private final List<Problem> list = new ArrayList<>();
    private long more;

    public void add(Loc loc, String what, String expected) {
        if (list.size() < MAX_SHOWN) {
            list.add(new Problem(loc, what, expected));
        } else {
            more++;
        }
    }

    /** Whether no more problems will be kept: callers may stop looking. */
    public boolean isFull() {
        return list.size() >= MAX_SHOWN;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Problems kept (at most {@link #MAX_SHOWN}). */
    public int size() {
        return list.size();
    }

    /**
     * Problems in file order (positionless ones first), so output reads top to bottom; when some
     * were only counted, a last positionless line says how many.
     */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt((Problem p) -> p.loc() == null ? 0 : p.loc().line())
                .thenComparingInt(p -> p.loc() == null ? 0 : p.loc().column()));
        if (more > 0) {
            copy.add(new Problem(null, "and " + more + " more problem" + (more == 1 ? "" : "s") + " not shown",
                    "the ones above fixed first (only the first " + MAX_SHOWN + " are listed)"));
        }
        return List.copyOf(copy);
    }

    /** Throws a {@link ScenarioException} holding everything collected, if anything was. */
    public void throwIfAny(String file) {
        if (!list.isEmpty()) {
            throw new ScenarioException(file, sorted());
        }
    }
}
