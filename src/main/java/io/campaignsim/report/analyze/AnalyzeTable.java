package io.campaignsim.report.analyze;

import io.campaignsim.data.AnalyzeResult;
import io.campaignsim.data.ArmAnalysis;
import io.campaignsim.data.ArmStat;
import io.campaignsim.data.Effect;
import io.campaignsim.data.UpliftResult;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.List;

/** The terminal summary of {@code analyze}: arms, effects versus control (whole log) and uplift models. */
public final class AnalyzeTable {

    private AnalyzeTable() {}

    public static String render(AnalyzeResult r) {
        StringBuilder b = new StringBuilder();
        b.append(r.file()).append(": ").append(r.rows()).append(" rows, treatment '").append(r.treatment())
                .append("', control '").append(r.control()).append("', ").append(r.arms().size() - 1)
                .append(" treated arm(s)\n");
        b.append(AnalyzeHeadline.title(r)).append('\n');
        AnalyzeHeadline.details(r).forEach(line -> b.append(line).append('\n'));
        for (String n : r.notes()) {
            b.append("note: ").append(n).append('\n');
        }
        List<String[]> arms = new ArrayList<>();
        for (ArmStat a : r.armStats()) {
            if (a.scope().equals(ArmAnalysis.ALL)) {
                arms.add(new String[] {a.outcome(), a.arm(), Long.toString(a.n()), value(a), interval(a)});
            }
        }
        b.append('\n').append(TextTable.render(new String[] {"outcome", "arm", "n", "rate/mean", "95 % CI"}, arms, 2));
        List<String[]> effects = new ArrayList<>();
        for (Effect e : r.effects()) {
            if (e.scope().equals(ArmAnalysis.ALL)) {
                String[] c = effectCells(e);
                effects.add(new String[] {e.outcome(), e.arm(), c[0], c[1], c[2], c[3]});
            }
        }
        b.append("\neffect versus '").append(r.control()).append("' (all rows")
                .append(r.segment() != null ? "; per " + r.segment() + " in effects.csv" : "").append(")\n");
        b.append(TextTable.render(new String[] {"outcome", "arm", "effect", "95 % CI", "relative", "p"}, effects, 2));
        if (!r.uplift().isEmpty()) {
            List<String[]> uplift = new ArrayList<>();
            for (UpliftResult u : r.uplift()) {
                uplift.add(new String[] {u.outcome(), u.arm(), u.model(), Numbers.fixed(u.qini(), 5),
                    Numbers.fixed(u.normalisedQini(), 3), Numbers.fixed(u.auuc(), 5), Numbers.points(u.upliftAt10()),
                    Numbers.points(u.upliftAt30())});
            }
            b.append("\nuplift models, ").append(r.folds()).append("-fold out-of-fold scores (seed ").append(r.seed())
                    .append("), features: ").append(String.join(", ", r.features())).append('\n');
            b.append(TextTable.render(new String[] {"outcome", "arm", "model", "qini/customer", "qini norm.", "auuc",
                "uplift@10%", "uplift@30%"}, uplift, 3));
        }
        return b.toString();
    }

    static String value(ArmStat a) {
        return a.binary() ? Numbers.percent(a.value()) : Numbers.fixed(a.value(), 4);
    }

    static String interval(ArmStat a) {
        if (a.binary()) {
            return "[" + Numbers.percent(a.ciLow()) + ", " + Numbers.percent(a.ciHigh()) + "]";
        }
        return "[" + Numbers.fixed(a.ciLow(), 4) + ", " + Numbers.fixed(a.ciHigh(), 4) + "]";
    }

    /** effect, interval, relative, p as text: percentage points for rates, units for means. */
    static String[] effectCells(Effect e) {
        boolean rate = e.test().equals("z");
        String effect = rate ? Numbers.points(e.effect()) : Numbers.signedFixed(e.effect(), 4);
        String ci = rate ? "[" + Numbers.points(e.ciLow()) + ", " + Numbers.points(e.ciHigh()) + "]"
                : "[" + Numbers.signedFixed(e.ciLow(), 4) + ", " + Numbers.signedFixed(e.ciHigh(), 4) + "]";
        String rel = Numbers.relativeChange(e.relative());
        return new String[] {effect, ci, rel, Numbers.pValue(e.pValue())};
    }
}
