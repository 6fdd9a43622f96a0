package io.campaignsim.report.analyze;

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
            rows.add(new String[] {e.estimator().key(), Numbers.percent(e.value(), 3),
                "[" + Numbers.percent(e.ciLow(), 3) + ", " + Numbers.percent(e.ciHigh(), 3) + "]",
                r.reference() == null ? "" : OpeEstimate.overlap(e.ciLow(), e.ciHigh(), r.reference().ciLow(),
                        r.reference().ciHigh()) ? "yes" : "NO"});
        }
        rows.add(observedRow("logged (behaviour)", r.observed()));
        if (r.reference() != null) {
            rows.add(observedRow("reference (on-policy)", r.reference()));
        }
        String[] header = r.reference() == null
                ? new String[] {"estimator", "click rate", "95 % CI"}
                : new String[] {"estimator", "click rate", "95 % CI", "overlaps reference"};
        if (r.reference() == null) {
            rows.replaceAll(row -> new String[] {row[0], row[1], row[2]});
        }
        b.append('\n').append(TextTable.render(header, rows, 1));
        b.append("\nestimates: expected clicks per impression under the policy; intervals: bootstrap percentile, ")
                .append(r.bootstrap()).append(" resamples, seed ").append(r.seed()).append("; logged and reference: Wald\n");
        if (r.reference() != null) {
            b.append("reference: ").append(r.reference().file()).append(", the policy's own log\n");
        }
        return b.toString();
    }

    private static String[] observedRow(String name, OpeResult.Observed o) {
        return new String[] {name, Numbers.percent(o.rate(), 3), "[" + Numbers.percent(o.ciLow(), 3) + ", " + Numbers.percent(o.ciHigh(), 3)
            + "]", ""};
    }
}
