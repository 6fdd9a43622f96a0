package io.campaignsim.report.analyze;

import io.campaignsim.data.AnalyzeResult;
import io.campaignsim.data.ArmAnalysis;
import io.campaignsim.data.Effect;
import io.campaignsim.data.SegmentFamilies;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code analyze} in a few lines: which arm moved the first outcome most (if any did
 * significantly), each outcome's whole-log effects, and how many segment effects hold up after
 * Holm's correction across segments.
 */
public final class AnalyzeHeadline {

    /** Significance level of the headline's statements. */
    public static final double ALPHA = 0.05;

    private AnalyzeHeadline() {}

    /** The first line: the arm with the largest significant effect on the first outcome, or that none had one. */
    public static String title(AnalyzeResult r) {
        if (r.outcomes().isEmpty()) {
            return "No outcome to analyse";
        }
        String outcome = r.outcomes().get(0).outcome();
        Optional<Effect> best = whole(r, outcome).stream().filter(e -> e.pValue() < ALPHA)
                .max(Comparator.comparingDouble(Effect::effect));
        if (best.isEmpty() || !(best.get().effect() > 0)) {
            return "No arm raised " + outcome + " significantly versus " + r.control();
        }
        Effect e = best.get();
        return e.arm() + " raised " + outcome + " most: " + AnalyzeTable.effectCells(e)[0] + " "
                + AnalyzeTable.effectCells(e)[1] + " versus " + r.control();
    }

    /** One line per outcome, then the segment line (when there are segments). */
    public static List<String> details(AnalyzeResult r) {
        List<String> lines = new ArrayList<>();
        for (var o : r.outcomes()) {
            List<Effect> effects = whole(r, o.outcome());
            if (effects.isEmpty()) {
                continue;
            }
            StringBuilder b = new StringBuilder(o.outcome()).append(" versus ").append(r.control()).append(": ");
            for (int i = 0; i < effects.size(); i++) {
                Effect e = effects.get(i);
                String[] c = AnalyzeTable.effectCells(e);
                b.append(i == 0 ? "" : "; ").append(e.arm()).append(' ').append(c[0]).append(' ').append(c[1])
                        .append(" (").append(c[2]).append(", ").append(Numbers.pValueClause(e.pValue())).append(')');
            }
            lines.add(b.append('.').toString());
        }
        if (r.segment() != null) {
            List<Effect> all = r.effects();
            List<SegmentFamilies.Adjusted> adjusted = SegmentFamilies.adjust(all);
            int tests = 0;
            int significant = 0;
            int rawSignificant = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).scope().equals(ArmAnalysis.ALL) || Double.isNaN(all.get(i).pValue())) {
                    continue;
                }
                tests++;
                significant += adjusted.get(i).pAdjusted() < ALPHA ? 1 : 0;
                rawSignificant += all.get(i).pValue() < ALPHA ? 1 : 0;
            }
            lines.add("Per " + r.segment() + ": " + significant + " of " + tests + " segment effects significant after "
                    + "Holm's correction across segments (each arm and outcome a family, family-wise error " + ALPHA
                    + "); " + rawSignificant + " before it.");
        }
        return lines;
    }

    private static List<Effect> whole(AnalyzeResult r, String outcome) {
        return r.effects().stream().filter(e -> e.scope().equals(ArmAnalysis.ALL) && e.outcome().equals(outcome)).toList();
    }
}
