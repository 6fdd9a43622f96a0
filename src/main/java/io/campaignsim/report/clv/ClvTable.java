package io.campaignsim.report.clv;

import io.campaignsim.ml.clv.ModelFit;
import io.campaignsim.data.clv.ClvResult;
import io.campaignsim.data.clv.CustomerSummary;
import io.campaignsim.data.clv.HoldoutComparison;
import io.campaignsim.report.Numbers;
import io.campaignsim.report.analyze.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal summary of {@code clv}: each model's parameters, standard errors and log-likelihood, and the holdout. */
public final class ClvTable {

    private ClvTable() {}

    public static String render(ClvResult r) {
        StringBuilder b = new StringBuilder();
        b.append(facts(r)).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ModelFit f : r.fits()) {
            if (!f.converged()) {
                failed.add(f.model() + ": NOT CONVERGED, " + f.note());
                continue;
            }
            for (int i = 0; i < f.names().size(); i++) {
                rows.add(new String[] {i == 0 ? f.model() : "", f.names().get(i), number(f.estimates()[i]),
                    number(f.standardErrors()[i]), i == 0 ? Numbers.fixed(f.logLikelihood(), 2) : ""});
            }
        }
        if (!rows.isEmpty()) {
            b.append(TextTable.render(new String[] {"model", "parameter", "estimate", "std. error", "log-likelihood"},
                    rows, 2));
        }
        for (String f : failed) {
            b.append(f).append('\n');
        }
        HoldoutComparison h = r.holdout();
        if (h != null) {
            b.append(String.format(Locale.ROOT, "%nholdout (%s %ss): repeat transactions actual %s, BG/NBD %s, "
                    + "Pareto/NBD %s%n", Numbers.fixed(h.length(), 2), r.summary().period().label(),
                    Numbers.fixed(h.actual(), 0), Numbers.fixed(h.bgNbd(), 1), Numbers.fixed(h.paretoNbd(), 1)));
            List<String[]> g = new ArrayList<>();
            for (HoldoutComparison.FrequencyGroup x : h.groups()) {
                g.add(new String[] {x.label(), Integer.toString(x.customers()), Numbers.fixed(x.actual(), 3),
                    Numbers.fixed(x.bgNbd(), 3), Numbers.fixed(x.paretoNbd(), 3)});
            }
            b.append(TextTable.render(new String[] {"calibration repeats", "customers", "holdout actual", "BG/NBD",
                "Pareto/NBD"}, g, 1));
        }
        for (String n : r.notes()) {
            b.append("note: ").append(n).append('\n');
        }
        return b.toString();
    }

    /** One line: file, customers, repeat buyers, periods. */
    public static String facts(ClvResult r) {
        CustomerSummary s = r.summary();
        return String.format(Locale.ROOT, "%s: %d customers (%d repeat buyers), calibration %s to %s%s; time in %ss; "
                + "expected purchases and CLV over the next %d %ss, discounted at %s a year", s.file(), s.size(),
                s.repeatBuyers(), s.start(), s.calibrationEnd(),
                s.holdoutEnd() == null ? "" : ", holdout to " + s.holdoutEnd(), s.period().label(),
                r.options().horizon(), s.period().label(), Numbers.percent(r.options().discountRate(), 1));
    }

    /** Four significant digits, plain notation where readable. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        int decimals = a >= 1000 ? 1 : a >= 100 ? 2 : a >= 10 ? 3 : 4;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
