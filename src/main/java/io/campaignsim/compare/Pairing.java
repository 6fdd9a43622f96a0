package io.campaignsim.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups runs by strategy and checks that they pair up by replication. */
final class Pairing {

    private Pairing() {}

    /**
     * Runs by strategy name in first-seen order, each list sorted by replication index.
     *
     * @throws IllegalArgumentException if there are no runs, a strategy changes type or horizon, or the
     *     strategies did not all run the same replications exactly once
     */
    static Map<String, List<StrategyRun>> byStrategy(List<StrategyRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("compare needs at least one run, but got none");
        }
        Map<String, List<StrategyRun>> by = new LinkedHashMap<>();
        for (StrategyRun r : runs) {
            by.computeIfAbsent(r.strategy(), k -> new ArrayList<>()).add(r);
        }
        List<Integer> expected = null;
        String first = null;
        int days = runs.get(0).result().daily().size();
        for (Map.Entry<String, List<StrategyRun>> e : by.entrySet()) {
            List<StrategyRun> rs = e.getValue();
            rs.sort(Comparator.comparingInt(StrategyRun::replication));
            List<Integer> reps = rs.stream().map(StrategyRun::replication).toList();
            if (reps.stream().distinct().count() != reps.size()) {
                throw new IllegalArgumentException("strategy " + e.getKey() + " has a replication twice: " + reps);
            }
            if (expected == null) {
                expected = reps;
                first = e.getKey();
            } else if (!expected.equals(reps)) {
                throw new IllegalArgumentException("strategy " + e.getKey() + " ran replications " + reps + " but "
                        + first + " ran " + expected + "; expected the same replications for every strategy (runs are paired)");
            }
            for (StrategyRun r : rs) {
                if (!r.type().equals(rs.get(0).type())) {
                    throw new IllegalArgumentException("strategy " + e.getKey() + " has types " + rs.get(0).type()
                            + " and " + r.type() + "; expected one type a strategy");
                }
                if (r.result().daily().size() != days) {
                    throw new IllegalArgumentException("strategy " + e.getKey() + " replication " + r.replication()
                            + " ran " + r.result().daily().size() + " days, expected " + days + " like the others");
                }
                if (!r.arms().equals(rs.get(0).arms())) {
                    throw new IllegalArgumentException("strategy " + e.getKey() + " has arms " + r.arms() + " in replication "
                            + r.replication() + " but " + rs.get(0).arms() + " in another; expected the same arms");
                }
            }
        }
        return by;
    }
}
