package io.campaignsim.report.analyze;

import io.campaignsim.data.ope.Estimator;
import io.campaignsim.data.ope.OpeEstimate;
import io.campaignsim.data.ope.OpeResult;
import io.campaignsim.report.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal output of {@code ope}. */
public final class OpeTable {

    private OpeTable() {}

    public static String render(OpeResult r) {
        StringBuilder b = new StringBuilder();
        b.append(r.file()).append(": ").append(r.rows()).append(" impressions, ").append(r.items()).append(" items, ")
                .append(r.positions()).append(" positions\n");
        b.append("policy ").append(r.policy()).append(": ").append(r.policyDescription()).append('\n');
        b.append(String.format(Locale.ROOT, "effective sample size %.0f of %d rows%n", r.effectiveSampleSize(), r.rows()));
        List<String[]> rows = new ArrayList<>();
        for (OpeEstimate e : r.estimates()) {
            String name = e.estimator().key();
            if (e.estimator().tuned()) {
                name += " (" + (e.estimator() == Estimator.SWITCH_DR ? "tau " : "lambda ") + OpeFiles.parameter(e) + ")";
            }
            rows.add(new String[] {name, Numbers.percent(e.value(), 3),
                "[" + Numbers.percent(e.ciLow(), 3) + ", " + Numbers.percent(e.ciHigh(), 3) + "]"});
        }
        rows.add(observedRow("logged (behaviour)", r.observed()));
        if (r.reference() != null) {
            rows.add(observedRow("reference (on-policy)", r.reference()));
        }
        String[] header = {"estimator", "click rate", "95 % CI"};
        b.append('\n').append(TextTable.render(header, rows, 1));
        b.append("\nestimates: expected clicks per impression under the policy; intervals: bootstrap percentile, ")
                .append(r.bootstrap()).append(" resamples, seed ").append(r.seed())
                .append(", reward model held fixed; logged and reference: Wald\n");
        b.append("reward model: logistic regression (L2 ").append(Numbers.text(r.options().l2(), 4)).append(") on ")
                .append(r.rewardFeatures().size()).append(" features, cross-fitted over ").append(r.options().folds())
                .append(" folds; tau and lambda ").append(Double.isNaN(r.options().switchTau())
                        && Double.isNaN(r.options().drosLambda()) ? "chosen by estimated MSE" : "as given").append('\n');
        if (r.reference() != null) {
            b.append("reference: ").append(r.reference().file()).append(", the policy's own log\n");
        }
        return b.toString();
    }

    private static String[] observedRow(String name, OpeResult.Observed o) {
        return new String[] {name, Numbers.percent(o.rate(), 3), "[" + Numbers.percent(o.ciLow(), 3) + ", " + Numbers.percent(o.ciHigh(), 3)
            + "]"};
    }
}
