package io.campaignsim.data;

import io.campaignsim.stats.Holm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holm's correction of the per-segment effects of {@code analyze}. Looking at every segment and
 * reporting the ones with p &lt; 0.05 finds "effects" by chance: with 10 segments and no effect
 * anywhere, the chance of at least one is about 40 %. So the p-values of one arm's effect on one
 * outcome across the segments form a family, and are Holm-adjusted together (family-wise error at
 * most α). The whole-log effect of each arm and outcome is the planned test: a family of one, its
 * adjusted p-value the raw one.
 */
public final class SegmentFamilies {

    /**
     * An effect's adjusted p-value and the size of its family.
     *
     * @param pAdjusted Holm-adjusted p-value (NaN when the raw one is)
     * @param family number of tests in the family (segments with a defined p-value, or 1 for the whole log)
     */
    public record Adjusted(double pAdjusted, int family) {}

    private SegmentFamilies() {}

    /** One {@link Adjusted} per effect, in the order given. */
    public static List<Adjusted> adjust(List<Effect> effects) {
        Map<String, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < effects.size(); i++) {
            Effect e = effects.get(i);
            if (!e.scope().equals(ArmAnalysis.ALL)) {
                families.computeIfAbsent(e.outcome() + "\u0000" + e.arm(), k -> new ArrayList<>()).add(i);
            }
        }
        Adjusted[] out = new Adjusted[effects.size()];
        for (int i = 0; i < effects.size(); i++) {
            Effect e = effects.get(i);
            if (e.scope().equals(ArmAnalysis.ALL)) {
                out[i] = new Adjusted(e.pValue(), Double.isNaN(e.pValue()) ? 0 : 1);
            }
        }
        for (List<Integer> members : families.values()) {
            double[] p = members.stream().mapToDouble(i -> effects.get(i).pValue()).toArray();
            double[] adjusted = Holm.adjust(p);
            int m = (int) java.util.Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
            for (int k = 0; k < members.size(); k++) {
                out[members.get(k)] = new Adjusted(adjusted[k], m);
            }
        }
        return List.of(out);
    }
}
