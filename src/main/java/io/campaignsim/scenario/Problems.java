package io.campaignsim.scenario;

import io.campaignsim.scenario.yaml.Loc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found in one input so that users see them all at once. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(Loc loc, String what, String expected) {
        list.add(new Problem(loc, what, expected));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** Problems in file order (positionless ones first), so output reads top to bottom. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt((Problem p) -> p.loc() == null ? 0 : p.loc().line())
                .thenComparingInt(p -> p.loc() == null ? 0 : p.loc().column()));
        return List.copyOf(copy);
    }

    /** Throws a {@link ScenarioException} holding everything collected, if anything was. */
    public void throwIfAny(String file) {
        if (!list.isEmpty()) {
            throw new ScenarioException(file, sorted());
        }
    }
}
